/**
 * Direct quotes: text between quotation marks, in every style found in Arabic, English and
 * French news: “…”, the reversed ”…“ of Arabic sites, «…» (and »…«), "…", ‹…›, „…“, ‘…’ and
 * '…' (an apostrophe inside a word is not a mark). A quote never leaves its paragraph, except
 * in the English multi-paragraph style: a paragraph that opens a quote without closing it,
 * followed by paragraphs that open with the same mark, until one closes it. An unbalanced
 * mark is ignored. Linear: a failed search for a closing mark is not repeated within a
 * paragraph.
 */
import type { ParagraphRange } from './split-paragraphs';
import { isWordUnit } from './tokenize';

/** A direct quote's marks and content. Offsets: UTF-16 code units, end exclusive. */
export interface QuoteMarks {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Start of the content (after the opening mark). */
  readonly start: number;
  /** End of the content (the closing mark's offset). */
  readonly end: number;
  /** End of the closing mark. */
  readonly close: number;
  /** Index of the paragraph it opens in. */
  readonly paragraph: number;
  /** Index of the paragraph it closes in (greater for multi-paragraph quotes). */
  readonly lastParagraph: number;
}

// Opening mark -> the marks that close it.
const CLOSERS = new Map<number, readonly number[]>([
  [0x201c, [0x201d, 0x0022]], // “ ” (or “ ": a mixed pair, see findCloser)
  [0x201d, [0x201c]], // ” “ (reversed, Arabic sites)
  [0x00ab, [0x00bb]], // « »
  [0x00bb, [0x00ab]], // » « (reversed)
  [0x0022, [0x0022, 0x201d]], // " " (or " ”)
  [0x2039, [0x203a]], // ‹ ›
  [0x201e, [0x201c, 0x201d]], // „ “ (German) or „ ” (Polish, Romanian)
  [0x2018, [0x2019]], // ‘ ’
  [0x0027, [0x0027]], // ' '
]);
// The opening marks, for a quick search (the same keys as CLOSERS).
const OPENERS = /["'\u00ab\u00bb\u2018\u201c\u201d\u201e\u2039]/;
// Opening mark -> its bit in a paragraph's set of marks that failed to close.
const MARK_BITS = new Map<number, number>([...CLOSERS.keys()].map((c, i) => [c, 1 << i]));
// Marks that may re-open a quote continued over paragraphs.
const CONTINUABLE = new Set([0x201c, 0x00ab, 0x0022, 0x201e, 0x2018, 0x0027, 0x201d]);

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x202f || c === 0x200f || c === 0x200e;
}

// French typography spaces its guillemets: « Nous ne céderons pas ».
function isSpacedMark(c: number): boolean {
  return c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
}

function canOpen(text: string, i: number, min: number, max: number): boolean {
  if (i + 1 >= max || (isSpaceAt(text, i + 1) && !isSpacedMark(text.charCodeAt(i)))) return false;
  return i === min || !isWordUnit(text.charCodeAt(i - 1));
}

function canClose(text: string, j: number, max: number): boolean {
  if (isSpaceAt(text, j - 1) && !isSpacedMark(text.charCodeAt(j))) return false;
  return j + 1 >= max || !isWordUnit(text.charCodeAt(j + 1));
}

/** English double marks: “ and " open, ” and " close; a quote typed with one of each (“…," / "…”) is still one quote (in Latin script). */
function isEnglishDouble(c: number): boolean {
  return c === 0x201c || c === 0x0022 || c === 0x201d;
}

/**
 * The closing mark of a quote opened before `from`, or -1. English double marks pair across
 * styles (“…," said X. "…”: news copy mixes typed and curly marks), so a mark that can only
 * open (“ or " after a space) starts a nested quote, which the next closing mark ends:
 * “He called it "fake news" again” is one quote.
 */
function findCloser(text: string, from: number, to: number, closers: readonly number[]): number {
  // Latin script only: Arabic copy keeps its own pairs
  const mixed = closers.length > 1 && isEnglishDouble(closers[0]!) && isEnglishDouble(closers[1]!) && text.charCodeAt(from) < 0x250;
  let nested = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (mixed && (c === 0x201c || c === 0x0022) && canOpen(text, j, from - 1, to) && !canClose(text, j, to)) {
      nested++;
      continue;
    }
    if ((c === closers[0] || c === closers[1]) && canClose(text, j, to)) {
      if (mixed && nested > 0) {
        nested--;
        continue;
      }
      return j;
    }
  }
  return -1;
}

function hasContent(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isWordUnit(text.charCodeAt(k))) return true;
  return false;
}

/** Finds the direct quotes of `text` (normalised or raw: the marks are the same) in paragraph order. */
export function findDirectQuotes(text: string, paragraphs: readonly ParagraphRange[]): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let p = 0;
  let i = paragraphs[0]?.start ?? 0;
  let failed = 0; // MARK_BITS of the marks that found no closer in this paragraph
  const openers = new RegExp(OPENERS.source, 'g');
  let nextMark = -1; // offset of the first opening mark at or after i (text.length: none)
  // Mark -> last paragraph a failed continuation chain examined: a chain starting before it fails too.
  const deadChain = new Map<number, number>();
  while (p < paragraphs.length) {
    const para = paragraphs[p]!;
    if (i >= para.end) {
      p++;
      failed = 0;
      i = paragraphs[p]?.start ?? 0;
      continue;
    }
    // Jump to the next opening mark: nothing else happens between marks.
    if (nextMark < i) {
      openers.lastIndex = i;
      nextMark = openers.exec(text)?.index ?? text.length;
    }
    if (nextMark >= para.end) {
      i = para.end;
      continue;
    }
    i = nextMark;
    const c = text.charCodeAt(i);
    const closers = CLOSERS.get(c);
    const bit = MARK_BITS.get(c) ?? 0;
    if (!closers || (failed & bit) !== 0 || !canOpen(text, i, para.start, para.end)) {
      i++;
      continue;
    }
    let j = findCloser(text, i + 1, para.end, closers);
    let lastP = p;
    if (j < 0 && CONTINUABLE.has(c) && (deadChain.get(c) ?? -1) <= p) {
      // English style: the next paragraphs re-open with the same mark until one closes.
      let q = p + 1;
      while (q < paragraphs.length) {
        const next = paragraphs[q]!;
        if (text.charCodeAt(next.start) !== c) break;
        const k = findCloser(text, next.start + 1, next.end, closers);
        if (k >= 0) {
          j = k;
          lastP = q;
          break;
        }
        q++;
      }
      if (j < 0) deadChain.set(c, q);
    }
    if (j < 0) {
      failed |= bit;
      i++;
      continue;
    }
    if (!hasContent(text, i + 1, j)) {
      i = j;
      continue;
    }
    let cs = i + 1;
    let ce = j;
    while (cs < ce && (isSpaceAt(text, cs) || text.charCodeAt(cs) === 0x202f)) cs++;
    while (ce > cs && (isSpaceAt(text, ce - 1) || text.charCodeAt(ce - 1) === 0x202f)) ce--;
    out.push({ open: i, start: cs, end: ce, close: j + 1, paragraph: p, lastParagraph: lastP });
    if (lastP !== p) {
      p = lastP;
      failed = 0;
    }
    i = j + 1;
  }
  return out;
}
