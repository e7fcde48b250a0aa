import { strict as assert } from 'node:assert';
import { describe as describeQuote, resolveAll, SMALL_TEXT } from '../../../src/core/anchoring';
import { makeArticle, makeRng, pickSpans } from './random-article';
import { LARGE_EDIT_CASES } from './resolve-large.cases';
import { SEED } from './seed';

describe('anchoring on a long article changed as a whole', () => {
  // Seed 1 gives gaps between annotations that once made a search window cut a match short.
  const rng = makeRng(1);
  const article = makeArticle(SEED, 200_000, rng);
  const ranges = pickSpans(article, 200, rng);
  const targets = ranges.map((r) => describeQuote(article, r.start, r.end));

  for (const c of LARGE_EDIT_CASES) {
    it(c.name, () => {
      const { text, at } = c.edit(article);
      assert.ok(text.length > SMALL_TEXT);
      const results = resolveAll(text, targets);
      ranges.forEach((r, k) => {
        const got = results[k];
        // The range ends where the unit after it now starts, except that a "\n" ending the quote
        // became "\r\n": its end is after the "\n".
        const end = article[r.end - 1] === '\n' && text[at[r.end - 1]!] === '\r' ? at[r.end - 1]! + 2 : at[r.end]!;
        const want = { start: at[r.start]!, end };
        assert.ok(got, `orphaned: «${targets[k]!.exact}»`);
        assert.deepEqual({ start: got.start, end: got.end }, want, `«${targets[k]!.exact}» landed on «${text.slice(got.start, got.end)}»`);
        if (c.how) assert.equal(got.how, c.how);
      });
    });
  }
});
