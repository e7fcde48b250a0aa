/**
 * The sourcing picture of an article (who the information comes from, what rests on each
 * source, how much of it is anonymous) from its analysis and its sidecar's annotations, and a
 * filter over it. Read by the Sources view and the status bar.
 */
export { summarizeSourcing, type SourcingInput } from './summarize-sourcing';
export { filterSourcing, isEmptyFilter, type SourcingFilter } from './filter-sourcing';
export {
  IDENTITY_ORDER,
  type PlacedAnnotation,
  type QuoteShare,
  type SourcingGroup,
  type SourcingItem,
  type SourcingLayer,
  type SourcingOrphan,
  type SourcingSource,
  type SourcingSummary,
} from './types';
