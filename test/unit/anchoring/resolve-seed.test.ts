import { strict as assert } from 'node:assert';
import { describe as describeQuote, resolve, resolveAll } from '../../../src/core/anchoring';
import { SEED_EDIT_CASES } from './resolve-seed.cases';
import { loadSeedSpans, SEED } from './seed';

describe('anchoring on the seed article', () => {
  const spans = loadSeedSpans();
  const targets = spans.map((s) => describeQuote(SEED, s.start, s.end));

  it('has the analyst\'s spans to work with', () => {
    assert.ok(spans.length >= 25, `only ${spans.length} spans`);
  });

  it('round trip: every span of the expected file resolves exactly where it was described', () => {
    const all = resolveAll(SEED, targets);
    spans.forEach((s, k) => {
      assert.deepEqual(all[k], { start: s.start, end: s.end, how: 'exact', score: 1 }, s.name);
      assert.deepEqual(resolve(SEED, targets[k]!), all[k], `${s.name}: resolve and resolveAll agree`);
    });
  });

  it('round trip: a target for every sentence-like stretch of the article resolves exactly', () => {
    let n = 0;
    for (const m of SEED.matchAll(/[^.،؟\n]{8,}/g)) {
      const t = describeQuote(SEED, m.index, m.index + m[0].length);
      assert.deepEqual(resolve(SEED, t), { start: m.index, end: m.index + m[0].length, how: 'exact', score: 1 }, m[0]);
      n++;
    }
    assert.ok(n > 30);
  });

  for (const c of SEED_EDIT_CASES) {
    it(c.name, () => {
      const batch = resolveAll(c.text, targets);
      assert.equal(batch.length, targets.length, 'one result per annotation');
      spans.forEach((s, k) => {
        const want = c.expect(s);
        const got = batch[k]!;
        const label = `${s.name} «${s.text}»`;
        if (want === null) {
          assert.equal(got, null, `${label} must be an orphan, got ${JSON.stringify(got)} «${got && c.text.slice(got.start, got.end)}»`);
          return;
        }
        assert.ok(got, `${label} is orphaned; expected ${JSON.stringify(want)}`);
        assert.deepEqual(
          { start: got.start, end: got.end, how: got.how },
          want,
          `${label} landed on «${c.text.slice(got.start, got.end)}»`,
        );
        // Alone, without the other targets' help, it must land on the same words or be an orphan.
        const alone = resolve(c.text, targets[k]!);
        if (alone !== null) assert.deepEqual([alone.start, alone.end], [want.start, want.end], `${label} alone`);
      });
    });
  }
});
