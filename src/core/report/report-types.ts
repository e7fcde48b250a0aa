/**
 * The report model: what every format renders. Built by {@link buildArticleReport} and
 * {@link buildWorkspaceReport} (report-model.ts) from an article's text and its sidecar.
 * Offsets are UTF-16 code units into the article text, end exclusive.
 */
import type { Identity, Language } from '../analysis/types';
import type { AnnotationKind, AnnotationStatus, Reply } from '../sidecar/types';
import type { AnchorStatus } from '../sidecar/resolve-sidecar';

/** Where an item comes from: the analyst's sidecar, or the engine (only with `includeFindings`). */
export type ItemOrigin = 'annotation' | 'finding';

/** One annotation (or automatic finding) as the report shows it. */
export interface ReportItem {
  /** The annotation's id; findings get `finding-<engine id>` (`finding-q3`). */
  readonly id: string;
  readonly kind: AnnotationKind;
  readonly origin: ItemOrigin;
  /** How the annotation was found in the article as it is now; `anchored` for findings. */
  readonly anchor: AnchorStatus;
  /** Current range; `null` for an orphan. */
  readonly start: number | null;
  readonly end: number | null;
  /** The annotated words: the current text at the range, or the stored `exact` of an orphan. */
  readonly text: string;
  /** The stored W3C TextQuoteSelector context (findings: computed). */
  readonly prefix: string;
  readonly suffix: string;
  readonly status: AnnotationStatus;
  /** Sources. */
  readonly identity?: Identity;
  readonly role?: string;
  readonly reason?: string;
  /** Quotes: the speaker's item id; claims: the source's item id. */
  readonly speaker?: string;
  readonly source?: string;
  /** The speaker's or source's display label, when that source is known. */
  readonly sourceLabel?: string;
  /** The speaker's or source's identity, when known. */
  readonly sourceIdentity?: Identity;
  readonly direct?: boolean;
  readonly note?: string;
  readonly replies: readonly Reply[];
  readonly tags: readonly string[];
  readonly author?: string;
  readonly created?: string;
  readonly modified?: string;
  /** Quotes: the number of words quoted ({@link countWords}). 0 for other kinds. */
  readonly words: number;
}

/** One source and what it contributed to the article. */
export interface SourceSummary {
  /** The source item's id. */
  readonly id: string;
  readonly label: string;
  readonly identity: Identity;
  readonly role?: string;
  readonly origin: ItemOrigin;
  /** Quotes whose speaker this is. */
  readonly quotes: number;
  readonly quotedWords: number;
  /** `quotedWords` / all quoted words of the article; 0 when nothing is quoted. */
  readonly share: number;
  /** Claims resting on this source. */
  readonly claims: number;
}

/** Quoted words by who said them. */
export interface QuoteMix {
  readonly named: number;
  readonly vague: number;
  readonly anonymous: number;
  /** Quotes without a speaker, or whose speaker is not a known source. */
  readonly unattributed: number;
  readonly total: number;
}

/** A paragraph's range and direction, for right-to-left rendering. */
export interface ReportParagraph {
  readonly start: number;
  readonly end: number;
  readonly language: Language;
}

/** One article's report. */
export interface ArticleReport {
  /** The article's path as the caller names it (relative to the workspace, `/` separators). */
  readonly path: string;
  readonly title: string;
  readonly language: Language;
  readonly text: string;
  readonly paragraphs: readonly ReportParagraph[];
  /** Every item, annotations first in sidecar order, then findings in text order. */
  readonly items: readonly ReportItem[];
  readonly sources: readonly SourceSummary[];
  readonly quotes: readonly ReportItem[];
  readonly claims: readonly ReportItem[];
  /** Items that carry a note (of any kind), in item order. */
  readonly notes: readonly ReportItem[];
  readonly orphans: readonly ReportItem[];
  readonly mix: QuoteMix;
  /** (anonymous + vague quoted words) / all quoted words; 0 when nothing is quoted. */
  readonly anonymousShare: number;
  /** Whether automatic findings were asked for (and so may be among `items`). */
  readonly includesFindings: boolean;
}

/** A source that appears in more than one article (same normalised label and identity). */
export interface RecurringSource {
  readonly label: string;
  readonly identity: Identity;
  /** Each article it appears in, in report order, with the source's item id there. */
  readonly articles: readonly { readonly path: string; readonly id: string; readonly quotes: number; readonly quotedWords: number }[];
}

/** Sums over a workspace. */
export interface WorkspaceTotals {
  readonly articles: number;
  readonly annotations: number;
  readonly findings: number;
  readonly sources: number;
  readonly quotes: number;
  readonly claims: number;
  readonly notes: number;
  readonly orphans: number;
  readonly mix: QuoteMix;
  readonly anonymousShare: number;
}

/** A whole report: one article or many. */
export interface WorkspaceReport {
  /** What the report is called (the workspace folder's name, or the article's title). */
  readonly title: string;
  readonly articles: readonly ArticleReport[];
  readonly totals: WorkspaceTotals;
  /** Articles by anonymous + vague share of quoted words, highest first (ties: by path). */
  readonly ranking: readonly { readonly path: string; readonly title: string; readonly share: number; readonly quotedWords: number }[];
  readonly recurring: readonly RecurringSource[];
  /** ISO 8601 time the report was made, as the caller gave it (goldens pass a fixed one). */
  readonly generated: string;
}
