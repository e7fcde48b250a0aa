/**
 * The sidecar format, version 1: an article's annotations in `NAME.EXT.annotations.yaml`.
 * Documented by `annotations/sidecar.schema.json`.
 */
import type { Identity, Language } from '../analysis/types';
import type { TextTarget } from '../anchoring/types';

export type AnnotationKind = 'claim' | 'source' | 'quote' | 'note';
export type AnnotationStatus = 'unverified' | 'verified' | 'disputed' | 'false' | 'misleading';

/** One annotation as stored. Optional fields are absent from the YAML when undefined. */
export interface Annotation {
  /** Stable, unique in the file, never reused. */
  readonly id: string;
  readonly kind: AnnotationKind;
  readonly target: TextTarget;
  /** Sources only. */
  readonly identity?: Identity;
  readonly role?: string;
  readonly reason?: string;
  /** Quotes: id of a `source` annotation. */
  readonly speaker?: string;
  /** Quotes: `true` for direct speech. */
  readonly direct?: boolean;
  /** Claims: id of a `source` annotation. */
  readonly source?: string;
  readonly status: AnnotationStatus;
  readonly note?: string;
  readonly tags?: readonly string[];
  readonly author?: string;
  /** ISO 8601 timestamps. */
  readonly created?: string;
  readonly modified?: string;
}

/** A whole sidecar. */
export interface Sidecar {
  readonly version: 1;
  readonly article: {
    /** Relative to the sidecar's folder; never escapes it. */
    readonly path: string;
    /** Hex SHA-256 of the article text (UTF-8, BOM removed) when last saved. */
    readonly sha256?: string;
    readonly language?: Language;
  };
  readonly annotations: readonly Annotation[];
}
