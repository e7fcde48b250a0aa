/**
 * Words and numbers the human-readable formats (Markdown, HTML) share, so both say the same
 * thing the same way.
 */
import type { Identity, Language } from '../analysis/types';
import type { ArticleReport, ReportItem, SourceSummary } from './report-types';

/** `0.727` -> `73%`; whole percent, rounded half up. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const LANGUAGE_NAMES: Record<Language, string> = { ar: 'Arabic', en: 'English', fr: 'French', mixed: 'mixed languages', und: 'undetermined language' };

/** `Arabic (ar)`. */
export function languageName(language: Language): string {
  return language === 'mixed' || language === 'und' ? LANGUAGE_NAMES[language] : `${LANGUAGE_NAMES[language]} (${language})`;
}

/** `1 quote`, `3 quotes`. */
export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The source that gave the most quoted words, when anything was quoted from a known source. */
export function keySource(article: ArticleReport): SourceSummary | null {
  const top = article.sources[0];
  return top && top.quotedWords > 0 ? top : null;
}

/**
 * The article's sourcing in one sentence, for the top of its section: e.g. `8 of 11 quotes
 * (72% of quoted words) come from one anonymous source: “…”.` `null` when there is no quote.
 */
export function headline(article: ArticleReport): string | null {
  const parts = headlineParts(article);
  return parts && (parts.label === null ? parts.before : `${parts.before}“${parts.label}”${parts.after}`);
}

/**
 * {@link headline} in parts, so HTML can isolate the source's label (`<bdi>`): an Arabic label
 * inside an English sentence must not reorder the sentence around it.
 */
export function headlineParts(article: ArticleReport): { before: string; label: string | null; after: string } | null {
  const quotes = article.quotes.length;
  if (quotes === 0) return null;
  const top = keySource(article);
  if (!top) return { before: `${plural(quotes, 'quote')}, none attributed to a source.`, label: null, after: '' };
  const who = top.identity === 'named' ? 'a named source' : `one ${top.identity} source`;
  const verb = top.quotes === 1 ? 'comes' : 'come';
  return { before: `${top.quotes} of ${plural(quotes, 'quote')} (${percent(top.share)} of quoted words) ${verb} from ${who}: `, label: top.label, after: '.' };
}

/** `named`, `vague`, `anonymous`, for a table cell. */
export function identityName(identity: Identity | undefined): string {
  return identity ?? 'unknown';
}

/** What a report says about an item's place in the text: `orphaned` etc., or `''` when anchored. */
export function anchorNote(item: ReportItem): string {
  switch (item.anchor) {
    case 'anchored':
      return '';
    case 'moved':
      return 'moved';
    case 'fuzzy':
      return 'found approximately';
    case 'orphaned':
      return 'ORPHANED: its words are no longer in the article';
  }
}

/** The speaker / source of a quote or claim for display: label and identity, or the fallback. */
export function attribution(item: ReportItem, none: string): string {
  if (item.sourceLabel === undefined) {
    const ref = item.kind === 'quote' ? item.speaker : item.source;
    return ref === undefined ? none : `${ref} (not found)`;
  }
  return `${item.sourceLabel} (${identityName(item.sourceIdentity)})`;
}
