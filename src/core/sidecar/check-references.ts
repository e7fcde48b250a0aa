/**
 * The rules JSON Schema cannot state: ids unique (and not retired), `speaker` / `source`
 * naming an existing `source` annotation, `target.start <= target.end`, reply ids unique
 * within their annotation.
 */
import type { Annotation } from './types';

/** One broken rule: which annotation, which field, and what is wrong. */
export interface ReferenceProblem {
  /** Index in the annotations list. */
  readonly index: number;
  /** The field at fault: `id`, `speaker`, `source`, `target.start`, ... */
  readonly field: string;
  readonly what: string;
}

/**
 * Every broken cross-annotation rule in `annotations`, in list order (`[]` when none).
 * `retired`: ids of deleted annotations, which may not be used again. Never throws.
 */
export function checkReferences(annotations: readonly Annotation[], retired: readonly string[] = []): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const kinds = new Map<string, string>();
  const retiredSet = new Set(retired);
  annotations.forEach((a, index) => {
    if (kinds.has(a.id)) problems.push({ index, field: 'id', what: `duplicate id ${JSON.stringify(a.id)}` });
    else kinds.set(a.id, a.kind);
    if (retiredSet.has(a.id)) problems.push({ index, field: 'id', what: `id ${JSON.stringify(a.id)} is retired (listed in retired:) and may not be reused` });
  });
  annotations.forEach((a, index) => {
    for (const field of ['speaker', 'source'] as const) {
      const ref = a[field];
      if (ref === undefined) continue;
      const kind = kinds.get(ref);
      if (kind === undefined) problems.push({ index, field, what: `${field} ${JSON.stringify(ref)} is not the id of any annotation` });
      else if (kind !== 'source') problems.push({ index, field, what: `${field} ${JSON.stringify(ref)} is a ${kind}, not a source` });
    }
    const replyIds = new Set<string>();
    (a.replies ?? []).forEach((r, i) => {
      if (replyIds.has(r.id)) problems.push({ index, field: `replies.${i}.id`, what: `duplicate reply id ${JSON.stringify(r.id)}` });
      replyIds.add(r.id);
    });
    if (a.target.start > a.target.end) {
      problems.push({ index, field: 'target.end', what: `target.end ${a.target.end} is before target.start ${a.target.start}` });
    }
  });
  return problems.sort((x, y) => x.index - y.index);
}
