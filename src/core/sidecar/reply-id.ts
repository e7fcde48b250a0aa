/**
 * Reply ids, unique within their annotation's `replies` and never reused there.
 *
 * A reply written by the tool gets `r-` and 8 hex digits of a hash of its seed (by convention
 * the annotation's id, the reply's creation time, author, body and the thread's length, see
 * {@link replySeed}). Replies carry no `retired` list: a sequential number (`r3` after `r2`)
 * would be given again once the newest reply is deleted, and a three-way merge would then take
 * the new reply for the deleted one. A hash of its creation time cannot come back. On a
 * collision with an id in use, a suffix `-2`, `-3`, ... is added.
 */
import { hashHex } from './annotation-id';
import type { Reply } from './types';

const NUMBERED = /^r([0-9]{1,9})$/;

/** The conventional seed of a new reply's id. */
export function replySeed(annotationId: string, created: string | undefined, author: string | undefined, body: string, threadLength: number): string {
  return `${annotationId}\u0000${created ?? ''}\u0000${author ?? ''}\u0000${threadLength}\u0000${body}`;
}

/**
 * A new reply id for a thread holding `replies`, not equal to any of their ids nor to
 * `alsoTaken` (e.g. those of another version of the thread during a merge).
 * With `seed` ({@link replySeed}): `r-` + its hash, the form the tool writes. Without: `r` and
 * one more than the highest number in use (`r1`, `r2`, ...), for threads numbered by hand.
 * Never throws.
 */
export function newReplyId(replies: readonly Reply[], alsoTaken: Iterable<string> = [], seed?: string): string {
  const taken = new Set([...replies.map((r) => r.id), ...alsoTaken]);
  if (seed !== undefined) {
    const base = `r-${hashHex(seed)}`;
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
  let max = 0;
  for (const id of taken) {
    const m = NUMBERED.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `r${max + 1}`;
}
