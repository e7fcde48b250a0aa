/**
 * Claims: check-worthy statements of fact, found by their cues (quantities, dates, records and
 * firsts, comparisons, causes, named events), as the clause that states them. Three places:
 * the content of an indirect quote (attributed to its speaker), the sentences of a direct quote
 * that state a number (attributed to its speaker), and the article's own sentences outside
 * quotes and attributions (attributed to an "according to" source or a finding's subject in
 * the same sentence, else to nobody). A hedged clause ("would", "could", "likely") is a claim
 * only when it states a number; in Arabic, own-voice sentences are split at commas, dashes and
 * relative pronouns, since Arabic news runs many clauses into one sentence.
 */
import { GAP_COMMA, GAP_DASH, GAP_STOP, GAP_QUOTE, tokenEnd, type Doc, type Sentence } from './doc';
import { CLAIM_BITS, categoryBit, type Phrase } from './compile-lexicon';
import type { Attribution } from './find-cues';
import type { ClaimReason } from './lexicon';
import type { Language } from './types';

/** A claim in normalised offsets; `source` is a source index or -1. */
export interface ClaimDraft {
  readonly start: number;
  readonly end: number;
  readonly source: number;
  readonly reasons: readonly string[];
}

const REASON_ORDER: readonly ClaimReason[] = ['quantity', 'date', 'record', 'comparison', 'causal', 'event'];
const REASON_BITS = new Map<string, number>(REASON_ORDER.map((r, i) => [r, 1 << i]));
const REASON_OR_HEDGE_BITS = CLAIM_BITS | categoryBit('hedges');
const COMPLEMENTIZER_BIT = categoryBit('complementizers');
const RELATIVE_PRONOUN_BIT = categoryBit('relativePronouns');
const QUANTITY_BIT = 1;
const DATE_BIT = 2;

function isDigitStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** 1800-2099: a year, not a quantity. */
function isYear(w: string): boolean {
  if (w.length !== 4) return false;
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return ((a === 0x31 && (b === 0x38 || b === 0x39)) || (a === 0x32 && b === 0x30)) && isDigitStart(w.slice(2)) && isDigitStart(w.slice(3));
}

const HEDGED = 1 << 8;
const NUMBER = 1 << 9;
const STRONG = 1 << 10;
const DIGIT = 1 << 11;
const FOUND = (1 << REASON_ORDER.length) - 1;

/** What phrase `p` tells {@link reasonsOf}: its reason bit, and STRONG, NUMBER, HEDGED. */
function flagsOf(p: Phrase): number {
  if (p.reason !== undefined) {
    let f = REASON_BITS.get(p.reason) ?? 0;
    if (p.kind !== 'weak') {
      f |= STRONG;
      if (p.reason === 'quantity') f |= NUMBER;
    }
    return f;
  }
  return p.category === 'hedges' ? HEDGED : 0;
}

/** The reason lists by found bits, built once (each claim gets its own copy). */
const REASONS_BY_BITS: readonly (readonly string[])[] = Array.from({ length: FOUND + 1 }, (_, bits) => REASON_ORDER.filter((_r, i) => (bits & (1 << i)) !== 0));

/**
 * The claim reasons of tokens `[from, to)`, or null when none or hedged without a number.
 * No closures and one array per result: it runs on every clause of the text.
 */
function reasonsOf(doc: Doc, lang: Language, from: number, to: number, numbersOnly: boolean): string[] | null {
  let flags = 0; // reason bits of REASON_ORDER, and HEDGED, NUMBER, STRONG, DIGIT
  const m = doc.matcher(lang);
  for (let k = from; k < to; k++) {
    const w = doc.tokens.w[k]!;
    if (isDigitStart(w)) flags |= NUMBER | DIGIT | (isYear(w) ? DATE_BIT : QUANTITY_BIT);
    if ((m.maskAt(doc.tokens, k) & REASON_OR_HEDGE_BITS) === 0) continue;
    // Single-word phrases always match where they start: read them without building matches.
    const cands = m.candidatesAt(doc.tokens, k);
    let singles = true;
    for (let c = 0; c < cands.length && singles; c++) if (cands[c]!.phrase.words.length !== 1) singles = false;
    if (singles) {
      for (let c = 0; c < cands.length; c++) flags |= flagsOf(cands[c]!.phrase);
      continue;
    }
    const matches = m.matchAt(doc.tokens, k);
    for (let c = 0; c < matches.length; c++) if (matches[c]!.to <= to) flags |= flagsOf(matches[c]!.phrase);
  }
  const found = flags & FOUND;
  if (found === 0 || (flags & (STRONG | DIGIT)) === 0) return null;
  if (numbersOnly && (flags & DIGIT) === 0) return null;
  if ((flags & HEDGED) !== 0 && (flags & NUMBER) === 0) return null;
  return REASONS_BY_BITS[found]!.slice();
}

function tokenRange(doc: Doc, start: number, end: number, lo: number, hi: number): [number, number] {
  let a = lo;
  while (a < hi && doc.tokens.s[a]! < start) a++;
  let b = a;
  while (b < hi && doc.tokens.e[b]! <= end) b++;
  return [a, b];
}

const MIN_TOKENS = 3; // a claim states something: a subject and a predicate at least

const NO_ATTRIBUTIONS: readonly Attribution[] = [];

/** Marks in `masked` (indexed from `s.from`) the tokens of sentence `s` inside offsets `[start, end)`. */
function maskTokens(doc: Doc, s: Sentence, masked: Uint8Array, start: number, end: number): void {
  let lo = s.from;
  let hi = s.to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.tokens.s[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < s.to && doc.tokens.e[k]! <= end; k++) masked[k - s.from] = 1;
}

/** Finds the claims; `quoteSpeakers` as from link-speakers. */
export function findClaims(doc: Doc, attributions: readonly Attribution[], quoteSpeakers: Int32Array): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const bySentence = new Map<number, Attribution[]>();
  for (const a of attributions) {
    const l = bySentence.get(a.sentence) ?? [];
    l.push(a);
    bySentence.set(a.sentence, l);
  }
  // 1. indirect quotes
  for (const a of attributions) {
    if (!a.content) continue;
    const s = doc.sentences[a.sentence]!;
    const [from, to] = tokenRange(doc, a.content.start, a.content.end, s.from, s.to);
    if (to - from < MIN_TOKENS) continue;
    const reasons = reasonsOf(doc, s.language, from, to, false);
    if (!reasons) continue;
    // coordinated reported clauses ("... was the best in the sector and that the pension
    // changes were required ...") are separate statements to check
    let a0 = from;
    for (let k = from + 1; k <= to; k++) {
      const split = k < to && (doc.matcher(s.language).hasMaskAt(doc.tokens, k) & COMPLEMENTIZER_BIT) !== 0 && (doc.tokens.w[k - 1]! === 'and' || doc.tokens.w[k]!.startsWith('وان'));
      if (k < to && !split) continue;
      const endTok = split && doc.tokens.w[k - 1]! === 'and' ? k - 2 : k - 1;
      if (endTok >= a0) {
        const start = doc.tokens.s[a0]!;
        const end = k === to ? a.content.end : tokenEnd(doc, endTok);
        out.push({ start, end, source: a.speaker, reasons: reasonsOf(doc, s.language, a0, endTok + 1, false) ?? reasons });
      }
      a0 = k + 1;
    }
  }
  // 2. direct quotes that state numbers, sentence by sentence
  let ti = 0;
  for (let qi = 0; qi < doc.quotes.length; qi++) {
    const q = doc.quotes[qi]!;
    if (q.isName) continue;
    while (ti < doc.tokens.length && doc.tokens.s[ti]! < q.start) ti++;
    let a = ti;
    let k = ti;
    for (; k <= doc.tokens.length; k++) {
      const past = k >= doc.tokens.length || doc.tokens.s[k]! >= q.end;
      const ends = past || (k > a && doc.gaps[k]! & (GAP_STOP | GAP_QUOTE));
      if (!ends) continue;
      if (k - a >= MIN_TOKENS) {
        const reasons = reasonsOf(doc, q.language, a, k, true);
        if (reasons) out.push({ start: doc.tokens.s[a]!, end: tokenEnd(doc, k - 1), source: quoteSpeakers[qi]!, reasons });
      }
      a = k;
      if (past) break;
    }
    ti = k;
  }
  // 3. the article's own sentences
  let masked = new Uint8Array(64);
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    if (s.dateline || s.from >= s.to) continue;
    const atts = bySentence.get(si) ?? NO_ATTRIBUTIONS;
    if (masked.length < s.to - s.from) masked = new Uint8Array(2 * (s.to - s.from));
    masked.fill(0, 0, s.to - s.from);
    let attributedTo = -1;
    for (const a of atts) {
      if (a.content) maskTokens(doc, s, masked, a.content.start, a.content.end);
      let lo = doc.tokens.s[a.cueFrom]!;
      let hi = doc.tokens.e[a.cueTo - 1]!;
      for (const m of a.subjects) {
        lo = Math.min(lo, m.start);
        hi = Math.max(hi, m.end);
      }
      if (a.addressee) hi = Math.max(hi, a.addressee.end);
      if (a.kind === 'finding') {
        for (const m of a.subjects) maskTokens(doc, s, masked, m.start, m.end);
        if (a.speaker >= 0) attributedTo = a.speaker;
      } else maskTokens(doc, s, masked, lo, hi);
      if (a.kind === 'according' && a.speaker >= 0 && attributedTo < 0) attributedTo = a.speaker;
    }
    for (let k = s.from; k < s.to; k++) if (doc.tokens.q[k]! >= 0 && !doc.quotes[doc.tokens.q[k]!]!.isName) masked[k - s.from] = 1;
    const arabic = s.language === 'ar';
    let a = s.from;
    for (let k = s.from; k <= s.to; k++) {
      let cut = k === s.to || masked[k - s.from] === 1;
      if (!cut && k > a && arabic) {
        const g = doc.gaps[k]!;
        if (g & (GAP_COMMA | GAP_DASH)) cut = true;
        else if ((doc.matcher(s.language).hasMaskAt(doc.tokens, k) & RELATIVE_PRONOUN_BIT) !== 0) cut = true;
      }
      if (!cut) continue;
      // an English fragment hanging off an attribution (", 34, who fled ...") is not a statement
      const fragment = !arabic && a > s.from && masked[a - 1 - s.from] === 1 && (doc.gaps[a]! & GAP_COMMA) !== 0;
      if (k - a >= MIN_TOKENS && !fragment) {
        const reasons = reasonsOf(doc, s.language, a, k, false);
        if (reasons) out.push({ start: doc.tokens.s[a]!, end: tokenEnd(doc, k - 1), source: attributedTo, reasons });
      }
      a = masked[k - s.from] === 1 ? k + 1 : k;
    }
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  const dedup: ClaimDraft[] = [];
  for (const c of out) {
    const prev = dedup[dedup.length - 1];
    if (prev && c.start >= prev.start && c.end <= prev.end) continue;
    dedup.push(c);
  }
  return dedup;
}
