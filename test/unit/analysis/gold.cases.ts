/**
 * Cases for the gold harness's matching rules (test/support/gold.ts), so that what the gold
 * test and `npm run eval` call a match is itself tested.
 */

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Span matching: slack = 2 + floor(5% of the expected length) at each end. */
export const SPAN_CASES: readonly { readonly name: string; readonly found: Range; readonly expected: Range; readonly match: boolean }[] = [
  { name: 'identical', found: { start: 10, end: 30 }, expected: { start: 10, end: 30 }, match: true },
  { name: 'both ends off by 2 on a 19-unit span (slack 2)', found: { start: 8, end: 31 }, expected: { start: 10, end: 29 }, match: true },
  { name: 'start off by 3 on a 19-unit span', found: { start: 7, end: 29 }, expected: { start: 10, end: 29 }, match: false },
  { name: 'start off by 3 on a 20-unit span (slack 3)', found: { start: 7, end: 30 }, expected: { start: 10, end: 30 }, match: true },
  { name: 'quote marks included on a 100-unit span (slack 7)', found: { start: 99, end: 201 }, expected: { start: 100, end: 200 }, match: true },
  { name: 'end off by 7 on a 100-unit span', found: { start: 100, end: 207 }, expected: { start: 100, end: 200 }, match: true },
  { name: 'end off by 8 on a 100-unit span', found: { start: 100, end: 208 }, expected: { start: 100, end: 200 }, match: false },
  { name: 'disjoint', found: { start: 0, end: 5 }, expected: { start: 50, end: 55 }, match: false },
];

/** Claim matching: found covers >= 90% of expected, expected covers >= 40% of found. */
export const CLAIM_CASES: readonly { readonly name: string; readonly found: Range; readonly expected: Range; readonly match: boolean }[] = [
  { name: 'identical', found: { start: 0, end: 100 }, expected: { start: 0, end: 100 }, match: true },
  { name: 'the whole sentence around an expected clause of 40%', found: { start: 0, end: 250 }, expected: { start: 50, end: 150 }, match: true },
  { name: 'the whole sentence around an expected clause of 39%', found: { start: 0, end: 256 }, expected: { start: 50, end: 150 }, match: false },
  { name: 'covers 90% of the expected clause', found: { start: 10, end: 100 }, expected: { start: 0, end: 100 }, match: true },
  { name: 'covers 89% of the expected clause', found: { start: 11, end: 100 }, expected: { start: 0, end: 100 }, match: false },
  { name: 'empty found span', found: { start: 5, end: 5 }, expected: { start: 5, end: 5 }, match: false },
];

/** Occurrence-aware location of a text. */
export const LOCATE_CASES: readonly { readonly text: string; readonly needle: string; readonly occurrence: number; readonly start: number | null }[] = [
  { text: 'Peskov said. Peskov added.', needle: 'Peskov', occurrence: 1, start: 0 },
  { text: 'Peskov said. Peskov added.', needle: 'Peskov', occurrence: 2, start: 13 },
  { text: 'Peskov said. Peskov added.', needle: 'Peskov', occurrence: 3, start: null },
  { text: 'aaa', needle: 'aa', occurrence: 2, start: 1 },
  { text: 'قالت لفرانس24 إن', needle: 'فرانس24', occurrence: 1, start: 6 },
  { text: 'anything', needle: '', occurrence: 1, start: null },
];
