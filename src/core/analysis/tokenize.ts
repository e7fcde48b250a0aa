/**
 * Word tokens over normalised text: runs of letters and digits, with the joiners a word may
 * hold (an apostrophe or hyphen between letters: "don't", "O'Brien", "Lin Mei-hua"; a point or
 * comma between digits: "3.1", "2,300"). Offsets are UTF-16 code units, end exclusive.
 */

/** A word of the analysed text. */
export interface Token {
  /** Start offset (normalised text). */
  readonly s: number;
  /** End offset, exclusive (normalised text). */
  readonly e: number;
  /** The token's normalised text. */
  readonly w: string;
  /** Whether the raw token starts with an upper-case letter (names, in Latin script). */
  readonly cap: boolean;
  /** Index of the direct quote the token lies in, or -1. */
  q: number;
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

function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d; // ' ’ -
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Tokenises `norm.slice(start, end)`; `raw` and `toRaw` give capitalisation back.
 * Linear in the length of the range.
 */
export function tokenize(norm: string, start: number, end: number, raw: string, toRaw: Uint32Array): Token[] {
  const t = table();
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    if (t[norm.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (;;) {
      while (i < end && t[norm.charCodeAt(i)] !== 0) i++;
      if (i + 1 < end) {
        const c = norm.charCodeAt(i);
        const prev = norm.charCodeAt(i - 1);
        const next = norm.charCodeAt(i + 1);
        if (isJoiner(c) && t[prev] === 1 && t[next] === 1 && !isDigit(prev)) {
          i += 2;
          continue;
        }
        if ((c === 0x2e || c === 0x2c) && isDigit(prev) && isDigit(next)) {
          i += 2;
          continue;
        }
      }
      break;
    }
    const r0 = toRaw[s] ?? 0;
    let rc = raw.charCodeAt(r0);
    // French elision: "l'AFP", "d’Amnesty" name what follows the apostrophe
    const c1 = raw.charCodeAt(r0 + 1);
    if ((c1 === 0x27 || c1 === 0x2019) && i - s > 2 && (rc === 0x6c || rc === 0x64)) rc = raw.charCodeAt(r0 + 2);
    out.push({ s, e: i, w: norm.slice(s, i), cap: (rc >= 0x41 && rc <= 0x5a) || (rc >= 0xc0 && rc <= 0xde && rc !== 0xd7), q: -1 });
  }
  return out;
}
