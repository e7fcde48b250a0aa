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

  it('returns the analysis itself when nothing is covered or switched off', () => {
    assert.equal(uncoveredFindings(ANALYSIS, []), ANALYSIS);
    assert.equal(switchFindings(ANALYSIS, ALL_FINDINGS), ANALYSIS);
  });
});
