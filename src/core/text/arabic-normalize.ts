/**
 * Arabic-aware text normalisation with an offset map back to the raw text.
 *
 * Matching in the analysis engine and in fuzzy re-anchoring is insensitive to what Arabic
 * writers vary freely: diacritics (harakat, shadda, sukun, dagger alef), tatweel, the alef
 * forms أ إ آ ٱ, final ى/ي, ة/ه and Arabic-Indic digits. Latin letters are case-folded.
 * Everything else is kept as it is, one code unit for one code unit.
 */

/** The result of {@link normalizeText}. */
export interface NormalizedText {
  /** The normalised text. */
  readonly text: string;
  /**
   * `toRaw[i]` is the UTF-16 offset in the raw text of normalised code unit `i`;
   * `toRaw[text.length]` is the raw text's length. Strictly increasing.
   */
  readonly toRaw: Uint32Array;
}

// Unicode ranges of Arabic marks that do not change the word: harakat and tanwin
// (U+064B–U+065F), the dagger alef (U+0670), Quranic annotation marks (U+06D6–U+06ED,
// except the letter-like U+06E5/U+06E6 which are kept), small high marks (U+0610–U+061A).
function isDroppedMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06e5 && c !== 0x06e6) ||
    c === 0x0640 // tatweel (kashida): a stretch, not a letter
  );
}

/** Maps one kept code unit to its normal form (a single code unit). */
function foldUnit(c: number): number {
  switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
      return 0x0627; // ا
    case 0x0649: // ى
      return 0x064a; // ي
    case 0x0629: // ة
      return 0x0647; // ه
  }
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30; // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30; // Extended (Persian) digits
  if (c >= 0x41 && c <= 0x5a) return c + 0x20; // ASCII upper case
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 0x20; // Latin-1 upper case
  return c;
}

// foldUnit and isDroppedMark as one table over the BMP: FOLD[c] is c's normal form, or
// DROPPED (U+FFFF, a noncharacter, folds to itself and is never dropped: see foldTable).
const DROPPED = 0xffff;
let foldTable: Uint16Array | undefined;

function fold(): Uint16Array {
  if (foldTable) return foldTable;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = isDroppedMark(c) ? DROPPED : foldUnit(c);
  foldTable = t;
  return t;
}

/** The part of the TextDecoder API used here (the core is compiled without DOM or Node types). */
interface Utf16Decoder {
  decode(units: Uint16Array): string;
}

let decoderTried = false;
let decoderFound: Utf16Decoder | undefined;

/** A UTF-16LE TextDecoder when the host has one (Node, browsers, VS Code), else undefined. */
function utf16Decoder(): Utf16Decoder | undefined {
  if (decoderTried) return decoderFound;
  decoderTried = true;
  const Ctor = (globalThis as { TextDecoder?: new (label: string) => Utf16Decoder }).TextDecoder;
  // a Uint16Array is in the platform's byte order: little-endian almost everywhere, but check
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  if (Ctor && littleEndian) decoderFound = new Ctor('utf-16le');
  return decoderFound;
}

/**
 * Normalises `raw` for matching and returns the map back to raw offsets.
 * Linear in the length of `raw`; never throws.
 */
export function normalizeText(raw: string): NormalizedText {
  const n = raw.length;
  const table = fold();
  const out = new Uint16Array(n);
  const toRaw = new Uint32Array(n + 1);
  let j = 0;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    const f = table[c]!;
    if (f === DROPPED && c !== DROPPED) continue;
    if (f >= 0xd800 && f <= 0xdfff) surrogates = true;
    out[j] = f;
    toRaw[j] = i;
    j++;
  }
  toRaw[j] = n;
  // a view, not a copy: copying a 10 MB text's map cost more than the few dropped units save
  const map = j === n ? toRaw : toRaw.subarray(0, j + 1);
  // A UTF-16 decoder copies the units about 3x faster than fromCharCode, but it would replace
  // a lone surrogate with U+FFFD: used only when there is no surrogate at all.
  const decoder = surrogates ? undefined : utf16Decoder();
  if (decoder) return { text: decoder.decode(out.subarray(0, j)), toRaw: map };
  let text = '';
  // String.fromCharCode on large arrays overflows the call stack: build in chunks.
  const CHUNK = 8192;
  for (let k = 0; k < j; k += CHUNK) {
    // A typed array is array-like: apply() takes it as it is (Array.from copied every chunk: 4x slower).
    text += String.fromCharCode.apply(null, out.subarray(k, Math.min(j, k + CHUNK)) as unknown as number[]);
  }
  return { text, toRaw: map };
}

/**
 * Normalises a short string (a lexicon word, a quote) without the offset map.
 * `normalizeText(s).text === normalizeKey(s)` for every `s`.
 */
export function normalizeKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDroppedMark(c)) out += String.fromCharCode(foldUnit(c));
  }
  return out;
}

/**
 * Maps a normalised range `[start, end)` back to the raw text. The raw range starts at the
 * raw position of the first normalised unit and ends where the next kept unit begins, so
 * diacritics that follow the last letter are included.
 */
export function toRawRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = norm.toRaw[start] ?? norm.toRaw[norm.toRaw.length - 1]!;
  const e = norm.toRaw[end] ?? norm.toRaw[norm.toRaw.length - 1]!;
  return { start: s, end: e };
}

/**
 * Maps a raw offset to the first normalised offset at or after it (binary search over
 * `toRaw`). A raw offset inside a run of dropped marks maps to the next kept unit.
 */
export function toNormOffset(norm: NormalizedText, rawOffset: number): number {
  const a = norm.toRaw;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
