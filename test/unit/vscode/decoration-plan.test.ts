import * as assert from 'node:assert/strict';
import type { Identity } from '../../../src/core/analysis/types';
import type { Annotation } from '../../../src/core/sidecar';
import { ANNOTATION_KINDS, FINDING_KINDS, planDecorations } from '../../../src/vscode/decorations/decoration-plan';
import { ANNOTATION_PLAN_CASES, PLAN_CASES } from './decoration-plan.cases';

describe('planDecorations', () => {
  describe('findings layer', () => {
    for (const c of PLAN_CASES) {
      it(c.name, () => {
        const plan = planDecorations(c.analysis);
        for (const kind of FINDING_KINDS) {
          assert.deepEqual(plan.findings[kind].map((s) => [s.start, s.end]), c.expected[kind] ?? [], kind);
        }
        assert.deepEqual(plan.badges.map((b) => [b.start, b.count]), c.badges ?? []);
        for (const kind of ANNOTATION_KINDS) assert.deepEqual(plan.annotations[kind], [], `no annotation: ${kind} empty`);
      });
    }
  });

  describe('annotations layer', () => {
    for (const c of ANNOTATION_PLAN_CASES) {
      it(c.name, () => {
        const byId = new Map(c.annotations.map((t) => [t.annotation.id, t.annotation]));
        const identityOf = (a: Annotation): Identity | null => (a.speaker === undefined ? null : (byId.get(a.speaker)?.identity ?? null));
        const plan = planDecorations(c.findings, c.annotations, identityOf);
        for (const kind of ANNOTATION_KINDS) {
          assert.deepEqual(plan.annotations[kind].map((s) => [s.start, s.end]), c.expected[kind] ?? [], kind);
        }
        if (c.badges) assert.deepEqual(plan.badges.map((b) => [b.start, b.count]), c.badges);
      });
    }
  });
});
