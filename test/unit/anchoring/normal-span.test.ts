import { strict as assert } from 'node:assert';
import { normalizeQuote, normalizeSpan, toSpanOffset } from '../../../src/core/anchoring/normal-span';
import { normalizeText } from '../../../src/core/text/arabic-normalize';
import { NORMAL_SPAN_CASES } from './normal-span.cases';
import { SEED } from './seed';

describe('normalizeSpan', () => {
  for (const c of NORMAL_SPAN_CASES) {
    it(c.name, () => {
      const span = normalizeSpan(c.raw, c.from, c.to);
      assert.deepEqual({ text: span.text, starts: [...span.starts], ends: [...span.ends] }, c.want);
      if (c.from === undefined) assert.equal(normalizeQuote(c.raw), c.want.text);
    });
  }

  it('toSpanOffset finds the first unit at or after a raw offset', () => {
    const span = normalizeSpan('a\r\nb');
    assert.deepEqual([0, 1, 2, 3, 4].map((o) => toSpanOffset(span, o)), [0, 1, 1, 2, 3]);
  });

  it('throws RangeError on a bad slice', () => {
    assert.throws(() => normalizeSpan('abc', 2, 1), RangeError);
  });
});

describe('normalizeSpan agrees with normalizeText', () => {
  it('on every UTF-16 code unit, and on the seed article with CRs', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    assert.equal(normalizeSpan(all).text, normalizeText(all).text.replace(/\r/g, ''));
    const crlf = SEED.replace(/\n/g, '\r\n');
    assert.equal(normalizeSpan(crlf).text, normalizeText(crlf).text.replace(/\r/g, ''));
  });
});
