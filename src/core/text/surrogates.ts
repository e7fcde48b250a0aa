/**
 * UTF-16 surrogate tests, so a range is never cut between the two halves of an astral
 * character (an emoji, a rare CJK ideograph).
 */

/** Whether code unit `c` is a high (leading) surrogate, U+D800..U+DBFF. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Whether code unit `c` is a low (trailing) surrogate, U+DC00..U+DFFF. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
