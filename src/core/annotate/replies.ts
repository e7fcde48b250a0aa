/**
 * A note's comment thread: replies added, edited and deleted, each with its author and times.
 */
import { newReplyId, replySeed } from '../sidecar/reply-id';
import type { Annotation, Reply } from '../sidecar/types';
import { AnnotateError } from './annotate-error';
import type { Stamp } from './placed-annotation';

function checkBody(body: string): string {
  if (body.trim() === '') throw new AnnotateError('body', 'missing');
  return body;
}

/** The thread of `a` with a new reply at its end (id `r-<hash>` of its time, author and body: never one in use, never one deleted). @throws AnnotateError `missing` for an empty body. */
export function addReply(a: Annotation, body: string, stamp: Stamp): { replies: Reply[]; reply: Reply } {
  const replies = a.replies ?? [];
  const text = checkBody(body);
  const reply: Reply = {
    id: newReplyId(replies, [], replySeed(a.id, stamp.now, stamp.author, text, replies.length)),
    body: text,
    ...(stamp.author !== undefined ? { author: stamp.author } : {}),
    ...(stamp.now !== undefined ? { created: stamp.now } : {}),
  };
  return { replies: [...replies, reply], reply };
}

/** The thread of `a` with reply `replyId`'s body replaced. @throws AnnotateError `unknown-id`, `missing`. */
export function editReply(a: Annotation, replyId: string, body: string, stamp: Stamp): { replies: Reply[]; reply: Reply } {
  const replies = a.replies ?? [];
  const old = replies.find((r) => r.id === replyId);
  if (!old) throw new AnnotateError('reply', 'unknown-id', replyId);
  const reply: Reply = { ...old, body: checkBody(body), ...(stamp.now !== undefined ? { modified: stamp.now } : {}) };
  return { replies: replies.map((r) => (r.id === replyId ? reply : r)), reply };
}

/** The thread of `a` without reply `replyId` (`undefined` when none is left). @throws AnnotateError `unknown-id`. */
export function deleteReply(a: Annotation, replyId: string): Reply[] | undefined {
  const replies = a.replies ?? [];
  if (!replies.some((r) => r.id === replyId)) throw new AnnotateError('reply', 'unknown-id', replyId);
  const left = replies.filter((r) => r.id !== replyId);
  return left.length > 0 ? left : undefined;
}
