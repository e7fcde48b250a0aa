/**
 * UTF-16 offsets to Unicode code point offsets (brat counts characters as Python does: one per
 * code point, so an emoji or 𝔸 is one character where JavaScript sees two code units).
 */

/**
 * A converter for `text`: `toCodePoint(i)` is the number of code points in `text.slice(0, i)`.
 * Built in one pass (O(length)); each lookup is O(1). An offset between the two halves of a
 * surrogate pair counts the pair as already passed (the offsets the core hands out never fall
 * there). Throws a `RangeError` for an offset outside `0..text.length`.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const isLow = c >= 0xdc00 && c <= 0xdfff;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
    // a low surrogate after a high one is the second half of one code point
    if (!(isLow && prev >= 0xd800 && prev <= 0xdbff)) cp++;
  }
  table[text.length] = cp;
  return (offset: number): number => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
      throw new RangeError(`offset ${offset} is outside 0..${text.length}`);
    }
    return table[offset] as number;
  };
}
