import { strict as assert } from 'node:assert';
import { describe as describeQuote } from '../../../src/core/anchoring';
import { DESCRIBE_CASES } from './describe-quote.cases';

describe('describe', () => {
  for (const c of DESCRIBE_CASES) {
    it(c.name, () => {
      if (c.want === RangeError) {
        assert.throws(() => describeQuote(c.text, c.start, c.end), RangeError);
      } else {
        assert.deepEqual(describeQuote(c.text, c.start, c.end), c.want);
      }
    });
  }
});
