/**
 * Keeping stored targets in step with a text: after the article is saved, every annotation
 * whose words moved (or whose context changed) gets a target describing the saved text, so
 * the sidecar on disk matches the article on disk.
 */
import { describe } from '../anchoring';
import type { TextTarget } from '../anchoring/types';
import type { SidecarDocument } from '../sidecar/sidecar-document';
import type { PlacedAnnotation } from './placed-annotation';

/** Whether two targets say the same. */
function sameTarget(a: TextTarget, b: TextTarget): boolean {
  return a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start && a.end === b.end;
}

/**
 * The new targets: for each placed (not orphaned) annotation of `placed` that is in `doc`, the
 * target describing `[start, end)` of `text` when it differs from the stored one. Orphans are
 * left exactly as they are (their stored words are all that is left of them).
 */
export function planRetarget(doc: SidecarDocument, placed: readonly PlacedAnnotation[], text: string): Map<string, TextTarget> {
  const out = new Map<string, TextTarget>();
  for (const p of placed) {
    if (p.start === null || p.end === null || p.start >= p.end || p.end > text.length) continue;
    const stored = doc.getAnnotation(p.annotation.id);
    if (!stored) continue;
    const target = describe(text, p.start, p.end);
    if (!sameTarget(stored.target, target)) out.set(p.annotation.id, target);
  }
  return out;
}

/** Applies {@link planRetarget} to `doc`; returns the ids whose targets changed. */
export function retargetDocument(doc: SidecarDocument, placed: readonly PlacedAnnotation[], text: string): string[] {
  const plan = planRetarget(doc, placed, text);
  for (const [id, target] of plan) doc.setTarget(id, target);
  return [...plan.keys()];
}
