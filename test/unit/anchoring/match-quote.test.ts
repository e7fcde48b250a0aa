import { strict as assert } from 'node:assert';
import { matchQuote, MATCH_WEIGHTS } from '../../../src/core/anchoring';
import { MATCH_QUOTE_CASES } from './match-quote.cases';

describe('matchQuote', () => {
  for (const c of MATCH_QUOTE_CASES) {
    it(c.name, () => {
      const got = matchQuote(c.text, c.quote, c.options);
      if (c.want === null) {
        assert.equal(got, null);
        return;
      }
      assert.ok(got, 'no match');
      assert.deepEqual({ start: got.start, end: got.end, errors: got.errors }, c.want);
      assert.ok(got.score > 0 && got.score <= 1);
    });
  }

  it('scores a perfect candidate (quote, both contexts, position) 1', () => {
    const got = matchQuote('xx abc yy', 'abc', { prefix: 'xx ', suffix: ' yy', hint: 3 });
    assert.equal(got?.score, 1);
  });

  it('states quote, prefix, suffix and position weights in one place, the quote weighing most', () => {
    const w = MATCH_WEIGHTS;
    assert.ok(w.quote > w.prefix + w.position && w.quote > w.suffix + w.position);
  });
});
