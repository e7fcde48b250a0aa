/**
 * Word tokens over normalised text: runs of letters and digits, with the joiners a word may
 * hold (an apostrophe or hyphen between letters: "don't", "O'Brien", "Lin Mei-hua"; a point or
 * comma between digits: "3.1", "2,300"). Offsets are UTF-16 code units, end exclusive.
 */

/**
 * The words of the analysed text, one column per field (typed arrays: a 10 MB article has
 * about a million words, and an object per word made the engine spend a quarter of its time
 * in the garbage collector). Token `k` is `s[k]`, `e[k]`, `w[k]`, `cap[k]`, `q[k]`, for
 * `0 <= k < length`; reading past `length` gives `undefined`.
 */
export interface TokenTable {
  readonly length: number;
  /** Start offsets (normalised text, UTF-16 code units). */
  readonly s: Int32Array;
  /** End offsets, exclusive (normalised text). */
  readonly e: Int32Array;
  /** The tokens' normalised text; equal words are one shared string. */
  readonly w: readonly string[];
  /** The tokens' word numbers: equal words have equal numbers, `words[id[k]] === w[k]`. */
  readonly id: Int32Array;
  /** The distinct words, in order of first occurrence. */
  readonly words: readonly string[];
  /** 1 when the raw token starts with an upper-case letter (names, in Latin script), else 0. */
  readonly cap: Uint8Array;
  /** Index of the direct quote each token lies in, or -1 (set by the caller). */
  readonly q: Int32Array;
}

let wordTable: Uint8Array | undefined;

/** 1 for code units that are letters or digits (BMP), 2 for surrogates, 0 otherwise. */
function table(): Uint8Array {
  if (wordTable) return wordTable;
  const t = new Uint8Array(65536);
  const re = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) t[c] = 2;
    else if (re.test(String.fromCharCode(c))) t[c] = 1;
  }
  wordTable = t;
  return t;
}

/** Whether UTF-16 code unit `c` can be part of a word. */
export function isWordUnit(c: number): boolean {
  return table()[c] !== 0;
}

/**
 * The first index `k >= from` with `column[k] >= value`, or `column.length`, for a column that
 * never decreases (`TokenTable.s` or `e`). Gallops from `from` before it bisects: the passes
 * look for the next quote's first token a few dozen tokens on, and a bisection of the whole
 * table per quote read a million-entry column at random (cache misses, ~20 reads a quote).
 */
export function firstAtLeast(column: Int32Array, from: number, value: number): number {
  const n = column.length;
  let lo = from;
  let step = 1;
  let hi = lo;
  // column[lo - 1] < value (or lo === from): widen [lo, hi) until column[hi] >= value
  while (hi < n && column[hi]! < value) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (column[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d; // ' ’ -
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Tokenises `norm.slice(start, end)`; `raw` and `toRaw` give capitalisation back (`norm` and
 * `toRaw` are `normalizeText(raw)`'s: a capital of `raw` is a lower-case letter of `norm`).
 * Linear in the length of the range.
 */
export function tokenize(norm: string, start: number, end: number, raw: string, toRaw: Uint32Array): TokenTable {
  mapAnchor ??= new Scanner('', 0, 0, '', new Uint32Array(1));
  const scanner = new Scanner(norm, start, end, raw, toRaw);
  // The text a slice at a time (a word may run past a slice's end): the scanning loop is then a
  // function called hundreds of times an analysis, which V8 optimises once and keeps, where one
  // loop over the whole text in a function called once an analysis was recompiled on the
  // stack (OSR) at every call and ran unoptimised until then.
  for (let i = start; i < end; ) i = scanner.scan(i, Math.min(end, i + SLICE));
  const n = scanner.n;
  const ids = scanner.ids;
  const list = scanner.words.list;
  // The words by token, made at their exact number once the tokens are known (making an array
  // of `cap` holes to fill as the tokens came took about 10 ms on 10 MB, one of `n` about half;
  // pushing to a growing array cost a fifth of tokenising), a slice at a time for the same reason.
  const ws: string[] = new Array<string>(n);
  for (let k = 0; k < n; k += SLICE) fillWords(ws, list, ids, k, Math.min(n, k + SLICE));
  return { length: n, s: scanner.ss.subarray(0, n), e: scanner.es.subarray(0, n), w: ws, id: ids.subarray(0, n), words: list, cap: scanner.caps.subarray(0, n), q: new Int32Array(n).fill(-1) };
}

const SLICE = 1 << 14; // code units (or tokens) a call: a few hundred calls on 10 MB

function fillWords(ws: string[], list: readonly string[], ids: Int32Array, from: number, to: number): void {
  for (let k = from; k < to; k++) ws[k] = list[ids[k]!]!;
}

/** The tokenizer's state between slices. */
class Scanner {
  n = 0;
  cap: number;
  ss: Int32Array;
  es: Int32Array;
  caps: Uint8Array;
  ids: Int32Array;
  // One string per distinct word: the passes compare and look words up by string. The
  // interning table hashes the code units in place, so a word already seen costs no slice
  // (a million short-lived slices were a tenth of the engine's garbage).
  readonly words: WordInterner;
  private readonly t = table();

  constructor(
    private readonly norm: string,
    start: number,
    private readonly end: number,
    private readonly raw: string,
    private readonly toRaw: Uint32Array,
  ) {
    this.cap = 1024 + ((end - start) >> 2); // news text has about one word in six code units: rarely grows
    this.ss = new Int32Array(this.cap);
    this.es = new Int32Array(this.cap);
    this.caps = new Uint8Array(this.cap);
    this.ids = new Int32Array(this.cap);
    this.words = new WordInterner(norm);
  }

  /** Reads the words that start in `[i, stop)`, the last one to its end; returns where it ended. */
  scan(i: number, stop: number): number {
    const { t, norm, end, raw, toRaw, words } = this;
    let { n, cap, ss, es, caps, ids } = this;
    while (i < stop) {
      if (t[norm.charCodeAt(i)] === 0) {
        i++;
        continue;
      }
      const s = i;
      // the word's hash for the interner, computed in the same pass as its end (FNV-1a)
      let h = Math.imul(FNV_OFFSET ^ norm.charCodeAt(i), FNV_PRIME);
      i++;
      for (;;) {
        for (; i < end; i++) {
          const c = norm.charCodeAt(i);
          if (t[c] === 0) break;
          h = Math.imul(h ^ c, FNV_PRIME);
        }
        if (i + 1 < end) {
          const c = norm.charCodeAt(i);
          const prev = norm.charCodeAt(i - 1);
          const next = norm.charCodeAt(i + 1);
          if ((isJoiner(c) && t[prev] === 1 && t[next] === 1 && !isDigit(prev)) || ((c === 0x2e || c === 0x2c) && isDigit(prev) && isDigit(next))) {
            h = Math.imul(Math.imul(h ^ c, FNV_PRIME) ^ next, FNV_PRIME);
            i += 2;
            continue;
          }
        }
        break;
      }
      let rc = 0; // the raw unit that tells the capital
      // Only a lower-case Latin letter here can stand for a capital in the raw text (A-Z and À-Þ
      // fold to a-z and à-þ; elision starts with l or d): other words, all of Arabic, skip the two
      // reads through the offset map.
      const n0 = norm.charCodeAt(s);
      if ((n0 >= 0x61 && n0 <= 0x7a) || (n0 >= 0xe0 && n0 <= 0xfe)) {
        const r0 = toRaw[s] ?? 0;
        rc = raw.charCodeAt(r0);
        // French elision: "l'AFP", "d’Amnesty" name what follows the apostrophe
        const c1 = raw.charCodeAt(r0 + 1);
        if ((c1 === 0x27 || c1 === 0x2019) && i - s > 2 && (rc === 0x6c || rc === 0x64)) rc = raw.charCodeAt(r0 + 2);
      }
      if (n === cap) {
        cap *= 2;
        ss = grow(ss, cap);
        es = grow(es, cap);
        ids = grow(ids, cap);
        const c2 = new Uint8Array(cap);
        c2.set(caps);
        caps = c2;
      }
      ss[n] = s;
      es[n] = i;
      caps[n] = (rc >= 0x41 && rc <= 0x5a) || (rc >= 0xc0 && rc <= 0xde && rc !== 0xd7) ? 1 : 0;
      ids[n] = words.intern(s, i, h);
      n++;
    }
    this.n = n;
    this.cap = cap;
    this.ss = ss;
    this.es = es;
    this.caps = caps;
    this.ids = ids;
    return i;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Word numbers by content: an open-addressing hash table over the code units of `text`, so
 * looking a word up needs no string. Numbers are given in order of first occurrence.
 */
class WordInterner {
  /** The distinct words; a word's number is its index. */
  readonly list: string[] = [];
  private hashes: Int32Array = new Int32Array(1024);
  /** Slot -> word number + 1, or 0 for empty; a power-of-two size, at most half full. */
  private slots: Int32Array = new Int32Array(2048);

  constructor(private readonly text: string) {}

  /** The number of the word `text.slice(start, end)`, whose FNV-1a hash over its code units is `h` (tokenize() computes it as it reads the word), adding it when new. */
  intern(start: number, end: number, h: number): number {
    const text = this.text;
    const len = end - start;
    let mask = this.slots.length - 1;
    let slot = h & mask;
    for (;;) {
      const v = this.slots[slot]!;
      if (v === 0) break;
      const id = v - 1;
      if (this.hashes[id] === h) {
        const w = this.list[id]!;
        if (w.length === len) {
          let same = true;
          for (let k = 0; k < len; k++) {
            if (w.charCodeAt(k) !== text.charCodeAt(start + k)) {
              same = false;
              break;
            }
          }
          if (same) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = this.list.length;
    this.list.push(text.slice(start, end));
    if (id === this.hashes.length) this.hashes = grow(this.hashes, id * 2);
    this.hashes[id] = h;
    if ((id + 1) * 2 > this.slots.length) {
      this.rehash(this.slots.length * 2);
      mask = this.slots.length - 1;
      slot = h & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    }
    this.slots[slot] = id + 1;
    return id;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.list.length - 1; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

// A tokenizer kept for the life of the module, never used (made at the first tokenize()).
// V8 holds the hidden class (map) of a class's instances with all their fields only weakly,
// through the class's map transitions: once an analysis is over and its Scanner and
// WordInterner are garbage, a full GC drops that map, and with it the optimised code of scan()
// and intern(), which checks it (--trace-deopt: "marking dependent code ... reason: weak
// objects"). Every analysis then tokenised in unoptimised code until V8 compiled it again. An
// instance that stays alive keeps the maps.
let mapAnchor: Scanner | undefined;

function grow(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

