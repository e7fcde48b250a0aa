import { strict as assert } from 'node:assert';
import { codePointOffsets } from '../../../src/core/report';
import { CODE_POINT_CASES } from './code-points.cases';

describe('codePointOffsets', () => {
  for (const c of CODE_POINT_CASES) {
    it(`${JSON.stringify(c.text)} at ${c.offset} -> ${c.expected}`, () => assert.equal(codePointOffsets(c.text)(c.offset), c.expected));
  }
  it('agrees with Array.from on every offset of a mixed text', () => {
    const text = 'Flood 🌊 relief, 𝔸-grade, عربي، 🏥.';
    const toCp = codePointOffsets(text);
    for (let i = 0; i <= text.length; i++) {
      const c = text.charCodeAt(i - 1);
      if (c >= 0xd800 && c <= 0xdbff) continue; // not a boundary
      assert.equal(toCp(i), Array.from(text.slice(0, i)).length, `offset ${i}`);
    }
  });
  it('refuses an offset outside the text', () => {
    assert.throws(() => codePointOffsets('ab')(3), RangeError);
    assert.throws(() => codePointOffsets('ab')(-1), RangeError);
  });
});
