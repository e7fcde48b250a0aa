import * as assert from 'node:assert/strict';
import { ALL_FINDINGS, switchFindings, uncoveredFindings } from '../../../../src/vscode/article/visible-findings';
import { ANALYSIS, COVERAGE_CASES } from './visible-findings.cases';

describe('visible findings (coverage by annotations, settings)', () => {
  for (const c of COVERAGE_CASES) {
    it(c.name, () => {
      const visible = switchFindings(uncoveredFindings(ANALYSIS, c.annotations), c.switches ?? ALL_FINDINGS);
      assert.deepEqual(visible.sources.map((s) => [s.id, s.mentions.map((m) => m.start)]), c.sources);
      assert.deepEqual(visible.quotes.map((q) => q.id), c.quotes);
      assert.deepEqual(visible.claims.map((x) => x.id), c.claims);
      assert.deepEqual(visible.paragraphs, ANALYSIS.paragraphs, 'paragraphs are kept (badges need them)');
    });
  }

  it('agrees with a brute-force overlap test on random ranges', () => {
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const quotes = Array.from({ length: 1 + next(8) }, (_, i) => {
        const start = next(100);
        return { id: `q${i}`, start, end: start + next(12), text: '', direct: true, speaker: null };
      });
      const annotations = Array.from({ length: next(6) }, () => {
        const start = next(100);
        return { kind: 'quote' as const, start, end: start + next(15) };
      });
      const widen = (s: number, e: number): [number, number] => [s, Math.max(e, s + 1)];
      const expected = quotes.filter((q) => {
        const [s, e] = widen(q.start, q.end);
        return !annotations.some((a) => {
          const [as, ae] = widen(a.start, a.end);
          return s < ae && as < e;
        });
      });
      const got = uncoveredFindings({ ...ANALYSIS, quotes }, annotations).quotes;
      assert.deepEqual(got.map((q) => q.id), expected.map((q) => q.id), JSON.stringify({ quotes, annotations }));
    }
  });

  it('returns the analysis itself when nothing is covered or switched off', () => {
    assert.equal(uncoveredFindings(ANALYSIS, []), ANALYSIS);
    assert.equal(switchFindings(ANALYSIS, ALL_FINDINGS), ANALYSIS);
  });
});
