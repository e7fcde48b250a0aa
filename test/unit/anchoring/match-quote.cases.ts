/** matchQuote(text, quote, options): the best candidate's range and error count, or null. */
import type { MatchQuoteOptions } from '../../../src/core/anchoring';

export interface MatchQuoteCase {
  readonly name: string;
  readonly text: string;
  readonly quote: string;
  readonly options?: MatchQuoteOptions;
  readonly want: { readonly start: number; readonly end: number; readonly errors: number } | null;
}

const REPEATS = 'first: the cat sat here. second: the cat sat there. third: the cat sat nowhere.';
//               0         1         2         3         4         5         6         7
//               0123456789012345678901234567890123456789012345678901234567890123456789012345678

export const MATCH_QUOTE_CASES: readonly MatchQuoteCase[] = [
  { name: 'a single exact occurrence', text: 'abc the quote def', quote: 'the quote', want: { start: 4, end: 13, errors: 0 } },
  { name: 'an empty quote matches nothing', text: 'abc', quote: '', want: null },
  { name: 'absent and no errors allowed', text: 'abc def', quote: 'xyz', want: null },
  { name: 'no context, no hint: the first of equal candidates', text: REPEATS, quote: 'the cat sat', want: { start: 7, end: 18, errors: 0 } },
  { name: 'the prefix picks the second occurrence', text: REPEATS, quote: 'the cat sat', options: { prefix: 'second: ' }, want: { start: 33, end: 44, errors: 0 } },
  { name: 'the suffix picks the third occurrence', text: REPEATS, quote: 'the cat sat', options: { suffix: ' nowhere.' }, want: { start: 59, end: 70, errors: 0 } },
  { name: 'the hint picks the nearest when contexts say nothing', text: REPEATS, quote: 'the cat sat', options: { hint: 55 }, want: { start: 59, end: 70, errors: 0 } },
  {
    name: 'context outweighs position',
    text: REPEATS,
    quote: 'the cat sat',
    options: { prefix: 'first: ', suffix: ' here.', hint: 60 },
    want: { start: 7, end: 18, errors: 0 },
  },
  { name: 'from/to restrict where a match may lie', text: REPEATS, quote: 'the cat sat', options: { from: 20, to: 50 }, want: { start: 33, end: 44, errors: 0 } },
  { name: 'a window too small for the quote', text: REPEATS, quote: 'the cat sat', options: { from: 33, to: 40 }, want: null },
  { name: 'approximate when allowed', text: 'one the qvote two', quote: 'the quote', options: { maxErrors: 2 }, want: { start: 4, end: 13, errors: 1 } },
  { name: 'exact occurrences win over approximate ones', text: 'the qvote and the quote', quote: 'the quote', options: { maxErrors: 2 }, want: { start: 14, end: 23, errors: 0 } },
  { name: 'too many differences for the errors allowed', text: 'one thx qvxtx two', quote: 'the quote', options: { maxErrors: 2 }, want: null },
];
