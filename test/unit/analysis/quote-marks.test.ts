import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { QUOTE_MARK_CASES } from './quote-marks.cases';

describe('analysis: direct quotes and their marks', () => {
  for (const c of QUOTE_MARK_CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      assert.deepEqual(
        a.quotes.filter((q) => q.direct).map((q) => q.text),
        c.quotes,
      );
      for (const q of a.quotes) assert.equal(c.text.slice(q.start, q.end), q.text);
    });
  }
});
