/**
 * The sourcing picture of one article: who the information comes from, grouped by how
 * identifiable they are, with what rests on each source, from both layers (the analyst's
 * annotations and the engine's findings). Offsets are UTF-16 code units into the article's
 * current text, end exclusive.
 */
import type { Identity } from '../analysis/types';
import type { Annotation, AnnotationKind, AnnotationStatus } from '../sidecar/types';

/** Which layer an entry comes from: the sidecar's annotations or the engine's findings. */
export type SourcingLayer = 'annotation' | 'finding';

/** A sidecar annotation where it is in the current text; `start`/`end` are `null` for an orphan. */
export interface PlacedAnnotation {
  readonly annotation: Annotation;
  readonly start: number | null;
  readonly end: number | null;
}

/** The identity groups, in the order they are shown: anonymous first (what an analyst checks first). */
export const IDENTITY_ORDER: readonly Identity[] = ['anonymous', 'vague', 'named'];

/** A quote or a claim resting on a source (or on none). */
export interface SourcingItem {
  /** `annotation:ID` or `finding:ID`; unique within one summary. */
  readonly key: string;
  readonly kind: 'quote' | 'claim';
  readonly layer: SourcingLayer;
  /** The annotation's id, or the engine's id (`q3`, `c5`) for a finding. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Quotes: `true` for direct speech, when known. */
  readonly direct?: boolean;
  /** Annotations only: the analyst's verdict. */
  readonly status?: AnnotationStatus;
  /** Annotations only; empty for findings. */
  readonly tags: readonly string[];
  readonly note?: string;
}

/** One source with the quotes and claims that rest on it. */
export interface SourcingSource {
  /** `annotation:ID` or `finding:ID`; unique within one summary. */
  readonly key: string;
  readonly layer: SourcingLayer;
  readonly id: string;
  readonly identity: Identity;
  /**
   * A short name: the engine's label (the fullest mention, or the role of an unnamed source)
   * for a finding, and for an annotation that covers a finding when that label is shorter than
   * the annotation's words; else the annotation's words.
   */
  readonly label: string;
  /** The words where the source is named: an annotation's exact text, a finding's first mention. */
  readonly words: string;
  readonly role?: string;
  readonly reason?: string;
  /**
   * Where the source is named (an annotation's target, a finding's first mention); `null` for
   * an orphaned source annotation that quotes or claims still rest on.
   */
  readonly start: number | null;
  readonly end: number | null;
  /** `true` for an orphaned source annotation (its words are gone from the article). */
  readonly orphaned: boolean;
  readonly status?: AnnotationStatus;
  readonly tags: readonly string[];
  readonly note?: string;
  /** In text order. */
  readonly quotes: readonly SourcingItem[];
  readonly claims: readonly SourcingItem[];
}

/** The sources of one identity. */
export interface SourcingGroup {
  readonly identity: Identity;
  /** Most quotes and claims first, then in text order. */
  readonly sources: readonly SourcingSource[];
  /** Quotes and claims under the group's sources (both layers). */
  readonly quoteCount: number;
  readonly claimCount: number;
}

/** An annotation whose words are gone from the article: listed with its stored words, never placed. */
export interface SourcingOrphan {
  readonly key: string;
  readonly id: string;
  readonly kind: AnnotationKind;
  /** The words the annotation was made on (`target.exact`). */
  readonly exact: string;
  readonly status: AnnotationStatus;
  readonly tags: readonly string[];
  readonly note?: string;
}

/** How many quotes come from anonymous sources: the `A/Q` of the status bar. */
export interface QuoteShare {
  /** Quotes whose speaker is an anonymous source. */
  readonly anonymous: number;
  /** All quotes (orphaned annotations not counted: their words are no longer in the article). */
  readonly total: number;
  /** `annotation` when the article has a sidecar (the counts come from its annotations), else `finding`. */
  readonly basis: SourcingLayer;
}

/** What {@link summarizeSourcing} returns. */
export interface SourcingSummary {
  /** Always three, in {@link IDENTITY_ORDER}; a group may have no sources. */
  readonly groups: readonly SourcingGroup[];
  /** Quotes with no (known) speaker and claims in the article's own voice, in text order. */
  readonly unsourced: { readonly quotes: readonly SourcingItem[]; readonly claims: readonly SourcingItem[] };
  /** Orphaned annotations, in the sidecar's order. */
  readonly orphans: readonly SourcingOrphan[];
  readonly share: QuoteShare;
  /** Sources per identity, on the same basis as {@link share} (orphaned source annotations not counted). */
  readonly sourcesByIdentity: Readonly<Record<Identity, number>>;
}
