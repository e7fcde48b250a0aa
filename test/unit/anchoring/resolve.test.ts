import { strict as assert } from 'node:assert';
import { describe as describeQuote, resolve, resolveAll } from '../../../src/core/anchoring';
import { RESOLVE_CASES } from './resolve.cases';
import { findOccurrence } from './seed';

describe('resolve', () => {
  for (const c of RESOLVE_CASES) {
    it(c.name, () => {
      const at = findOccurrence(c.before, c.quote, c.occurrence ?? 1);
      const target = describeQuote(c.before, at, at + c.quote.length);
      const got = resolve(c.after, target);
      assert.deepEqual(resolveAll(c.after, [target]), [got], 'resolveAll agrees with resolve');
      if (c.want === null) {
        assert.equal(got, null, `must be an orphan, landed on «${got && c.after.slice(got.start, got.end)}»`);
        return;
      }
      const start = findOccurrence(c.after, c.want.text, c.want.occurrence ?? 1);
      assert.ok(got, 'orphaned');
      assert.deepEqual(
        { start: got.start, end: got.end, how: got.how },
        { start, end: start + c.want.text.length, how: c.want.how },
        `landed on «${c.after.slice(got.start, got.end)}»`,
      );
      assert.ok(got.score > 0 && got.score <= 1, `score ${got.score}`);
    });
  }

  it('a hint picks between equal quotes whose contexts say nothing', () => {
    const text = 'x. Kremlin said. y. Kremlin said. z.';
    const target = { exact: 'Kremlin said', prefix: '', suffix: '', start: 100, end: 112 };
    assert.deepEqual(resolve(text, target, { hint: 22 }), { start: 20, end: 32, how: 'moved', score: resolve(text, target, { hint: 22 })?.score });
    assert.equal(resolve(text, target, { hint: 0 })?.start, 3);
  });

  it('an offset past the end of the text is not taken as an exact match of an empty quote', () => {
    assert.equal(resolve('abc', { exact: '', prefix: '', suffix: '', start: 10, end: 10 }), null);
  });

  it('resolveAll keeps one entry per target, in the order given, orphans included', () => {
    const text = 'alpha beta gamma delta';
    const targets = [describeQuote(text, 17, 22), describeQuote(text, 0, 5), { exact: 'omega', prefix: '', suffix: '', start: 3, end: 8 }];
    const got = resolveAll('zz ' + text, targets);
    assert.deepEqual(
      got.map((r) => r && [r.start, r.end, r.how]),
      [[20, 25, 'moved'], [3, 8, 'moved'], null],
    );
  });
});
