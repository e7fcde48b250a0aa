/**
 * White space as a regular expression's `\s` has it, tested on one UTF-16 code unit: the
 * passes scan code units instead of running `/\s/` on one-character strings or slices
 * (a string per test on hot paths).
 */

/** Whether code unit `c` matches `\s` (ECMAScript WhiteSpace and LineTerminator). */
export function isRegExpSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
