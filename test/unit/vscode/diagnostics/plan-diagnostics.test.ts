import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../../src/core/analysis/types';
import type { Annotation } from '../../../../src/core/sidecar';
import {
  classifySidecarProblem,
  DIAGNOSTIC_CODES,
  DIAGNOSTIC_RULES,
  planArticleDiagnostics,
  SIDECAR_INVALID_CODE,
  toSeverityName,
  type DiagnosticRule,
  type SeverityName,
} from '../../../../src/vscode/diagnostics/plan-diagnostics';

const span = (start: number, end: number) => ({ start, end, text: '' });
const FINDINGS: Analysis = {
  language: 'en',
  paragraphs: [],
  sources: [
    { id: 's1', identity: 'anonymous', label: 'a source', mentions: [span(0, 8)] },
    { id: 's2', identity: 'vague', label: 'Media', mentions: [span(20, 25)] },
    { id: 's3', identity: 'named', label: 'Ali', mentions: [span(40, 43)] },
  ],
  quotes: [
    { id: 'q1', start: 10, end: 15, text: '', direct: true, speaker: null },
    { id: 'q2', start: 44, end: 50, text: '', direct: true, speaker: 's3' },
  ],
  claims: [
    { id: 'c1', start: 9, end: 18, text: '', attributedTo: 's1', reasons: [] },
    { id: 'c2', start: 26, end: 30, text: '', attributedTo: 's2', reasons: [] },
    { id: 'c3', start: 44, end: 50, text: '', attributedTo: 's3', reasons: [] },
    { id: 'c4', start: 60, end: 70, text: '', attributedTo: null, reasons: [] },
  ],
};
const target = (exact: string, start = 0) => ({ exact, prefix: '', suffix: '', start, end: start + exact.length });
const a = (fields: Partial<Annotation> & Pick<Annotation, 'id' | 'kind'>): Annotation => ({ status: 'unverified', target: target('words'), ...fields });
const ANNOTATIONS = [
  { annotation: a({ id: 'src-x', kind: 'source', identity: 'anonymous', target: target('an official', 100) }), start: 100, end: 111 },
  { annotation: a({ id: 'clm-x', kind: 'claim', source: 'src-x' }), start: 120, end: 130 },
  { annotation: a({ id: 'qt-x', kind: 'quote' }), start: 140, end: 150 },
  { annotation: a({ id: 'qt-y', kind: 'quote', speaker: 'src-x' }), start: 160, end: 170 },
  { annotation: a({ id: 'clm-gone', kind: 'claim', target: target('vanished words') }), start: null, end: null },
  { annotation: a({ id: 'qt-z', kind: 'quote', speaker: 'src-x', conflict: { values: { speaker: 'src-nobody' } } }), start: 180, end: 190 },
];
const ALL: Record<DiagnosticRule, SeverityName> = { anonymousOnlyClaim: 'information', quoteWithoutSpeaker: 'information', orphan: 'information', danglingId: 'information' };

describe('planArticleDiagnostics', () => {
  it('finds each rule in both layers, in text order, orphans and conflict ids last', () => {
    const planned = planArticleDiagnostics({ findings: FINDINGS, speakers: FINDINGS.sources, annotations: ANNOTATIONS, severities: ALL });
    assert.deepEqual(planned.map((d) => [d.rule, d.layer, d.id]), [
      ['anonymousOnlyClaim', 'finding', 'c1'],
      ['quoteWithoutSpeaker', 'finding', 'q1'],
      ['anonymousOnlyClaim', 'finding', 'c2'],
      ['anonymousOnlyClaim', 'annotation', 'clm-x'],
      ['quoteWithoutSpeaker', 'annotation', 'qt-x'],
      ['orphan', 'annotation', 'clm-gone'],
      ['danglingId', 'annotation', 'qt-z'],
    ]);
    const orphan = planned.find((d) => d.rule === 'orphan');
    assert.ok(orphan && orphan.rule === 'orphan' && orphan.words === 'vanished words');
    const claim = planned.find((d) => d.id === 'clm-x');
    assert.ok(claim && claim.rule === 'anonymousOnlyClaim' && claim.identity === 'anonymous' && claim.sourceLabel === 'an official');
  });

  for (const rule of DIAGNOSTIC_RULES) {
    it(`"off" drops ${rule} only`, () => {
      const planned = planArticleDiagnostics({ findings: FINDINGS, speakers: FINDINGS.sources, annotations: ANNOTATIONS, severities: { ...ALL, [rule]: 'off' } });
      assert.ok(!planned.some((d) => d.rule === rule));
      assert.ok(planned.length > 0);
    });
  }
});

describe('diagnostic settings and codes', () => {
  const cases: [unknown, SeverityName][] = [['error', 'error'], ['warning', 'warning'], ['hint', 'hint'], ['off', 'off'], ['information', 'information'], [undefined, 'information'], ['Error', 'information'], [3, 'information']];
  for (const [value, expected] of cases) it(`setting ${JSON.stringify(value)} is ${expected}`, () => assert.equal(toSeverityName(value), expected));

  it('every rule has its own code', () => {
    assert.equal(new Set(Object.values(DIAGNOSTIC_CODES)).size, DIAGNOSTIC_RULES.length);
  });

  it('tells a dangling id from other sidecar problems', () => {
    assert.equal(classifySidecarProblem('x:9:5: annotations.3.speaker: speaker "src-gone" is not the id of any annotation'), DIAGNOSTIC_CODES.danglingId);
    assert.equal(classifySidecarProblem('x:9:5: annotations.3.source: source "qt-1" is a quote, not a source'), DIAGNOSTIC_CODES.danglingId);
    assert.equal(classifySidecarProblem('x:49:13: annotations.1.status must be one of "unverified"'), SIDECAR_INVALID_CODE);
  });
});
