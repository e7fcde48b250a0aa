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
  /** Replies to the note (a comment thread), oldest first. */
  readonly replies?: readonly Reply[];
  readonly tags?: readonly string[];
  readonly author?: string;
  /** ISO 8601 timestamps. */
  readonly created?: string;
  readonly modified?: string;
  /**
   * Set by a three-way merge when two versions changed the same annotation differently: the
   * annotation's own fields are one version, this block records the other. The analyst
   * resolves by choosing values and deleting the block. See {@link AnnotationConflict}.
   */
  readonly conflict?: AnnotationConflict;
}

/** One reply in an annotation's comment thread. */
export interface Reply {
  /** Unique within its annotation (`r1`, `r2`, ...), never reused there. */
  readonly id: string;
  readonly body: string;
  readonly author?: string;
  /** ISO 8601 timestamps. */
  readonly created?: string;
  readonly modified?: string;
}

/** The fields of an annotation a merge can disagree on (everything but `id` and `conflict`). */
export type AnnotationFields = Omit<Annotation, 'id' | 'conflict'>;

/**
 * The other side of a merge conflict on one annotation. The annotation's own fields hold the
 * version that was on disk ("theirs"); this block holds the version being saved ("ours").
 * When one side deleted the annotation and the other changed it, the annotation holds the
 * changed version and the block says `deleted: true`.
 */
export interface AnnotationConflict {
  /** `true`: the other version deleted this annotation (while this one changed it). */
  readonly deleted?: boolean;
  /** The other version's value for each field on which the two disagree. */
  readonly values?: Partial<AnnotationFields>;
  /** Fields this annotation has that the other version does not. */
  readonly absent?: readonly string[];
  /** Who made the other version, and when (ISO 8601), when known. */
  readonly author?: string;
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
  /**
   * Ids of deleted annotations, kept so that an id is never given to another annotation
   * (a reused id would make a three-way merge mistake a new annotation for an old one).
   * Sorted; absent when empty.
   */
  readonly retired?: readonly string[];
}
