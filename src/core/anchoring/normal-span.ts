import { normalizeText } from '../text/arabic-normalize';

/**
 * A stretch of raw text in anchoring's normal form: the Arabic normalisation of
 * `arabic-normalize.ts` (diacritics, tatweel, alef forms, ى/ي, ة/ه, digits, Latin case) plus
 * carriage returns dropped, so that an article converted between LF and CRLF still matches.
 */
export interface NormalSpan {
  /** The normalised text. */
  readonly text: string;
  /** `starts[i]`: raw offset (in the whole raw text) where normalised unit `i` begins. */
  readonly starts: Uint32Array;
  /**
   * `ends[i]`: raw offset just after normalised unit `i`, including the marks that were dropped
   * after it (diacritics on the last letter belong to the word) but not a dropped `\r`.
   */
  readonly ends: Uint32Array;
}

const DROPPED = -1;
const CR = 0x0d;

let foldTable: Int32Array | null = null;

/**
 * What `normalizeText` does to each UTF-16 code unit on its own (it maps unit by unit: drops it
 * or folds it to one unit), read off one call over all 65,536 units, so that windows of a long
 * text are normalised in one pass without intermediate copies.
 */
function getFoldTable(): Int32Array {
  if (foldTable !== null) return foldTable;
  let all = '';
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c;
  for (let k = 0; k < 0x10000; k += 8192) all += String.fromCharCode.apply(null, units.subarray(k, k + 8192) as unknown as number[]);
  const norm = normalizeText(all);
  const table = new Int32Array(0x10000).fill(DROPPED);
  for (let j = 0; j < norm.text.length; j++) table[norm.toRaw[j]!] = norm.text.charCodeAt(j);
  foldTable = table;
  return table;
}

/**
 * Normalises `raw.slice(from, to)` with offsets mapped to the whole `raw`. Linear in `to - from`.
 * `normalizeSpan(s).text` equals `normalizeText(s).text` with every `\r` removed.
 * @throws RangeError when not `0 <= from <= to <= raw.length`.
 */
export function normalizeSpan(raw: string, from = 0, to = raw.length): NormalSpan {
  if (!(from >= 0 && from <= to && to <= raw.length)) {
    throw new RangeError(`normalizeSpan: bad range [${from}, ${to}) of ${raw.length}`);
  }
  const table = getFoldTable();
  const n = to - from;
  const out = new Uint16Array(n);
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  let j = 0;
  let open = -1; // the last unit written, while its end is not known
  for (let i = from; i < to; i++) {
    const f = table[raw.charCodeAt(i)]!;
    if (f === DROPPED) continue; // a mark: part of the unit before it
    if (open >= 0) {
      ends[open] = i;
      open = -1;
    }
    if (f === CR) continue; // a line-ending detail, not part of any unit
    out[j] = f;
    starts[j] = i;
    open = j;
    j++;
  }
  if (open >= 0) ends[open] = to;
  let text = '';
  // String.fromCharCode on large arrays overflows the call stack: build in chunks.
  for (let k = 0; k < j; k += 8192) {
    text += String.fromCharCode.apply(null, out.subarray(k, Math.min(j, k + 8192)) as unknown as number[]);
  }
  return j === n ? { text, starts, ends } : { text, starts: starts.slice(0, j), ends: ends.slice(0, j) };
}

/** Normalises a short string (a quote, a context) the way {@link normalizeSpan} does. */
export function normalizeQuote(s: string): string {
  return normalizeSpan(s).text;
}

/** The first normalised offset whose raw start is at or after `rawOffset` (binary search). */
export function toSpanOffset(span: NormalSpan, rawOffset: number): number {
  let lo = 0;
  let hi = span.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (span.starts[mid]! < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
