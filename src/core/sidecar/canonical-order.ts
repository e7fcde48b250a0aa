/**
 * The stable layout of sidecar data: key order and text order. New annotations and new keys
 * are written in this order so that files from different analysts diff and merge cleanly.
 */
import type { Annotation, Sidecar } from './types';

/** Key order of an annotation. */
export const ANNOTATION_KEYS = [
  'id', 'kind', 'target', 'identity', 'role', 'reason', 'speaker', 'direct', 'source',
  'status', 'note', 'replies', 'tags', 'author', 'created', 'modified', 'conflict',
] as const;

/** Key order of a reply (an item of an annotation's `replies`). */
export const REPLY_KEYS = ['id', 'body', 'author', 'created', 'modified'] as const;

/** Key order of a target. */
export const TARGET_KEYS = ['exact', 'prefix', 'suffix', 'start', 'end'] as const;

/** Key order of a conflict block, and of its `values`. */
export const CONFLICT_KEYS = ['deleted', 'values', 'absent', 'author', 'modified'] as const;

/** Key order of the file. */
export const SIDECAR_KEYS = ['version', 'article', 'annotations', 'retired'] as const;

/** Key order of `article`. */
export const ARTICLE_KEYS = ['path', 'sha256', 'language'] as const;

const ORDERS: Readonly<Record<string, readonly string[]>> = {
  '': SIDECAR_KEYS,
  article: ARTICLE_KEYS,
  annotation: ANNOTATION_KEYS,
  target: TARGET_KEYS,
  conflict: CONFLICT_KEYS,
  values: ANNOTATION_KEYS,
  reply: REPLY_KEYS,
};

/** The context of the items of a list under a key of this name. */
const ITEM_CONTEXT: Readonly<Record<string, string>> = { annotations: 'annotation', replies: 'reply' };

/**
 * The rank of `key` in the key order of a map of `context` (`''` the file, `article`,
 * `annotation`, `target`, `conflict`, `values`, `reply`); unknown keys (`x-...`) rank last.
 */
export function rankKey(context: string, key: string): number {
  const order = ORDERS[context] ?? [];
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

/**
 * A copy of `value` with keys in canonical order and `undefined` members left out, for a map
 * of `context` (see {@link rankKey}); nested `target`, `conflict`, `values` and `article`
 * maps and the items of `annotations` and `replies` lists are ordered too. Other arrays and
 * scalars are returned as they are.
 */
export function orderKeys(value: unknown, context: string): unknown {
  if (Array.isArray(value)) {
    const item = ITEM_CONTEXT[context];
    return item === undefined ? value : value.map((v) => orderKeys(v, item));
  }
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort((a, b) => rankKey(context, a[0]) - rankKey(context, b[0]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    const child = k in ITEM_CONTEXT ? k : k in ORDERS ? k : 'other';
    out[k] = v !== null && typeof v === 'object' ? orderKeys(v, child) : v;
  }
  return out;
}

/** Text order: by `target.start`, then `target.end`, then id. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The sidecar with annotations in text order, keys in canonical order, `retired` sorted. */
export function orderSidecar(sidecar: Sidecar): Sidecar {
  const annotations = [...sidecar.annotations].sort(compareAnnotations);
  const retired = sidecar.retired && sidecar.retired.length > 0 ? [...sidecar.retired].sort() : undefined;
  return orderKeys({ ...sidecar, annotations, retired }, '') as Sidecar;
}
