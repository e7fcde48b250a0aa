/**
 * A selection made in the reading view, checked before it reaches the editor. The webview
 * computes offsets through the DOM (a text leaf's start + the offset within its text node, in
 * UTF-16 code units); this checks them against the document the extension has now. Pure.
 */
import { isHighSurrogate, isLowSurrogate } from '../../core/text/surrogates';

/** A checked selection: `0 <= start <= end <= text.length`, never between a surrogate pair's halves. */
export interface ViewSelection {
  readonly start: number;
  readonly end: number;
}

/** Why a selection was refused (for the output channel). */
export interface RefusedSelection {
  readonly refused: string;
}

/**
 * Checks `[start, end)` against `text`: both must be integers inside the text, `start <= end`
 * (a backwards DOM selection is sent normalised). An end point that falls between the two
 * halves of an astral character (an emoji, 𝔸) is moved outwards, so the selection holds whole
 * characters. Combining marks (Arabic tashkeel) are separate code points and are kept as
 * selected. Never throws.
 */
export function checkViewSelection(text: string, start: unknown, end: unknown): ViewSelection | RefusedSelection {
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) {
    return { refused: `offsets are not integers (${String(start)}, ${String(end)})` };
  }
  if (start < 0 || end > text.length || start > end) {
    return { refused: `offsets [${start}, ${end}) are outside the document (length ${text.length})` };
  }
  let s = start;
  let e = end;
  if (s > 0 && s < text.length && isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s--;
  if (e > 0 && e < text.length && isLowSurrogate(text.charCodeAt(e)) && isHighSurrogate(text.charCodeAt(e - 1))) e++;
  return { start: s, end: e };
}
