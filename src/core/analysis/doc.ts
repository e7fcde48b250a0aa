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

/** Computes the gap flags between consecutive tokens. Linear. */
export function computeGaps(text: string, tokens: TokenTable): Uint8Array {
  const gaps = new Uint8Array(tokens.length);
  let prevEnd = 0;
  for (let k = 0; k < tokens.length; k++) {
    let f = 0;
    for (let i = prevEnd, ts = tokens.s[k]!; i < ts; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2c || c === 0x060c || c === 0x3b || c === 0x061b) f |= GAP_COMMA;
      else if (c === 0x3a) f |= GAP_COLON;
      else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f) f |= GAP_STOP;
      else if (c === 0x2d || c === 0x2013 || c === 0x2014) f |= GAP_DASH;
      else if (c === 0x22 || c === 0x27 || (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a) f |= GAP_QUOTE;
      else if (c === 0x28 || c === 0x29) f |= GAP_PAREN;
      else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) f |= GAP_NEWLINE;
    }
    // "Edward G. Whitlock", "J. Smith", "T.J. Okafor": the stop after a Latin initial is no phrase break
    if (f === GAP_STOP && k > 0 && isInitial(text, tokens.s[k - 1]!, prevEnd) && /^\.\s*$/.test(text.slice(prevEnd, tokens.s[k]!))) f = 0;
    // "of Dayton, Ohio, said", "(R-Ind.)": a stop right before a comma or a closing parenthesis ends an abbreviation, not a sentence
    else if (f & GAP_STOP && f & (GAP_COMMA | GAP_PAREN) && /^\.[,)]/.test(text.slice(prevEnd, tokens.s[k]!))) f &= ~GAP_STOP;
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
