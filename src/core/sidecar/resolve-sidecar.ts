/**
 * Where every annotation of a sidecar is in the article as it is now.
 */
import { resolveAll } from '../anchoring';
import type { TextTarget } from '../anchoring/types';
import type { Sidecar } from './types';

/** How an annotation was found: at its stored position, moved, fuzzily, or not at all. */
export type AnchorStatus = 'anchored' | 'moved' | 'fuzzy' | 'orphaned';

/** Where one annotation is now. Offsets in UTF-16 code units, end exclusive. */
export interface AnnotationAnchor {
  readonly id: string;
  readonly status: AnchorStatus;
  /** `null` for an orphan. */
  readonly start: number | null;
  readonly end: number | null;
  /** 0..1 (1: exact at the stored position); `null` for an orphan. */
  readonly score: number | null;
}

/**
 * One anchor per annotation, in file order. Fast path: an annotation whose stored range
 * still holds its `exact` text is `anchored` there with score 1 without searching (so an
 * unchanged article costs one string comparison per annotation); the rest are resolved
 * together with the anchoring's `resolveAll`. Orphans are reported, never dropped.
 * Never throws for any sidecar that passed `parseSidecar`.
 */
export function resolveSidecar(sidecar: Sidecar, text: string): AnnotationAnchor[] {
  const anchors: (AnnotationAnchor | null)[] = [];
  const pending: TextTarget[] = [];
  const pendingAt: number[] = [];
  sidecar.annotations.forEach((a, i) => {
    const { start, end, exact } = a.target;
    if (end <= text.length && end - start === exact.length && text.startsWith(exact, start)) {
      anchors.push({ id: a.id, status: 'anchored', start, end, score: 1 });
    } else {
      anchors.push(null);
      pending.push(a.target);
      pendingAt.push(i);
    }
  });
  if (pending.length > 0) {
    const found = resolveAll(text, pending);
    pendingAt.forEach((i, k) => {
      const id = (sidecar.annotations[i] as { id: string }).id;
      const r = found[k] ?? null;
      anchors[i] = r
        ? { id, status: r.how === 'exact' ? 'anchored' : r.how, start: r.start, end: r.end, score: r.score }
        : { id, status: 'orphaned', start: null, end: null, score: null };
    });
  }
  return anchors as AnnotationAnchor[];
}
