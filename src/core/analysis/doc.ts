/**
 * The working state the analysis passes share: the normalised text, its tokens, quotes and
 * sentences, with small predicates over them. Internal to the engine. All offsets are into
 * the normalised text (one code unit for one kept raw code unit) until analyze() maps them
 * back.
 */
import { categoryBit, type Matcher, type MatchCategory, type Phrase, type PhraseMatch } from './compile-lexicon';
import type { QuoteMarks } from './find-direct-quotes';
import type { TokenTable } from './tokenize';
import type { Language } from './types';

/** A direct quote with what the passes learn about it. */
export interface QuoteInfo extends QuoteMarks {
  /** A quoted name or term (“تاس”, the "pension grab"), not a quote. */
  isName: boolean;
  readonly language: Language;
}

/** A sentence with its tokens `[from, to)`. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly from: number;
  readonly to: number;
  readonly language: Language;
  /** A wire dateline ("BRUSSELS, March 12 (Reuters) -"), not content. */
  readonly dateline: boolean;
}

// Flags of the punctuation seen in the gap before a token (bits of `Doc.gaps`).
/** A comma or semicolon: , ، ; ؛ */
export const GAP_COMMA = 1;
/** A colon. */
export const GAP_COLON = 2;
/** A sentence end: . ! ? ؟ */
export const GAP_STOP = 4;
/** A hyphen or dash: - – — */
export const GAP_DASH = 8;
/** Any quotation mark. */
export const GAP_QUOTE = 16;
/** A parenthesis. */
export const GAP_PAREN = 32;
/** A line break (a headline or a list item ends there even without punctuation). */
export const GAP_NEWLINE = 64;

/** The shared state. */
export interface Doc {
  readonly text: string;
  readonly tokens: TokenTable;
  /** Punctuation flags of the gap before each token (index = token index). */
  readonly gaps: Uint8Array;
  readonly quotes: QuoteInfo[];
  readonly sentences: Sentence[];
  readonly matcher: (language: Language) => Matcher;
  /** Whether the raw text has an upper-case letter at normalised offset `i`. */
  readonly isUpperAt: (i: number) => boolean;
}

/** Whether `text[s, e)` is one Latin letter: an initial before its full stop. */
function isInitial(text: string, s: number, e: number): boolean {
  if (e - s !== 1) return false;
  const c = text.charCodeAt(s);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** The gap flag of each code unit below GAP_TABLE_SIZE (0: none); none above. */
const GAP_TABLE_SIZE = 0x2040;
const GAP_TABLE: Uint8Array = (() => {
  const t = new Uint8Array(GAP_TABLE_SIZE);
  for (const c of [0x2c, 0x060c, 0x3b, 0x061b]) t[c] = GAP_COMMA;
  t[0x3a] = GAP_COLON;
  for (const c of [0x2e, 0x21, 0x3f, 0x061f]) t[c] = GAP_STOP;
  for (const c of [0x2d, 0x2013, 0x2014]) t[c] = GAP_DASH;
  for (const c of [0x22, 0x27, 0xab, 0xbb, 0x2039, 0x203a]) t[c] = GAP_QUOTE;
  for (let c = 0x2018; c <= 0x201f; c++) t[c] = GAP_QUOTE;
  t[0x28] = GAP_PAREN;
  t[0x29] = GAP_PAREN;
  for (const c of [0x0a, 0x0d, 0x2028, 0x2029]) t[c] = GAP_NEWLINE;
  return t;
})();

/**
 * Computes the gap flags between consecutive tokens. Linear. A table lookup per unit: the
 * chain of tests it replaced ran to its end for every space, the commonest unit of a gap.
 */
export function computeGaps(text: string, tokens: TokenTable): Uint8Array {
  const gaps = new Uint8Array(tokens.length);
  let prevEnd = 0;
  for (let k = 0; k < tokens.length; k++) {
    let f = 0;
    const ts = tokens.s[k]!;
    for (let i = prevEnd; i < ts; i++) {
      const c = text.charCodeAt(i);
      if (c < GAP_TABLE_SIZE) f |= GAP_TABLE[c]!;
    }
    if (f !== 0) {
      // "Edward G. Whitlock", "J. Smith", "T.J. Okafor": the stop after a Latin initial is no phrase break
      if (f === GAP_STOP && k > 0 && isInitial(text, tokens.s[k - 1]!, prevEnd) && /^\.\s*$/.test(text.slice(prevEnd, ts))) f = 0;
      // "of Dayton, Ohio, said", "(R-Ind.)": a stop right before a comma or a closing parenthesis ends an abbreviation, not a sentence
      else if (f & GAP_STOP && f & (GAP_COMMA | GAP_PAREN) && /^\.[,)]/.test(text.slice(prevEnd, ts))) f &= ~GAP_STOP;
    }
    gaps[k] = f;
    prevEnd = tokens.e[k]!;
  }
  return gaps;
}

/** The longest match of `category` at token `i`, or null. */
export function matchOf(doc: Doc, lang: Language, i: number, category: MatchCategory): PhraseMatch | null {
  if (i < 0 || i >= doc.tokens.length) return null;
  const matcher = doc.matcher(lang);
  if ((matcher.maskAt(doc.tokens, i) & categoryBit(category)) === 0) return null;
  return matcher.firstAt(doc.tokens, i, category);
}

/**
 * Whether candidate phrase `p` of token `i` (from `candidatesAt`, so its first word is token
 * `i`'s) matches there: its other words are the next tokens. Lets a pass test the matches of
 * a token without building them.
 */
export function fitsAt(doc: Doc, p: Phrase, i: number): boolean {
  const w = doc.tokens.w;
  for (let k = 1; k < p.words.length; k++) if (w[i + k] !== p.words[k]) return false;
  return true;
}

/** Whether token `i` is, by itself, a word of `category`. */
export function isWord(doc: Doc, lang: Language, i: number, category: MatchCategory): boolean {
  return (doc.matcher(lang).hasMaskAt(doc.tokens, i) & categoryBit(category)) !== 0;
}

/**
 * End offset (UTF-16, exclusive) of token `k` in `doc.text`, stretched over a trailing `%` or
 * closing bracket, so a span ending on the token keeps them.
 */
export function tokenEnd(doc: Doc, k: number): number {
  let e = doc.tokens.e[k]!;
  const text = doc.text;
  // code units, not text[e]: indexing a string makes a one-character string of an Arabic letter
  for (let c = text.charCodeAt(e); c === 0x25 || c === 0x29; c = text.charCodeAt(e)) e++; // % )
  return e;
}

/** Whether token `i` lies in a direct quote that is a real quote (not a name). */
export function inRealQuote(doc: Doc, i: number): boolean {
  const q = doc.tokens.q[i] ?? -1;
  return q >= 0 && !doc.quotes[q]!.isName;
}
