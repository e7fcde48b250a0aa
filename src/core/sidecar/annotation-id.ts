/**
 * Annotation ids: stable, unique in the file, never reused.
 *
 * A generated id is a readable kind prefix and 8 hex digits of a hash of a seed (by
 * convention kind, exact text and start, see {@link seedFor}), so the same analysis of the
 * same text gives the same ids. On collision with a taken id a suffix `-2`, `-3`, ... is
 * added. "Never reused" is kept by the caller passing every id in the file AND every id in
 * the sidecar's `retired` list (ids of deleted annotations) as `taken`.
 */
import type { AnnotationKind } from './types';

/** The readable prefix of generated ids, per kind. */
export const ID_PREFIX: Readonly<Record<AnnotationKind, string>> = {
  claim: 'clm',
  source: 'src',
  quote: 'qt',
  note: 'note',
};

/** The id pattern the schema enforces (kept in step with `definitions.id` in the schema). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/**
 * A new id for an annotation of `kind` that is not in `taken`. Deterministic: the same
 * `kind`, `taken` and `seed` give the same id. Without a seed, one is derived from `kind`
 * and the size of `taken`. Never throws.
 */
export function newAnnotationId(kind: AnnotationKind, taken: ReadonlySet<string>, seed?: string): string {
  const base = `${ID_PREFIX[kind]}-${hashHex(seed ?? `${kind}#${taken.size}`)}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The conventional seed for an annotation's id: kind, start and exact text. */
export function seedFor(kind: AnnotationKind, exact: string, start: number): string {
  return `${kind}\u0000${start}\u0000${exact}`;
}

/**
 * 32-bit FNV-1a over the UTF-16 code units of `s`, as 8 lower-case hex digits. Not a
 * cryptographic hash: ids only need to be short, stable and rarely colliding (collisions
 * are resolved by a suffix).
 */
export function hashHex(s: string): string {
  let h = 0x811c9dc5; // FNV-1a 32-bit offset basis
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193); // FNV 32-bit prime
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
