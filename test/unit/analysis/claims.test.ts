/**
 * Claims: each class and rule of find-claims.ts on its own case (claims.cases.ts), the
 * article budget, and that a long article keeps only its best claims.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { claimBudget } from '../../../src/core/analysis/find-claims';
import { BUDGET_CASES, CLAIM_CASES } from './claims.cases';

describe('analysis: claims', () => {
  for (const c of CLAIM_CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      const label = (id: string | null): string | null => (id === null ? null : (a.sources.find((s) => s.id === id)?.label ?? `missing ${id}`));
      const found = a.claims.map((x) => ({ text: x.text, reasons: x.reasons, source: label(x.attributedTo) }));
      for (const want of c.claims) {
        const at = c.text.indexOf(want.text);
        assert.ok(at >= 0, `case text contains ${JSON.stringify(want.text)}`);
        const hit = a.claims.find((x) => x.start <= at && x.end >= at + want.text.length && 2 * want.text.length >= x.end - x.start);
        assert.ok(hit, `a claim covers ${JSON.stringify(want.text)}; found ${JSON.stringify(found)}`);
        if (want.reason) assert.ok(hit.reasons.includes(want.reason), `reason ${want.reason} in ${JSON.stringify(hit.reasons)}`);
        if (want.source !== undefined) assert.equal(label(hit.attributedTo), want.source, 'attributed to');
      }
      for (const not of c.notClaims ?? []) {
        const at = c.text.indexOf(not);
        assert.ok(at >= 0, `case text contains ${JSON.stringify(not)}`);
        const touching = a.claims.filter((x) => x.start < at + not.length && x.end > at);
        assert.deepEqual(touching.map((x) => x.text), [], `no claim touches ${JSON.stringify(not)}`);
      }
    });
  }

  for (const b of BUDGET_CASES) {
    it(`an article of ${b.chars} characters keeps at most ${b.budget} claims`, () => assert.equal(claimBudget(b.chars), b.budget));
  }

  it('a long article of checkable sentences keeps only its budget, its strongest ones, in text order', () => {
    const sentences: string[] = [];
    for (let i = 0; i < 60; i++) {
      // every fifth sentence states a figure and a record; the others a date only
      sentences.push(i % 5 === 0 ? `The port handled ${1000 + i} ships in ${1900 + i}, its highest number ever.` : `The ferry ran again on Monday after the repairs.`);
    }
    const text = sentences.join(' ');
    const a = analyze(text);
    assert.equal(a.claims.length, claimBudget(text.length));
    assert.ok(a.claims.every((c) => /ships/.test(c.text)), JSON.stringify(a.claims.map((c) => c.text)));
    for (let i = 1; i < a.claims.length; i++) assert.ok(a.claims[i - 1]!.end <= a.claims[i]!.start, 'text order, no overlap');
  });
});
