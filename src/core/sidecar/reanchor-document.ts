/**
 * Saving re-anchored positions (`news-annotator check --fix`).
 */
import { describe } from '../anchoring';
import type { AnnotationAnchor } from './resolve-sidecar';
import type { SidecarDocument } from './sidecar-document';
import { deepEqual } from './sidecar-document';

/**
 * For every anchor that found its annotation elsewhere (`moved`, `fuzzy`), stores the new
 * range and fresh selectors (`describe(text, start, end)`) when they differ from the stored
 * target. `anchored` annotations (still at their stored range), orphans, and anchors whose
 * id the document does not hold are left exactly as they were, so an unchanged article
 * changes nothing. Returns how many annotations changed.
 * @param anchors Typically `resolveSidecar(doc.sidecar, text)`.
 * @throws RangeError when an anchor's range is outside `text` (anchors from another text).
 */
export function reanchorDocument(doc: SidecarDocument, text: string, anchors: readonly AnnotationAnchor[]): number {
  let changed = 0;
  for (const anchor of anchors) {
    if (anchor.status === 'orphaned' || anchor.status === 'anchored' || anchor.start === null || anchor.end === null) continue;
    if (anchor.start < 0 || anchor.end > text.length || anchor.start > anchor.end) {
      throw new RangeError(`anchor ${anchor.id}: range ${anchor.start}..${anchor.end} is outside the text (length ${text.length})`);
    }
    const current = doc.getAnnotation(anchor.id);
    if (!current) continue;
    const target = describe(text, anchor.start, anchor.end);
    if (deepEqual(current.target, target)) continue;
    doc.setTarget(anchor.id, target);
    changed++;
  }
  return changed;
}
