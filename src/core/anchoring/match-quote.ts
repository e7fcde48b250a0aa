import search from 'approx-string-match';
import { measureSimilarity } from './edit-distance';

/**
 * How much each piece of evidence counts when candidates compete. Quote, prefix and suffix
 * are Hypothesis's (`match-quote.ts`: 50 / 20 / 20); position weighs more than Hypothesis's 2
 * because it is measured on a local scale ({@link POSITION_SCALE}), not against the text's
 * length: between two equal quotes with damaged context, the one near the expected place wins.
 */
export const MATCH_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 10 } as const;

/** Distance (code units) from the hint at which the position score halves: `S / (S + d)`. */
export const POSITION_SCALE = 1024;

/** Candidates scored at most; later exact occurrences are ignored (a quote repeated 1,000 times has no single anchor). */
export const MAX_CANDIDATES = 1000;

/** Options of {@link matchQuote}. */
export interface MatchQuoteOptions {
  /** Expected text just before the quote (compared with the text before each candidate). */
  readonly prefix?: string;
  /** Expected text just after the quote. */
  readonly suffix?: string;
  /** Expected start offset; candidates near it score higher. Default: no position preference. */
  readonly hint?: number;
  /** Edit operations allowed in an approximate match; 0 (default) for exact matches only. */
  readonly maxErrors?: number;
  /** Search only matches lying inside `[from, to)` (context is still read outside it). Default: the whole text. */
  readonly from?: number;
  readonly to?: number;
}

/** A candidate found by {@link matchQuote}. Offsets are UTF-16 code units into the searched text, end exclusive. */
export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  /** Weighted score, 0..1 (1: the quote, both contexts and the position all agree). */
  readonly score: number;
  /** Edit distance between the quote and `text.slice(start, end)`; 0 for an exact match. */
  readonly errors: number;
  /** Similarity of the prefix / suffix found to the expected ones, 0..1. */
  readonly prefixScore: number;
  readonly suffixScore: number;
  /** How many candidates (after {@link MAX_CANDIDATES}) competed: 1 means the quote was found once. */
  readonly candidates: number;
  /** The score without position (quote and context only), 0..1. */
  readonly textScore: number;
  /** The best `textScore` of another candidate found that does not overlap this one; 0 when there is none. */
  readonly rivalTextScore: number;
}

/**
 * Finds the best place of `quote` in `text`: exact occurrences first; only when there is none
 * and `maxErrors > 0`, the lowest-error approximate matches (Myers' bit-parallel algorithm from
 * `approx-string-match`, as Hypothesis). Candidates are scored with {@link MATCH_WEIGHTS}.
 * Pure; accepts any candidate it returns — deciding whether a match is good enough to anchor
 * on is the caller's business (see `resolve`).
 *
 * @returns the best candidate, or `null` when the quote is empty or nothing is within `maxErrors`.
 */
export function matchQuote(text: string, quote: string, options: MatchQuoteOptions = {}): QuoteMatch | null {
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  if (quote.length === 0 || to - from < 1) return null;
  const found: { start: number; end: number; errors: number }[] = [];
  // Search the window itself: indexOf on the whole text would run on past `to`.
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let i = window.indexOf(quote); i >= 0; i = window.indexOf(quote, i + 1)) {
    found.push({ start: from + i, end: from + i + quote.length, errors: 0 });
    if (found.length >= MAX_CANDIDATES) break;
  }
  const maxErrors = Math.min(options.maxErrors ?? 0, quote.length - 1);
  if (found.length === 0 && maxErrors > 0 && mayMatch(window, quote, maxErrors)) {
    for (const m of search(window, quote, maxErrors)) {
      found.push({ start: from + m.start, end: from + m.end, errors: m.errors });
      if (found.length >= MAX_CANDIDATES) break;
    }
  }
  const scored = found.map((f) => scoreCandidate(text, quote, f.start, f.end, f.errors, options, found.length));
  let best: Omit<QuoteMatch, 'rivalTextScore'> | null = null;
  for (const c of scored) if (best === null || c.score > best.score) best = c;
  if (best === null) return null;
  const b = best;
  let rivalTextScore = 0;
  const consider = (c: Omit<QuoteMatch, 'rivalTextScore'>): void => {
    if ((c.end <= b.start || c.start >= b.end) && c.textScore > rivalTextScore) rivalTextScore = c.textScore;
  };
  scored.forEach(consider);
  return { ...b, rivalTextScore };
}

/**
 * The best `textScore` of a place other than `match` (not overlapping it) within `[from, to)`
 * of `text` and within `maxErrors` of `quote`; 0 when there is none. The approximate search
 * keeps only its lowest-error matches, so `match` is hidden first to let the next place show.
 */
export function findRival(text: string, quote: string, match: QuoteMatch, options: MatchQuoteOptions = {}): number {
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  if (to - from < 1 || quote.length === 0) return 0;
  const a = Math.max(from, Math.min(to, match.start));
  const b = Math.max(a, Math.min(to, match.end));
  const masked = text.slice(from, a) + '\uffff'.repeat(b - a) + text.slice(b, to);
  const maxErrors = Math.min(options.maxErrors ?? 0, quote.length - 1);
  let rival = 0;
  const found: { start: number; end: number; errors: number }[] = [];
  if (maxErrors > 0) {
    if (mayMatch(masked, quote, maxErrors)) found.push(...search(masked, quote, maxErrors));
  } else {
    for (let i = masked.indexOf(quote); i >= 0; i = masked.indexOf(quote, i + 1)) {
      found.push({ start: i, end: i + quote.length, errors: 0 });
      if (found.length >= MAX_CANDIDATES) break;
    }
  }
  for (const m of found) {
    const c = scoreCandidate(text, quote, from + m.start, from + m.end, m.errors, options, 0);
    if ((c.end <= match.start || c.start >= match.end) && c.textScore > rival) rival = c.textScore;
  }
  return rival;
}

function scoreCandidate(
  text: string,
  quote: string,
  start: number,
  end: number,
  errors: number,
  options: MatchQuoteOptions,
  candidates: number,
): Omit<QuoteMatch, 'rivalTextScore'> {
  const prefix = options.prefix ?? '';
  const suffix = options.suffix ?? '';
  const prefixScore = measureSimilarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const suffixScore = measureSimilarity(suffix, text.slice(end, end + suffix.length));
  const quoteScore = 1 - errors / quote.length;
  const positionScore =
    options.hint === undefined ? 1 : POSITION_SCALE / (POSITION_SCALE + Math.abs(start - options.hint));
  const w = MATCH_WEIGHTS;
  const evidence = w.quote * quoteScore + w.prefix * prefixScore + w.suffix * suffixScore;
  const score = (evidence + w.position * positionScore) / (w.quote + w.prefix + w.suffix + w.position);
  const textScore = evidence / (w.quote + w.prefix + w.suffix);
  return { start, end, score, errors, prefixScore, suffixScore, candidates, textScore };
}

const Q = 3; // q-gram length: Arabic has ~40 letters, so three-letter grams are selective
const seen = new Uint8Array(1 << 16); // q-gram hashes of the quote, cleared after each use

function hashGram(s: string, i: number): number {
  return (s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & 0xffff;
}

/**
 * A lossless filter before the approximate search (the q-gram lemma): a stretch within
 * `maxErrors` edits of `quote` keeps at least `m + 1 - Q - maxErrors * Q` of the quote's
 * q-grams, and is at most `m + maxErrors` long. `false` when no stretch of `text` that long
 * holds that many positions whose q-gram (hashed; collisions only let more through) is one of
 * the quote's: then there is no match. Linear in the text.
 */
function mayMatch(text: string, quote: string, maxErrors: number): boolean {
  const need = quote.length + 1 - Q - maxErrors * Q;
  if (need <= 0) return true;
  const span = quote.length + maxErrors - Q + 1; // q-gram positions in a longest match
  const set: number[] = [];
  for (let i = 0; i + Q <= quote.length; i++) {
    const h = hashGram(quote, i);
    if (seen[h] === 0) {
      seen[h] = 1;
      set.push(h);
    }
  }
  let ok = false;
  const n = text.length - Q + 1;
  if (n > 0) {
    const hit = new Uint8Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      hit[i] = seen[hashGram(text, i)]!;
      count += hit[i]!;
      if (i >= span) count -= hit[i - span]!;
      if (count >= need) {
        ok = true;
        break;
      }
    }
  }
  for (const h of set) seen[h] = 0;
  return ok;
}
