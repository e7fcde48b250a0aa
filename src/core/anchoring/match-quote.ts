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
  if (found.length === 0 && maxErrors > 0) {
    for (const m of search(window, quote, maxErrors)) {
      found.push({ start: from + m.start, end: from + m.end, errors: m.errors });
      if (found.length >= MAX_CANDIDATES) break;
    }
  }
  let best: QuoteMatch | null = null;
  for (const f of found) {
    const c = scoreCandidate(text, quote, f.start, f.end, f.errors, options, found.length);
    if (best === null || c.score > best.score) best = c;
  }
  return best;
}

function scoreCandidate(
  text: string,
  quote: string,
  start: number,
  end: number,
  errors: number,
  options: MatchQuoteOptions,
  candidates: number,
): QuoteMatch {
  const prefix = options.prefix ?? '';
  const suffix = options.suffix ?? '';
  const prefixScore = measureSimilarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
  const suffixScore = measureSimilarity(suffix, text.slice(end, end + suffix.length));
  const quoteScore = 1 - errors / quote.length;
  const positionScore =
    options.hint === undefined ? 1 : POSITION_SCALE / (POSITION_SCALE + Math.abs(start - options.hint));
  const w = MATCH_WEIGHTS;
  const score =
    (w.quote * quoteScore + w.prefix * prefixScore + w.suffix * suffixScore + w.position * positionScore) /
    (w.quote + w.prefix + w.suffix + w.position);
  return { start, end, score, errors, prefixScore, suffixScore, candidates };
}
