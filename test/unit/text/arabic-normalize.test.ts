import * as assert from 'node:assert/strict';
import { normalizeKey, normalizeText, toNormOffset, toRawRange } from '../../../src/core/text/arabic-normalize';
import { NORMALIZE_CASES } from './arabic-normalize.cases';

describe('arabic-normalize', () => {
  for (const c of NORMALIZE_CASES) {
    it(c.name, () => {
      const n = normalizeText(c.raw);
      assert.equal(n.text, c.normal);
      assert.equal(normalizeKey(c.raw), c.normal);
      assert.equal(n.toRaw.length, n.text.length + 1);
      assert.equal(n.toRaw[n.text.length], c.raw.length);
    });
  }

  it('maps a normalised match back to the raw words, trailing diacritics included', () => {
    const raw = 'وقَالَتْ لفرانس24';
    const n = normalizeText(raw);
    const i = n.text.indexOf('قالت');
    const r = toRawRange(n, i, i + 4);
    assert.equal(raw.slice(r.start, r.end), 'قَالَتْ');
    assert.equal(toNormOffset(n, r.start), i);
  });

  it('handles a megabyte without stack overflow', () => {
    const raw = 'ـَ'.repeat(100_000) + 'أ'.repeat(1_000_000);
    const n = normalizeText(raw);
    assert.equal(n.text.length, 1_000_000);
    assert.equal(n.toRaw[0], 200_000);
  });
});
