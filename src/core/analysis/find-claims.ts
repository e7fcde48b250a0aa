/**
 * Claims: the check-worthy statements of fact of an article, as a ranked selection.
 *
 * Candidates are clauses from three places: the content of an indirect quote (attributed to
 * its speaker; coordinated "... and that ..." clauses apart), the sentences of a direct quote
 * (attributed to its speaker), and the article's own sentences outside quotes and attributions
 * (attributed to an "according to" source or a finding's subject in the same sentence, else to
 * nobody; in Arabic cut at commas, dashes and relative pronouns, since Arabic news runs many
 * clauses into one sentence; a clause after a reported content in the same Arabic sentence
 * stays its speaker's). Questions and the frame between a cue and its content ("said on
 * March 4 that") are never candidates.
 *
 * Each candidate gets a check-worthiness score from what a fact-checker can verify (the
 * features ClaimBuster-style systems rank by): numbers, dates, records and firsts, comparisons,
 * causes, events, named entities, the lede's position; and loses for what they cannot: modal,
 * opinion and prediction markers (the `hedges` lexicon), headline copies, the first person,
 * fragments. A candidate needs one verifiable cue and a score of {@link MIN_SCORE}; the article
 * keeps its best {@link claimBudget} ones, in text order. Linear in the text but for one sort
 * of the candidates (fewer than the clauses). The rules, for lexicon authors:
 * `lexicons/README.md`, "Claims".
 */
import { GAP_COMMA, GAP_DASH, GAP_STOP, GAP_QUOTE, fitsAt, tokenEnd, type Doc, type Sentence } from './doc';
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

/** A candidate clause with its score, before the selection. */
interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly source: number;
  /** The feature word ({@link featuresOf}); its reasons are spelled out only for the kept ones. */
  readonly flags: number;
  readonly score: number;
}

const REASON_ORDER: readonly ClaimReason[] = ['quantity', 'date', 'record', 'comparison', 'causal', 'event'];
const REASON_BITS = new Map<string, number>(REASON_ORDER.map((r, i) => [r, 1 << i]));
const REASON_OR_HEDGE_BITS = CLAIM_BITS | categoryBit('hedges');
const COMPLEMENTIZER_BIT = categoryBit('complementizers');
const NAMED_BITS = categoryBit('roles') | categoryBit('outlets');
const RELATIVE_PRONOUN_BIT = categoryBit('relativePronouns');
const QUANTITY_BIT = 1;
const DATE_BIT = 2;
const RECORD_BIT = 4;
const EVENT_BIT = 32;
const FOUND = (1 << REASON_ORDER.length) - 1;

// Feature weights: what makes a statement checkable, in the order a fact-checker trusts it.
// A figure is the most checkable thing a sentence can state; a reason word of the lexicon
// (a unit, a date, a superlative, a comparative, a causal connective, an event) comes next;
// a weak one ("Monday", "dozens") or a past-tense verb only supports. Names make a statement
// about someone identifiable. Hedged and predictive clauses are about what has not happened.
const W_FIGURE = 3; // a number in digits that is not a year
const W_YEAR = 1.5;
const W_REASON: readonly number[] = [2, 1.5, 2, 1.5, 1.5, 1.5]; // by REASON_ORDER
const W_WEAK = 0.75; // a weak reason word, or an English past-tense verb ("-ed")
const W_ENTITY = 0.5; // a name (English: a capitalised run not opening the sentence; Arabic: a title or outlet) ...
const MAX_ENTITIES = 4; // ... counted up to this many
const W_HEDGE = -2.5; // a modal, opinion or prediction marker
const W_HEDGE_FIGURE = -0.5; // the same, when the clause states a figure ("would cost $1.1 trillion")
const W_HEADLINE = -3; // the headline: the body says it again
const W_DIRECT = -0.5; // a direct quote: more often voice than fact
const W_FIRST_PERSON = -1; // "we", "I", «نحن»: a speaker's own stance, unless it states a figure
const W_SHORT = -1; // fewer than SHORT_TOKENS tokens: rarely a whole statement
const W_LEDE = 0.5; // in the first LEDE_SHARE of the text: the inverted pyramid's news
const SHORT_TOKENS = 6;
const LEDE_SHARE = 0.2;

/**
 * The score a candidate needs: one weak cue (it then ranks below every stronger candidate);
 * a hedged, headline or first-person clause with no more than that falls short.
 */
export const MIN_SCORE = 0.75;
/** Characters of text per claim in the budget (the labelled corpora: 1 claim per 250-450 characters, fixtures 1 per 200). */
export const CHARS_PER_CLAIM = 150;
/** The budget's floor and ceiling: "at most about 8" an article, and room for the short-article's few. */
export const MIN_BUDGET = 4;
export const MAX_BUDGET = 12;

/** How many claims an article of `chars` characters keeps at most. */
export function claimBudget(chars: number): number {
  return Math.max(MIN_BUDGET, Math.min(MAX_BUDGET, Math.ceil(chars / CHARS_PER_CLAIM)));
}

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

/**
 * An English superlative after a determiner or possessive ("the deadliest", "its busiest"):
 * a record, whatever the adjective. Without the determiner "-est" is too often a noun or verb
 * ("interest", "protest").
 */
function isSuperlative(w: string, prev: string | undefined): boolean {
  if (w.length < 6 || !w.endsWith('est') || prev === undefined) return false;
  return prev === 'the' || prev === 'its' || prev === 'their' || prev === 'his' || prev === 'her' || prev === 'our' || prev === 's';
}

/** An English past-tense or participle form ("endorsed", "injured"): events are told in it. */
function isPastTense(w: string): boolean {
  return w.length >= 5 && w.charCodeAt(w.length - 1) === 0x64 && w.charCodeAt(w.length - 2) === 0x65;
}

// Bits of the feature word computed by featuresOf (reason bits are 0-5 for strong matches).
const WEAK_SHIFT = 8; // weak reason bits, shifted
const HEDGED = 1 << 16;
const FIGURE = 1 << 17;
const YEAR = 1 << 18;
const PAST = 1 << 19;
const FIRST_PERSON = 1 << 20;

/** What phrase `p` adds to the feature word. */
function flagsOf(p: Phrase): number {
  if (p.reason !== undefined) {
    const f = REASON_BITS.get(p.reason) ?? 0;
    return p.kind === 'weak' ? f << WEAK_SHIFT : f;
  }
  return p.category === 'hedges' ? HEDGED : 0;
}

/** The reason lists by found bits, built once (each claim gets its own copy). */
const REASONS_BY_BITS: readonly (readonly string[])[] = Array.from({ length: FOUND + 1 }, (_, bits) => REASON_ORDER.filter((_r, i) => (bits & (1 << i)) !== 0));

/** Reused result of {@link featuresOf}: the feature word and the number of names. */
interface Features {
  flags: number;
  entities: number;
}

/**
 * The features of tokens `[from, to)` of a sentence starting at token `first`. No closures
 * and no allocation: it runs on every clause of the text.
 */
function featuresOf(doc: Doc, lang: Language, from: number, to: number, first: number, out: Features): void {
  let flags = 0;
  let entities = 0;
  const m = doc.matcher(lang);
  const toks = doc.tokens;
  const latin = lang !== 'ar';
  for (let k = from; k < to; k++) {
    const w = toks.w[k]!;
    const mask = m.maskAt(toks, k);
    if (isDigitStart(w)) flags |= isYear(w) ? YEAR | DATE_BIT : FIGURE | QUANTITY_BIT;
    else if (latin) {
      // a name: a capitalised run that does not open the sentence or follow a quote mark, and
      // is not a cue word of its own ("Wednesday", "March" are dates)
      if (toks.cap[k] === 1 && k > first && (toks.cap[k - 1] !== 1 || (doc.gaps[k]! & GAP_COMMA) !== 0) && (doc.gaps[k]! & (GAP_STOP | GAP_QUOTE)) === 0 && w !== 'i' && (mask & CLAIM_BITS) === 0) entities++;
      if (isPastTense(w)) flags |= PAST;
      if (w === 'we' || w === 'i' || w === 'our' || w === 'my' || w === 'us' || w === 'me') flags |= FIRST_PERSON;
      if (isSuperlative(w, toks.w[k - 1])) flags |= RECORD_BIT;
    }
    if (!latin && (w === 'انا' || w === 'نحن')) flags |= FIRST_PERSON;
    // Arabic has no capitals: a title or an outlet names someone identifiable
    if (!latin && (mask & NAMED_BITS) !== 0) entities++;
    if ((mask & REASON_OR_HEDGE_BITS) === 0) continue;
    // Single-word phrases always match where they start: read them without building matches.
    const cands = m.candidatesAt(toks, k);
    let singles = true;
    for (let c = 0; c < cands.length && singles; c++) if (cands[c]!.phrase.words.length !== 1) singles = false;
    if (singles) {
      for (let c = 0; c < cands.length; c++) flags |= flagsOf(cands[c]!.phrase);
      continue;
    }
    // the phrases matching at k and ending in the clause, read without building the matches
    for (let c = 0; c < cands.length; c++) {
      const p = cands[c]!.phrase;
      if (k + p.words.length <= to && fitsAt(doc, p, k)) flags |= flagsOf(p);
    }
  }
  out.flags = flags;
  out.entities = entities;
}

/** The score of a feature word (see the weights above); NaN when nothing in it is checkable. */
function scoreOf(f: Features, tokens: number): number {
  const strong = f.flags & FOUND;
  const weak = (f.flags >> WEAK_SHIFT) & FOUND & ~strong;
  if (strong === 0 && weak === 0 && (f.flags & PAST) === 0) return NaN;
  let s = 0;
  if (f.flags & FIGURE) s += W_FIGURE;
  if (f.flags & YEAR) s += W_YEAR;
  for (let i = 0; i < REASON_ORDER.length; i++) {
    const bit = 1 << i;
    // a figure already counts as the quantity, a year as the date
    if ((i === 0 && f.flags & FIGURE) || (i === 1 && f.flags & YEAR)) continue;
    if (strong & bit) s += W_REASON[i]!;
    else if (weak & bit) s += W_WEAK;
  }
  if ((f.flags & PAST) !== 0 && (strong & EVENT_BIT) === 0 && (weak & EVENT_BIT) === 0) s += W_WEAK;
  s += W_ENTITY * Math.min(f.entities, MAX_ENTITIES);
  if (f.flags & HEDGED) s += f.flags & FIGURE ? W_HEDGE_FIGURE : W_HEDGE;
  if ((f.flags & (FIRST_PERSON | FIGURE)) === FIRST_PERSON) s += W_FIRST_PERSON;
  if (tokens < SHORT_TOKENS) s += W_SHORT;
  return s;
}

function reasonsOfFlags(flags: number): string[] {
  let bits = (flags | (flags >> WEAK_SHIFT)) & FOUND;
  if (flags & PAST) bits |= EVENT_BIT;
  return REASONS_BY_BITS[bits]!.slice();
}

function tokenRange(doc: Doc, start: number, end: number, lo: number, hi: number): [number, number] {
  let a = lo;
  while (a < hi && doc.tokens.s[a]! < start) a++;
  let b = a;
  while (b < hi && doc.tokens.e[b]! <= end) b++;
  return [a, b];
}

const MIN_TOKENS = 3; // a claim states something: a subject and a predicate at least
const HEADLINE_TOKENS = 20; // a one-sentence opening paragraph this short is a headline
const HEADLINE_PARAGRAPHS = 3; // headline, kicker, byline at most

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

/** Whether sentence `s` ends with a question mark (behind closing quotes and spaces). */
function isQuestion(doc: Doc, s: Sentence): boolean {
  for (let i = s.end - 1; i >= s.start; i--) {
    const c = doc.text.charCodeAt(i);
    if (c === 0x3f || c === 0x061f) return true;
    if (c !== 0x20 && c !== 0x22 && c !== 0x27 && c !== 0xbb && !(c >= 0x2018 && c <= 0x201d) && c !== 0x0a && c !== 0x0d) return false;
  }
  return false;
}

/**
 * The headline paragraphs: the leading paragraphs (up to {@link HEADLINE_PARAGRAPHS}) that are
 * one short sentence each, when body text follows them. Returns the first body paragraph.
 */
function firstBodyParagraph(doc: Doc): number {
  const ss = doc.sentences;
  let si = 0;
  let p = 0;
  while (p < HEADLINE_PARAGRAPHS && si < ss.length) {
    const s = ss[si]!;
    const next = ss[si + 1];
    const single = s.paragraph === p && (next === undefined || next.paragraph !== p);
    if (!single || s.to - s.from > HEADLINE_TOKENS || next === undefined) break;
    si++;
    p = next.paragraph;
  }
  return p;
}

/**
 * The speaker whose reported content, in the same sentence, ends last before offset `start`
 * (-1 for none): Arabic reported speech runs on past its first clause («..., حيث تم ...»),
 * so the clauses after it are still the speaker's.
 */
function continuedSpeaker(atts: readonly Attribution[], start: number): number {
  let best = -1;
  let end = -1;
  for (const a of atts) {
    if (a.content && a.speaker >= 0 && a.content.end <= start && a.content.end > end) {
      best = a.speaker;
      end = a.content.end;
    }
  }
  return best;
}

/** Whether token `k` opens a coordinated reported clause: "and that", «وأن». */
function isCoordinatedClause(doc: Doc, lang: Language, k: number): boolean {
  return (doc.matcher(lang).hasMaskAt(doc.tokens, k) & COMPLEMENTIZER_BIT) !== 0 && (doc.tokens.w[k - 1]! === 'and' || doc.tokens.w[k]!.startsWith('وان'));
}

/** Finds the claims; `quoteSpeakers` as from link-speakers. */
export function findClaims(doc: Doc, attributions: readonly Attribution[], quoteSpeakers: Int32Array): ClaimDraft[] {
  const out: Candidate[] = [];
  const bodyFrom = firstBodyParagraph(doc);
  const ledeEnd = doc.text.length * LEDE_SHARE;
  const f: Features = { flags: 0, entities: 0 };
  const questions = new Uint8Array(doc.sentences.length);
  for (let si = 0; si < doc.sentences.length; si++) questions[si] = isQuestion(doc, doc.sentences[si]!) ? 1 : 0;
  // by sentence index (an array, not a Map: a 10 MB article has some 30,000 sentences)
  const bySentence: (Attribution[] | undefined)[] = new Array<Attribution[] | undefined>(doc.sentences.length);
  for (const a of attributions) {
    const l = bySentence[a.sentence];
    if (l) l.push(a);
    else bySentence[a.sentence] = [a];
  }
  /**
   * Scores tokens `[from, to)` of sentence `s` and keeps them when checkable; `inherited` is
   * the score of the statement they are a coordinated part of (NaN for none).
   */
  const consider = (s: Sentence, from: number, to: number, start: number, end: number, source: number, bonus: number, inherited = NaN): void => {
    if (to - from < MIN_TOKENS) return;
    featuresOf(doc, s.language, from, to, s.from, f);
    let score = scoreOf(f, to - from);
    // a coordinated clause of a checkable statement is checked with it ("... and that the
    // pension changes were required ..."), one step below it
    if (!Number.isNaN(inherited) && !(score >= inherited - 1)) score = inherited - 1;
    if (Number.isNaN(score)) return;
    score += bonus;
    if (s.paragraph < bodyFrom) score += W_HEADLINE;
    if (start < ledeEnd) score += W_LEDE;
    if (score < MIN_SCORE) return;
    out.push({ start, end, source, flags: f.flags, score });
  };

  // 1. indirect quotes; coordinated reported clauses ("... was the best in the sector and that
  // the pension changes were required ...") are separate statements to check
  for (const a of attributions) {
    if (!a.content || questions[a.sentence] === 1) continue;
    const s = doc.sentences[a.sentence]!;
    const [from, to] = tokenRange(doc, a.content.start, a.content.end, s.from, s.to);
    if (to - from < MIN_TOKENS) continue;
    let whole = NaN; // the whole statement's score, computed only when it has coordinated parts
    for (let k = from + 1; k < to && Number.isNaN(whole); k++) {
      if (isCoordinatedClause(doc, s.language, k)) {
        featuresOf(doc, s.language, from, to, s.from, f);
        whole = scoreOf(f, to - from);
        if (Number.isNaN(whole)) break;
      }
    }
    let a0 = from;
    for (let k = from + 1; k <= to; k++) {
      const split = k < to && isCoordinatedClause(doc, s.language, k);
      if (k < to && !split) continue;
      const endTok = split && doc.tokens.w[k - 1]! === 'and' ? k - 2 : k - 1;
      if (endTok >= a0) consider(s, a0, endTok + 1, doc.tokens.s[a0]!, k === to ? a.content.end : tokenEnd(doc, endTok), a.speaker, 0, a0 === from && k === to ? NaN : whole);
      a0 = k + 1;
    }
  }
  // 2. direct quotes, sentence by sentence
  {
    let ti = 0;
    let si = 0;
    const starts = doc.tokens.s;
    const n = doc.tokens.length;
    const gaps = doc.gaps;
    for (let qi = 0; qi < doc.quotes.length; qi++) {
      const q = doc.quotes[qi]!;
      if (q.isName) continue;
      while (ti < n && starts[ti]! < q.start) ti++;
      let a = ti;
      let k = ti;
      for (; k <= n; k++) {
        const past = k >= n || starts[k]! >= q.end;
        const ends = past || (k > a && gaps[k]! & (GAP_STOP | GAP_QUOTE));
        if (!ends) continue;
        if (k - a >= MIN_TOKENS) {
          while (si + 1 < doc.sentences.length && doc.sentences[si]!.to <= a) si++;
          const s = doc.sentences[si];
          const end = tokenEnd(doc, k - 1);
          const question = doc.text.charCodeAt(end) === 0x3f || doc.text.charCodeAt(end) === 0x061f;
          if (s && !question) consider({ ...s, language: q.language }, a, k, doc.tokens.s[a]!, end, quoteSpeakers[qi]!, W_DIRECT);
        }
        a = k;
        if (past) break;
      }
      ti = k;
    }
  }
  // 3. the article's own sentences
  let masked = new Uint8Array(64);
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    if (s.dateline || s.from >= s.to || questions[si] === 1) continue;
    const atts = bySentence[si] ?? NO_ATTRIBUTIONS;
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
    const inQuote = doc.tokens.q;
    for (let k = s.from; k < s.to; k++) {
      const q = inQuote[k]!;
      if (q >= 0 && !doc.quotes[q]!.isName) masked[k - s.from] = 1;
    }
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
      // the frame between a cue and its content ("said on Wednesday that ...") states nothing
      const frame = k - a >= MIN_TOKENS && (doc.matcher(s.language).hasMaskAt(doc.tokens, k - 1) & COMPLEMENTIZER_BIT) !== 0;
      if (!fragment && !frame && k - a >= MIN_TOKENS) {
        const start = doc.tokens.s[a]!;
        consider(s, a, k, start, tokenEnd(doc, k - 1), attributedTo >= 0 || !arabic ? attributedTo : continuedSpeaker(atts, start), 0);
      }
      a = masked[k - s.from] === 1 ? k + 1 : k;
    }
  }
  return select(out, claimBudget(doc.text.length));
}

/** Drops candidates inside an earlier one, keeps the `budget` best, returns them in text order. */
function select(cands: Candidate[], budget: number): ClaimDraft[] {
  cands.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Candidate[] = [];
  for (const c of cands) {
    const prev = kept[kept.length - 1];
    if (prev && c.start >= prev.start && c.end <= prev.end) continue;
    kept.push(c);
  }
  // The `budget` best by score, the earlier first on a tie: a bounded insertion, not a sort of
  // every candidate (a 10 MB article has some 100,000 of them for at most 12 claims).
  const best: number[] = [];
  const better = (i: number, j: number): boolean => kept[i]!.score > kept[j]!.score || (kept[i]!.score === kept[j]!.score && i < j);
  for (let i = 0; i < kept.length && budget > 0; i++) {
    if (best.length === budget && !better(i, best[budget - 1]!)) continue;
    let p = best.length === budget ? budget - 1 : best.length;
    while (p > 0 && better(i, best[p - 1]!)) {
      best[p] = best[p - 1]!;
      p--;
    }
    best[p] = i;
  }
  best.sort((x, y) => x - y);
  return best.map((i) => {
    const c = kept[i]!;
    return { start: c.start, end: c.end, source: c.source, reasons: reasonsOfFlags(c.flags) };
  });
}
