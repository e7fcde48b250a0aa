/** describe(text, start, end): the target expected, or the error thrown. */
import type { TextTarget } from '../../../src/core/anchoring';

export interface DescribeCase {
  readonly name: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly want: TextTarget | typeof RangeError;
}

const LONG = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
const EMOJI = '😀'; // one code point, two UTF-16 code units

export const DESCRIBE_CASES: readonly DescribeCase[] = [
  { name: 'short text: all of it is context', text: 'one two three', start: 4, end: 7, want: { exact: 'two', prefix: 'one ', suffix: ' three', start: 4, end: 7 } },
  { name: 'context is cut at 32 code units on each side', text: LONG, start: 40, end: 45, want: { exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32), start: 40, end: 45 } },
  { name: 'at the start of the text: empty prefix', text: 'quote then more', start: 0, end: 5, want: { exact: 'quote', prefix: '', suffix: ' then more', start: 0, end: 5 } },
  { name: 'at the end of the text: empty suffix', text: 'some quote', start: 5, end: 10, want: { exact: 'quote', prefix: 'some ', suffix: '', start: 5, end: 10 } },
  { name: 'an empty range', text: 'abc', start: 1, end: 1, want: { exact: '', prefix: 'a', suffix: 'bc', start: 1, end: 1 } },
  {
    name: 'a prefix that would start inside a surrogate pair is one unit shorter',
    text: EMOJI + 'x'.repeat(31) + 'Q',
    start: 33,
    end: 34,
    want: { exact: 'Q', prefix: 'x'.repeat(31), suffix: '', start: 33, end: 34 },
  },
  {
    name: 'a suffix that would end inside a surrogate pair is one unit shorter',
    text: 'Q' + 'x'.repeat(31) + EMOJI,
    start: 0,
    end: 1,
    want: { exact: 'Q', prefix: '', suffix: 'x'.repeat(31), start: 0, end: 1 },
  },
  {
    name: 'whole surrogate pairs in the context are kept',
    text: EMOJI + 'x'.repeat(30) + 'Q' + 'y'.repeat(30) + EMOJI,
    start: 32,
    end: 33,
    want: { exact: 'Q', prefix: EMOJI + 'x'.repeat(30), suffix: 'y'.repeat(30) + EMOJI, start: 32, end: 33 },
  },
  { name: 'Arabic', text: 'وأكد المتحدث باسم الكرملين دميتري بيسكوف', start: 18, end: 26, want: { exact: 'الكرملين', prefix: 'وأكد المتحدث باسم ', suffix: ' دميتري بيسكوف', start: 18, end: 26 } },
  { name: 'negative start throws', text: 'abc', start: -1, end: 2, want: RangeError },
  { name: 'end before start throws', text: 'abc', start: 2, end: 1, want: RangeError },
  { name: 'end past the text throws', text: 'abc', start: 0, end: 4, want: RangeError },
  { name: 'a fractional offset throws', text: 'abc', start: 0.5, end: 2, want: RangeError },
  { name: 'NaN throws', text: 'abc', start: Number.NaN, end: 2, want: RangeError },
];
