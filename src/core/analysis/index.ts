/**
 * The analysis engine's public API: {@link analyze} an article; {@link parseLexicon} a
 * workspace's own lexicon file to pass in {@link AnalyzeOptions}.
 */
export { analyze, builtInLexicons, type AnalyzeOptions } from './analyze';
export { analyzeIncremental, type ChangedRange, type IncrementalResult } from './analyze-incremental';
export {
  parseLexicon,
  LexiconError,
  LIST_CATEGORIES,
  CLAIM_REASONS,
  LEXICON_LANGUAGES,
  type Lexicon,
  type LexiconEntry,
  type Gender,
  type ListCategory,
  type ClaimReason,
} from './lexicon';
export type { Analysis, Source, Quote, Claim, Span, Identity, Language, Paragraph } from './types';
