/**
 * Anchoring: describe a range as a quote with context (`describe`), find it again after the
 * text changed (`resolve`, `resolveAll`, built on `matchQuote`), and keep ranges in place
 * through editor changes (`applyEdits`).
 */
export type { TextTarget, Resolution, AnchorHow, TextChange } from './types';
export { describe, CONTEXT } from './describe-quote';
export { matchQuote, findRival, MATCH_WEIGHTS, POSITION_SCALE, MAX_CANDIDATES } from './match-quote';
export type { MatchQuoteOptions, QuoteMatch } from './match-quote';
export {
  resolve,
  resolveAll,
  countAllowedErrors,
  FUZZY_ERROR_RATE,
  MIN_FUZZY_LENGTH,
  LONE_QUOTE_LENGTH,
  CONTEXT_AGREEMENT,
  WINDOW_RADIUS,
  SAME_PLACE,
  WHOLE_TEXT_SCANS,
  FUZZY_NEAR,
  AMBIGUITY_MARGIN,
  SMALL_TEXT,
} from './resolve';
export type { ResolveOptions } from './resolve';
export { applyEdits } from './apply-edits';
export type { ApplyEditsOptions } from './apply-edits';
export { normalizeQuote } from './normal-span';
export { measureEditDistance, measureSimilarity } from './edit-distance';
