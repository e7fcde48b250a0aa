/**
 * Three-way merge of sidecars by annotation id, for saving over a sidecar that changed on
 * disk since it was read (another editor, a git pull).
 *
 * Per annotation, field by field: a field changed on one side only takes that side's value;
 * changed on both sides to the same value, that value; changed on both sides differently, a
 * conflict: the on-disk version ("theirs") stays in the annotation's fields and our value
 * goes into the annotation's `conflict.values` (or `conflict.absent` when ours removed the
 * field), with our `author` / `modified` — visible in the file, and resolved by the analyst
 * deleting the block. `author` / `modified` follow whichever side changed the annotation.
 *
 * Deleted on one side and unchanged on the other: deleted. Deleted on one side and changed
 * on the other: kept (the changed version) with `conflict: {deleted: true}`. A deleted source
 * that the merged file still names as a speaker or source is kept the same way. Added on
 * both sides under the same id with different content: theirs keeps the id, ours gets a new
 * one (`newAnnotationId`) and our references follow. `retired` is the union of both sides'
 * plus every id deleted by the merge.
 *
 * `replies` (a note's comment thread) are merged by reply id, so two analysts replying at
 * once both keep their replies: a reply added, changed or deleted on one side only takes that
 * side's version; added on both sides under the same id with different bodies, theirs keeps
 * the id and ours gets a new one (`newReplyId` seeded with the reply: `r-` + a hash), after theirs; deleted on one side and
 * changed on the other, the changed reply stays; changed on both sides differently, theirs
 * stays and our whole thread goes into `conflict.values.replies`.
 */
import { newAnnotationId, seedFor } from './annotation-id';
import { newReplyId } from './reply-id';
import { compareAnnotations, orderKeys } from './canonical-order';
import { deepEqual, type AnnotationPatch, type SidecarDocument } from './sidecar-document';
import type { Annotation, AnnotationConflict, Reply, Sidecar } from './types';

/** What a merge gives: the merged sidecar, and the ids of annotations now carrying a conflict. */
export interface MergeResult {
  readonly sidecar: Sidecar;
  readonly conflicts: readonly string[];
}

interface MergePlan {
  readonly annotations: Map<string, Annotation>;
  readonly retired: Set<string>;
  readonly article: Sidecar['article'];
  readonly conflicts: string[];
}

/** Fields compared one by one; `author` / `modified` are bookkeeping, handled apart. */
const MERGED_FIELDS = [
  'kind', 'target', 'identity', 'role', 'reason', 'speaker', 'direct', 'source', 'status',
  'note', 'replies', 'tags', 'created', 'conflict',
] as const;

/**
 * Merges `ours` and `theirs`, both descended from `base` (see module comment). The result's
 * annotations are in text order; `conflicts` lists conflicting ids in text order. Pure;
 * never throws for valid inputs.
 */
export function mergeSidecars(base: Sidecar, ours: Sidecar, theirs: Sidecar): MergeResult {
  const plan = planMerge(base, ours, theirs);
  const annotations = [...plan.annotations.values()].sort(compareAnnotations);
  const retired = [...plan.retired].sort();
  const sidecar: Sidecar = { ...theirs, article: plan.article, annotations, ...(retired.length > 0 ? { retired } : {}) };
  if (retired.length === 0) delete (sidecar as { retired?: unknown }).retired;
  return { sidecar, conflicts: sortIds(plan.conflicts, plan.annotations) };
}

/**
 * Applies our changes since `base` (`ours`) onto the document read from disk (`theirs`), in
 * place, so that the on-disk file's comments and layout survive; returns the ids in conflict.
 * The document ends up holding what {@link mergeSidecars}`(base, ours, theirs.sidecar)` gives
 * (annotation order aside: new ones are inserted at their text position).
 * @throws SidecarEditError only when the merged result breaks a rule the merge cannot mend
 *   (e.g. one side turned a source into a claim while the other made it a speaker).
 */
export function mergeIntoDocument(theirs: SidecarDocument, base: Sidecar, ours: Sidecar): readonly string[] {
  const current = theirs.sidecar;
  const plan = planMerge(base, ours, current);
  const now = new Map(current.annotations.map((a) => [a.id, a]));
  const isSource = (a: Annotation): boolean => a.kind === 'source';

  const added = [...plan.annotations.values()].filter((a) => !now.has(a.id));
  for (const a of [...added.filter(isSource), ...added.filter((a) => !isSource(a))]) {
    theirs.addAnnotation(a, { unretire: true });
  }
  for (const [id, a] of plan.annotations) {
    const before = now.get(id);
    if (!before || deepEqual(before, a)) continue;
    const patch: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(before), ...Object.keys(a)])) {
      if (k === 'id') continue;
      const v = (a as unknown as Record<string, unknown>)[k];
      if (!deepEqual((before as unknown as Record<string, unknown>)[k], v)) patch[k] = v;
    }
    theirs.updateAnnotation(id, patch as AnnotationPatch);
  }
  const removed = current.annotations.filter((a) => !plan.annotations.has(a.id));
  for (const a of [...removed.filter((a) => !isSource(a)), ...removed.filter(isSource)]) theirs.removeAnnotation(a.id);
  for (const id of plan.retired) theirs.retire(id);
  const articlePatch: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(current.article), ...Object.keys(plan.article)])) {
    const v = (plan.article as Record<string, unknown>)[k];
    if (!deepEqual((current.article as Record<string, unknown>)[k], v)) articlePatch[k] = v;
  }
  if (Object.keys(articlePatch).length > 0) theirs.setArticle(articlePatch);
  return sortIds(plan.conflicts, plan.annotations);
}

function planMerge(base: Sidecar, oursIn: Sidecar, theirs: Sidecar): MergePlan {
  const B = byId(base.annotations);
  const T = byId(theirs.annotations);
  const retired = new Set([...(theirs.retired ?? []), ...(oursIn.retired ?? [])]);
  const O = byId(renameCollisions(base, oursIn, theirs, B, T, retired));
  const result = new Map<string, Annotation>();
  const conflicts: string[] = [];
  const deletedVersions = new Map<string, Annotation>();

  for (const id of new Set([...B.keys(), ...O.keys(), ...T.keys()])) {
    const b = B.get(id), o = O.get(id), t = T.get(id);
    if (!b) {
      const added = t ?? o;
      if (added) result.set(id, added); // both added the same id: equal, or ours was renamed
      continue;
    }
    if (!o && !t) { retired.add(id); continue; }
    if (!o || !t) {
      const kept = (o ?? t) as Annotation;
      if (deepEqual(kept, b)) { retired.add(id); deletedVersions.set(id, kept); continue; }
      result.set(id, withConflict(kept, { deleted: true }));
      conflicts.push(id);
      continue;
    }
    const merged = mergeAnnotation(b, o, t);
    result.set(id, merged.annotation);
    if (merged.conflict) conflicts.push(id);
  }

  // A deleted source still named as speaker or source comes back, marked as deleted.
  for (let changed = true; changed;) {
    changed = false;
    for (const a of [...result.values()]) {
      for (const ref of [a.speaker, a.source]) {
        if (ref === undefined || result.has(ref)) continue;
        const version = deletedVersions.get(ref) ?? T.get(ref) ?? O.get(ref) ?? B.get(ref);
        if (!version) continue;
        result.set(ref, withConflict(version, { deleted: true }));
        retired.delete(ref);
        conflicts.push(ref);
        changed = true;
      }
    }
  }
  for (const id of result.keys()) retired.delete(id);
  return { annotations: result, retired, article: mergeArticle(base.article, oursIn.article, theirs.article), conflicts };
}

/** Ours, with every annotation we added under an id theirs also uses (or retired) renamed. */
function renameCollisions(
  base: Sidecar, ours: Sidecar, theirs: Sidecar,
  B: Map<string, Annotation>, T: Map<string, Annotation>, retired: ReadonlySet<string>,
): Annotation[] {
  const taken = new Set([...B.keys(), ...T.keys(), ...ours.annotations.map((a) => a.id), ...retired, ...(base.retired ?? [])]);
  const renames = new Map<string, string>();
  for (const a of ours.annotations) {
    if (B.has(a.id)) continue;
    const t = T.get(a.id);
    const collides = (t !== undefined && !deepEqual(t, a)) || (theirs.retired ?? []).includes(a.id);
    if (!collides) continue;
    const id = newAnnotationId(a.kind, taken, seedFor(a.kind, a.target.exact, a.target.start));
    taken.add(id);
    renames.set(a.id, id);
  }
  if (renames.size === 0) return [...ours.annotations];
  return ours.annotations.map((a) => {
    const speaker = a.speaker !== undefined ? renames.get(a.speaker) : undefined;
    const source = a.source !== undefined ? renames.get(a.source) : undefined;
    const id = B.has(a.id) ? undefined : renames.get(a.id);
    return { ...a, ...(id ? { id } : {}), ...(speaker ? { speaker } : {}), ...(source ? { source } : {}) };
  });
}

function mergeAnnotation(b: Annotation, o: Annotation, t: Annotation): { annotation: Annotation; conflict: boolean } {
  const B = b as unknown as Record<string, unknown>, O = o as unknown as Record<string, unknown>, T = t as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { ...T };
  const values: Record<string, unknown> = {};
  const absent: string[] = [];
  for (const f of MERGED_FIELDS) {
    const bv = B[f], ov = O[f], tv = T[f];
    if (deepEqual(ov, tv) || deepEqual(ov, bv)) continue; // theirs already holds the answer
    if (deepEqual(tv, bv)) { out[f] = ov; continue; } // only ours changed it
    if (f === 'conflict') { out[f] = ov ?? tv; continue; }
    if (f === 'replies') {
      const thread = mergeReplies((bv ?? []) as Reply[], (ov ?? []) as Reply[], (tv ?? []) as Reply[]);
      out[f] = thread.replies.length > 0 ? thread.replies : undefined;
      if (thread.conflict) values[f] = ov ?? [];
      continue;
    }
    if (ov === undefined) absent.push(f);
    else values[f] = ov;
  }
  const oursChanged = !sameContent(b, o), theirsChanged = !sameContent(b, t);
  if (oursChanged && !theirsChanged) {
    for (const f of ['author', 'modified'] as const) out[f] = O[f];
  }
  const conflicted = Object.keys(values).length > 0 || absent.length > 0;
  if (conflicted) {
    const block: AnnotationConflict = {
      ...(Object.keys(values).length > 0 ? { values: orderKeys(values, 'values') as AnnotationConflict['values'] } : {}),
      ...(absent.length > 0 ? { absent } : {}),
      ...(o.author !== undefined ? { author: o.author } : {}),
      ...(o.modified !== undefined ? { modified: o.modified } : {}),
    };
    out.conflict = block;
  }
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return { annotation: orderKeys(out, 'annotation') as Annotation, conflict: conflicted };
}

/** Replies merged by id (see module comment): theirs' order, then the replies only ours has. */
function mergeReplies(base: readonly Reply[], ours: readonly Reply[], theirs: readonly Reply[]): { replies: Reply[]; conflict: boolean } {
  const B = new Map(base.map((r) => [r.id, r])), O = new Map(ours.map((r) => [r.id, r]));
  const T = new Map(theirs.map((r) => [r.id, r]));
  const out: Reply[] = [];
  const renamed: Reply[] = [];
  let conflict = false;
  for (const t of theirs) {
    const b = B.get(t.id), o = O.get(t.id);
    if (!o) {
      if (b && deepEqual(t, b)) continue; // we deleted it, they left it alone
      out.push(t); // theirs added it, or changed what we deleted: the changed reply stays
      continue;
    }
    if (deepEqual(o, t) || deepEqual(o, b)) out.push(t);
    else if (b && deepEqual(t, b)) out.push(o);
    else if (!b) { out.push(t); renamed.push(o); } // both added the same id
    else { out.push(t); conflict = true; }
  }
  for (const o of ours) {
    if (T.has(o.id)) continue;
    const b = B.get(o.id);
    if (b && deepEqual(o, b)) continue; // they deleted it, we left it alone
    out.push(o); // ours added it, or changed what they deleted: the changed reply stays
  }
  for (const o of renamed) {
    const seed = `${o.id}\u0000${o.created ?? ''}\u0000${o.author ?? ''}\u0000${o.body}`;
    out.push({ ...o, id: newReplyId(out, [...B.keys(), ...O.keys(), ...T.keys()], seed) });
  }
  return { replies: out, conflict };
}

function mergeArticle(b: Sidecar['article'], o: Sidecar['article'], t: Sidecar['article']): Sidecar['article'] {
  const out: Record<string, unknown> = { ...t };
  const B = b as Record<string, unknown>, O = o as Record<string, unknown>;
  for (const k of new Set([...Object.keys(B), ...Object.keys(O)])) {
    if (!deepEqual(B[k], O[k]) && deepEqual(B[k], (t as Record<string, unknown>)[k])) out[k] = O[k];
  }
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return orderKeys(out, 'article') as Sidecar['article'];
}

function withConflict(a: Annotation, conflict: AnnotationConflict): Annotation {
  return orderKeys({ ...a, conflict }, 'annotation') as Annotation;
}

/** Equal apart from bookkeeping (`author`, `modified`). */
function sameContent(a: Annotation, b: Annotation): boolean {
  return MERGED_FIELDS.every((f) => deepEqual(a[f], b[f]));
}

function byId(list: readonly Annotation[]): Map<string, Annotation> {
  return new Map(list.map((a) => [a.id, a]));
}

function sortIds(ids: readonly string[], annotations: ReadonlyMap<string, Annotation>): string[] {
  return [...new Set(ids)].sort((x, y) => compareAnnotations(annotations.get(x) as Annotation, annotations.get(y) as Annotation));
}
