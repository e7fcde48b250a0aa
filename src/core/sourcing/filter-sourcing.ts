/**
 * Narrows a sourcing picture to what matches a filter (the Sources view's title-bar filter).
 * Pure; the counts of the groups are recomputed, the article-wide figures (`share`,
 * `sourcesByIdentity`) are left as they were: they describe the article, not the view.
 */
import type { AnnotationStatus } from '../sidecar/types';
import { normalizeKey } from '../text/arabic-normalize';
import type { SourcingItem, SourcingLayer, SourcingOrphan, SourcingSource, SourcingSummary } from './types';

/** Every set field must match; an empty filter keeps everything. */
export interface SourcingFilter {
  /**
   * Words to find in an entry's text, label, role, reason or note; case-insensitive and
   * insensitive to Arabic diacritics, tatweel and letter variants (as the engine matches).
   */
  readonly text?: string;
  /** An exact tag (annotations only: findings have none). */
  readonly tag?: string;
  /** An analyst's status (annotations only: findings have none). */
  readonly status?: AnnotationStatus;
  readonly layer?: SourcingLayer;
}

/** `true` when `filter` sets nothing (blank text counts as unset). */
export function isEmptyFilter(filter: SourcingFilter): boolean {
  return (filter.text === undefined || filter.text.trim() === '') && filter.tag === undefined && filter.status === undefined && filter.layer === undefined;
}

type Entry = Pick<SourcingItem, 'status' | 'tags' | 'note'> & { readonly words: readonly (string | undefined)[] };

function matcher(filter: SourcingFilter): (entry: Entry) => boolean {
  const needle = filter.text === undefined ? '' : normalizeKey(filter.text.trim());
  return (entry) =>
    (needle === '' || entry.words.some((w) => w !== undefined && normalizeKey(w).includes(needle))) &&
    (filter.tag === undefined || entry.tags.includes(filter.tag)) &&
    (filter.status === undefined || entry.status === filter.status);
}

const itemEntry = (i: SourcingItem): Entry => ({ ...i, words: [i.text, i.note] });
const sourceEntry = (s: SourcingSource): Entry => ({ ...s, words: [s.label, s.words, s.role, s.reason, s.note] });
const orphanEntry = (o: SourcingOrphan): Entry => ({ ...o, words: [o.exact, o.note] });

/**
 * The part of `summary` that matches `filter`:
 * - a quote or claim is kept when it is in the filter's layer and matches, or when it is in the
 *   layer and its source matches (filtering by a source's name shows what rests on it);
 * - a source is kept when one of its quotes or claims is kept, or when it is in the layer and
 *   matches itself;
 * - an orphan (always an annotation) is kept when the layer allows annotations and it matches.
 */
export function filterSourcing(summary: SourcingSummary, filter: SourcingFilter): SourcingSummary {
  if (isEmptyFilter(filter)) return summary;
  const matches = matcher(filter);
  const inLayer = (layer: SourcingLayer): boolean => filter.layer === undefined || filter.layer === layer;
  const keepItems = (items: readonly SourcingItem[], sourceMatches: boolean): SourcingItem[] =>
    items.filter((i) => inLayer(i.layer) && (sourceMatches || matches(itemEntry(i))));

  const groups = summary.groups.map((group) => {
    const sources: SourcingSource[] = [];
    for (const source of group.sources) {
      const itself = inLayer(source.layer) && matches(sourceEntry(source));
      const quotes = keepItems(source.quotes, itself);
      const claims = keepItems(source.claims, itself);
      if (itself || quotes.length + claims.length > 0) sources.push({ ...source, quotes, claims });
    }
    return {
      identity: group.identity,
      sources,
      quoteCount: sources.reduce((n, s) => n + s.quotes.length, 0),
      claimCount: sources.reduce((n, s) => n + s.claims.length, 0),
    };
  });
  return {
    ...summary,
    groups,
    unsourced: { quotes: keepItems(summary.unsourced.quotes, false), claims: keepItems(summary.unsourced.claims, false) },
    orphans: inLayer('annotation') ? summary.orphans.filter((o) => matches(orphanEntry(o))) : [],
  };
}
