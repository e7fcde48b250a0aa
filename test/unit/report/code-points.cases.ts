/** Cases for codePointOffsets: text, UTF-16 offset, expected code point offset. */
export const CODE_POINT_CASES: readonly { text: string; offset: number; expected: number }[] = [
  { text: '', offset: 0, expected: 0 },
  { text: 'abc', offset: 2, expected: 2 },
  { text: 'عربي', offset: 4, expected: 4 },
  { text: '🌊x', offset: 2, expected: 1 },
  { text: '🌊x', offset: 3, expected: 2 },
  { text: 'a𝔸b🏥c', offset: 3, expected: 2 },
  { text: 'a𝔸b🏥c', offset: 7, expected: 5 },
  { text: 'a𝔸b', offset: 2, expected: 2 }, // inside the pair: the pair counts as passed
  { text: '\uD800x', offset: 1, expected: 1 }, // a lone high surrogate is one code point
  { text: 'x\uDC00', offset: 2, expected: 2 }, // a lone low surrogate too
];
