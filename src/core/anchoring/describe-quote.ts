import { isHighSurrogate, isLowSurrogate } from '../text/surrogates';
import type { TextTarget } from './types';

/** Context kept on each side of a quote. */
export const CONTEXT = 32; // W3C TextQuoteSelector context, as Hypothesis

/**
 * Describes the range `[start, end)` of `text` as a target that {@link resolve} can find again:
 * the quote itself (`exact`), up to {@link CONTEXT} code units of context on each side, and the
 * position. Offsets are UTF-16 code units, end exclusive. The context never starts or ends in
 * the middle of a surrogate pair (it is one unit shorter instead).
 *
 * The pair of this function is `resolve(text, describe(text, s, e))`, which returns
 * `{ start: s, end: e, how: 'exact', score: 1 }`.
 *
 * @throws RangeError when `start` or `end` is not an integer, or not `0 <= start <= end <= text.length`.
 */
export function describe(text: string, start: number, end: number): TextTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`describe: bad range [${start}, ${end}) in a text of ${text.length} code units`);
  }
  let from = Math.max(0, start - CONTEXT);
  if (from > 0 && from < start && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) {
    from++;
  }
  let to = Math.min(text.length, end + CONTEXT);
  if (to < text.length && to > end && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))) {
    to--;
  }
  return {
    exact: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
    start,
    end,
  };
}
