/**
 * Sentences: a linear splitter of our own (Intl.Segmenter is superlinear on long strings:
 * see notes/measured-facts.md). A sentence ends at . ! ? ؟ … outside quotation marks, or at
 * the end of a paragraph outside a multi-paragraph quote. A full stop is not an end between
 * digits (3.1), after an abbreviation (Dr., Jan.) or a single letter (U.S.), or before a
 * lower-case word. A wire dateline ("BRUSSELS, March 12 (Reuters) - ") is a sentence of its
 * own. Arabic sites often omit the space after a full stop ("إضافية.وهو"): a full stop
 * followed by an Arabic letter ends the sentence.
 */
import type { QuoteMarks } from './find-direct-quotes';
import type { ParagraphRange } from './split-paragraphs';

/** A sentence's range (UTF-16 code units, end exclusive) and the paragraph it starts in. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** A wire dateline, not a sentence of content. */
  readonly dateline?: boolean;
}

/** What the splitter needs to know about words. */
export interface SentenceRules {
  /** Whether the (normalised, lower-case) word before a full stop is an abbreviation. */
  readonly isAbbreviation: (word: string) => boolean;
  /**
   * Whether the raw text has an upper-case letter at normalised offset `i`: the normalised
   * text has the letter in lower case there (the splitter tests that first).
   */
  readonly isUpperAt: (i: number) => boolean;
}

const DATELINE_MAX = 80; // a dateline is a city, a date and an agency: short
// A sentence longer than this (a page without full stops, hostile input) is cut at the next
// space, so that no later pass works on an unbounded stretch: news sentences are far shorter.
const MAX_SENTENCE = 3000;
const MAX_OVERRUN = 500; // no space that far after the cap: cut anywhere but inside a surrogate pair

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x200f || c === 0x200e;
}
/** . ! ? ؟ … : the characters that may end a sentence. */
function isStopChar(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
}
const STOP_CHARS = ['.', '!', '?', '\u061f', '\u2026']; // as isStopChar

/**
 * The first offset at or after `i` of a stop character (`text.length`: none). `found[k]` is
 * the next offset of `STOP_CHARS[k]` at or after an earlier search point, or -1; it is updated
 * when it lies before `i`.
 */
function findStop(text: string, i: number, found: number[]): number {
  let first = text.length;
  for (let k = 0; k < STOP_CHARS.length; k++) {
    let f = found[k]!;
    if (f < i) {
      f = text.indexOf(STOP_CHARS[k]!, i);
      if (f < 0) f = text.length;
      found[k] = f;
    }
    if (f < first) first = f;
  }
  return first;
}
function isLetterLatinLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isArabicLetter(c: number): boolean {
  return c >= 0x0621 && c <= 0x064a;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Whether `c`, in the normalised (case-folded) text, may stand for an upper-case letter of the
 * raw text: a lower-case Latin letter (A-Z and À-Þ fold to these).
 */
function mayBeUpper(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xfe && c !== 0xf7);
}

function datelineEnd(text: string, start: number, end: number, rules: SentenceRules): number {
  // the text first: rules.isUpperAt reads the raw text through the offset map, two reads far
  // apart in memory for every paragraph (about 1% of an Arabic analysis), where no dateline starts
  if (!mayBeUpper(text.charCodeAt(start))) return -1;
  if (!rules.isUpperAt(start) || !rules.isUpperAt(start + 1) || !rules.isUpperAt(start + 2)) return -1;
  const limit = Math.min(end, start + DATELINE_MAX);
  for (let i = start + 3; i + 2 < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) return i + 1;
  }
  return -1;
}

/** Splits paragraphs into sentences, never inside a direct quote. */
export function splitSentences(
  text: string,
  paragraphs: readonly ParagraphRange[],
  quotes: readonly QuoteMarks[],
  rules: SentenceRules,
): SentenceRange[] {
  const out: SentenceRange[] = [];
  let qi = 0;
  // The next offset of each stop character at or after where it was last looked for
  // (text.length: none), and the least of them. indexOf finds one character in a 10 MB text
  // about twice as fast as a loop testing every unit for all five (and a regex for the five
  // was no faster than the loop).
  const found = [-1, -1, -1, -1, -1];
  let nextStop = -1;
  const push = (s: number, e: number, p: number, dateline = false): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push(dateline ? { start: s, end: e, paragraph: p, dateline } : { start: s, end: e, paragraph: p });
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const first = paragraphs[p]!;
    let blockEnd = first.end;
    const startP = p;
    let s = first.start;
    const dl = datelineEnd(text, first.start, first.end, rules);
    if (dl > 0) {
      push(s, dl, p, true);
      s = dl;
    }
    let i = s;
    for (;;) {
      while (qi < quotes.length && quotes[qi]!.close <= i) qi++;
      const q = quotes[qi];
      if (q && q.open <= i && i < q.close) {
        // Skip the quote; a multi-paragraph one extends the block.
        if (q.lastParagraph > p) {
          p = q.lastParagraph;
          blockEnd = paragraphs[p]!.end;
        }
        i = q.close;
        continue;
      }
      if (i >= blockEnd) break;
      const c = text.charCodeAt(i);
      if (i - s <= MAX_SENTENCE && !isStopChar(c)) {
        // Nothing happens before the next stop character, quote or length cap: skip to it.
        const limit = Math.min(blockEnd, s + MAX_SENTENCE + 1, q && q.open > i ? q.open : blockEnd);
        i++;
        if (nextStop < i) nextStop = findStop(text, i, found);
        i = nextStop < limit ? nextStop : limit;
        continue;
      }
      if (i - s > MAX_SENTENCE && (isSpace(c) || i - s > MAX_SENTENCE + MAX_OVERRUN) && !(c >= 0xdc00 && c <= 0xdfff)) {
        push(s, i, startP);
        s = i;
        i++;
        continue;
      }
      let boundary = false;
      if (c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026) boundary = true;
      else if (c === 0x2e) {
        const prev = text.charCodeAt(i - 1);
        const next = i + 1 < blockEnd ? text.charCodeAt(i + 1) : 0x20;
        if (isDigit(prev) && isDigit(next)) boundary = false;
        else if (isArabicLetter(next)) boundary = true;
        else if (!isSpace(next) && next !== 0x201d && next !== 0x22 && next !== 0x29 && next !== 0xbb) boundary = false;
        else {
          let w = i;
          while (w > s && !isSpace(text.charCodeAt(w - 1)) && text.charCodeAt(w - 1) !== 0x28) w--;
          const word = text.slice(w, i);
          let k = i + 1;
          // "Sen. Bernie Sanders (I-Vt.) defended": a closing bracket after the point, then a lower-case word, goes on
          while (k < blockEnd && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 0x29)) k++;
          const after = k < blockEnd ? text.charCodeAt(k) : 0x41;
          const initial = word.length === 1 || /^(?:[a-z]\.)+[a-z]$/.test(word);
          // "(D-N.M.), head of": a point before a comma ends an abbreviation, never a sentence
          boundary = !rules.isAbbreviation(word) && !initial && !(isLetterLatinLower(after) && !rules.isUpperAt(k)) && after !== 0x2c && after !== 0x3b;
        }
      }
      if (boundary) {
        let e = i + 1;
        while (e < blockEnd && (text.charCodeAt(e) === 0x2e || text.charCodeAt(e) === 0x21 || text.charCodeAt(e) === 0x3f || text.charCodeAt(e) === 0x061f)) e++;
        push(s, e, startP);
        s = e;
        i = e;
        continue;
      }
      i++;
    }
    push(s, blockEnd, startP);
  }
  return out;
}
