/**
 * What the annotate logic needs to know of the sidecar's annotations: each one with where its
 * words are in the current text (UTF-16 code units, end exclusive; `null` for an orphan).
 */
import { overlaps } from '../text/overlaps';
import type { Annotation } from '../sidecar/types';

/** An annotation and its current range (`null`: orphaned, its words are not in the text). */
export interface PlacedAnnotation {
  readonly annotation: Annotation;
  readonly start: number | null;
  readonly end: number | null;
}

/** Who and when to stamp on what a change creates or changes. */
export interface Stamp {
  readonly author?: string;
  /** ISO 8601; written as `created` (new annotations) and `modified`. */
  readonly now?: string;
}

/** The `author` / `created` / `modified` fields for a new annotation. */
export function stampNew(stamp: Stamp): { author?: string; created?: string; modified?: string } {
  return {
    ...(stamp.author !== undefined ? { author: stamp.author } : {}),
    ...(stamp.now !== undefined ? { created: stamp.now, modified: stamp.now } : {}),
  };
}

/** The `author` / `modified` fields for a changed annotation. */
export function stampChange(stamp: Stamp): { author?: string; modified?: string } {
  return {
    ...(stamp.author !== undefined ? { author: stamp.author } : {}),
    ...(stamp.now !== undefined ? { modified: stamp.now } : {}),
  };
}


/**
 * The first annotation of `kind` placed on words overlapping `[start, end)`, in list order;
 * `null` when none. Orphans never cover anything.
 */
export function findCovering(placed: readonly PlacedAnnotation[], kind: Annotation['kind'], start: number, end: number): PlacedAnnotation | null {
  for (const p of placed) {
    if (p.annotation.kind !== kind || p.start === null || p.end === null) continue;
    if (overlaps(start, end, p.start, p.end)) return p;
  }
  return null;
}

export { overlaps };
