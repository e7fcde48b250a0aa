/**
 * Reply ids: `r1`, `r2`, ... unique within their annotation's `replies`.
 */
import type { Reply } from './types';

const NUMBERED = /^r([0-9]{1,9})$/;

/**
 * A new reply id for a thread holding `replies` (and, optionally, other ids that must not be
 * used, such as those of another version of the thread during a merge): `r` and one more than
 * the highest number in use, so it follows every existing reply. Never throws.
 */
export function newReplyId(replies: readonly Reply[], alsoTaken: Iterable<string> = []): string {
  let max = 0;
  for (const id of [...replies.map((r) => r.id), ...alsoTaken]) {
    const m = NUMBERED.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `r${max + 1}`;
}
