/**
 * Notes as comment threads (VS Code's Comments API): every annotation with a note shows a
 * thread at its range — the note first, then its replies, each with its author and time.
 * Replying, editing and deleting a reply write the sidecar at once (through `modify`, one
 * undo step each). Threads are redrawn from the article's state on every change; none keeps
 * its own copy.
 *
 * Commands (also callable with `{uri, id, reply?, body?}`, offsets not needed):
 * `newsAnnotator.replyNote`, `newsAnnotator.editReply` (start editing, or save with `body`),
 * `newsAnnotator.saveReply`, `newsAnnotator.cancelReply`, `newsAnnotator.deleteReply`.
 */
import * as vscode from 'vscode';
import { addReply, AnnotateError, deleteReply, editReply, stampChange } from '../../core/annotate';
import type { Annotation } from '../../core/sidecar';
import type { ArticleState } from '../article/article-state-types';
import { articleOf, NOTHING, readArgs, registerCommand, stringArg, type CommandDeps, type CommandResult } from '../commands/command-support';
import { statusLabel } from '../commands/annotation-choices';
import { NoteComment, noteMarkdown } from './note-comment';

/** The comment controller's id (`commentController == newsAnnotator.notes` in `when` clauses). */
export const NOTES_CONTROLLER_ID = 'newsAnnotator.notes';

/** What the suite reads: the threads shown for an article. */
export interface NoteThreads {
  /** The threads of `uri`: annotation id, range offsets and the comments' texts and authors. */
  threadsOf(uri: vscode.Uri): { id: string; start: number; end: number; comments: { text: string; author: string; reply: string | null }[] }[];
  /** The live thread of an annotation (for screenshots: expand it). */
  thread(uri: vscode.Uri, id: string): vscode.CommentThread | undefined;
}

/** Registers the controller, its commands, and keeps threads in step with every article. */
export function registerComments(context: vscode.ExtensionContext, deps: CommandDeps): NoteThreads {
  const controller = vscode.comments.createCommentController(NOTES_CONTROLLER_ID, vscode.l10n.t('News Annotator notes'));
  context.subscriptions.push(controller);
  /** uri -> annotation id -> thread */
  const threads = new Map<string, Map<string, vscode.CommentThread>>();

  const sync = (state: ArticleState): void => {
    const key = state.uri.toString();
    const mine = threads.get(key) ?? new Map<string, vscode.CommentThread>();
    threads.set(key, mine);
    const seen = new Set<string>();
    for (const t of state.annotations) {
      const a = t.annotation;
      if (t.start === null || t.end === null || (a.note === undefined && (a.replies ?? []).length === 0)) continue;
      seen.add(a.id);
      const range = new vscode.Range(state.document.positionAt(t.start), state.document.positionAt(t.end));
      const comments = commentsOf(state.uri, a);
      let thread = mine.get(a.id);
      if (!thread) {
        thread = controller.createCommentThread(state.uri, range, comments);
        thread.canReply = true;
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        thread.contextValue = 'newsAnnotatorNote';
        mine.set(a.id, thread);
      } else {
        if (!thread.range || !thread.range.isEqual(range)) thread.range = range;
        // A comment being edited keeps its editor; the rest follow the sidecar.
        const editing = thread.comments.some((c) => c.mode === vscode.CommentMode.Editing);
        if (!editing && !sameComments(thread.comments, comments)) thread.comments = comments;
      }
      thread.label = threadLabel(a);
    }
    for (const [id, thread] of mine) {
      if (!seen.has(id)) { thread.dispose(); mine.delete(id); }
    }
  };
  const drop = (): void => {
    const open = new Set(deps.registry.all().map((s) => s.uri.toString()));
    for (const [key, mine] of threads) {
      if (open.has(key)) continue;
      mine.forEach((t) => t.dispose());
      threads.delete(key);
    }
  };
  context.subscriptions.push(
    deps.registry.onDidChangeArticle((state) => sync(state)),
    deps.registry.onDidChangeArticles(() => { drop(); deps.registry.all().forEach(sync); }),
    { dispose: () => threads.forEach((m) => m.forEach((t) => t.dispose())) },
  );
  deps.registry.all().forEach(sync);

  /** The thread's annotation, from a comment, a CommentReply, a thread, or an argument object. */
  const locate = async (raw: unknown, fields: readonly string[]): Promise<{ state: ArticleState; id: string; replyId: string | null; body: string | undefined; comment?: NoteComment; thread?: vscode.CommentThread }> => {
    if (raw instanceof NoteComment) {
      const state = await articleOf(deps, { uri: raw.uri });
      const body = typeof raw.body === 'string' ? raw.body : raw.body.value;
      return { state, id: raw.annotationId, replyId: raw.replyId, body, comment: raw, thread: threads.get(raw.uri.toString())?.get(raw.annotationId) };
    }
    const asReply = raw as { thread?: vscode.CommentThread; text?: string } | undefined;
    if (asReply && typeof asReply === 'object' && asReply.thread && typeof asReply.text === 'string') {
      const thread = asReply.thread;
      const entry = [...(threads.get(thread.uri.toString()) ?? new Map<string, vscode.CommentThread>())].find(([, t]) => t === thread);
      if (!entry) throw new AnnotateError('thread', 'unknown-id');
      const state = await articleOf(deps, { uri: thread.uri });
      return { state, id: entry[0], replyId: null, body: asReply.text, thread };
    }
    const { args } = readArgs(raw, fields);
    if (!args) throw new AnnotateError('id', 'missing');
    const state = await articleOf(deps, args);
    const id = stringArg(args, 'id');
    if (id === undefined) throw new AnnotateError('id', 'missing');
    if (!state.annotation(id)) throw new AnnotateError('id', 'unknown-id', id);
    return { state, id, replyId: stringArg(args, 'reply') ?? null, body: stringArg(args, 'body') };
  };

  const write = (state: ArticleState, label: string, id: string, change: (a: Annotation, stamp: { author: string; now: string }) => Partial<Annotation>, reply: (a: Annotation) => unknown): Promise<CommandResult> =>
    deps.history.record(state, label, (doc, ctx) => {
      const a = doc.getAnnotation(id);
      if (!a) throw new AnnotateError('id', 'unknown-id', id);
      doc.updateAnnotation(id, change(a, { author: ctx.author, now: ctx.now }));
      const annotation = doc.getAnnotation(id) as Annotation;
      return { ...NOTHING, annotation, changed: [annotation], reply: reply(annotation) };
    });

  registerCommand(context, deps, 'newsAnnotator.replyNote', async (raw) => {
    const { state, id, body } = await locate(raw, ['id', 'body']);
    if (body === undefined) throw new AnnotateError('body', 'missing');
    let made: unknown;
    const result = await write(state, vscode.l10n.t('Reply'), id, (a, stamp) => {
      const r = addReply(a, body, stamp);
      made = r.reply;
      return { replies: r.replies };
    }, () => made);
    return result;
  });

  const save = async (raw: unknown): Promise<CommandResult | undefined> => {
    const { state, id, replyId, body, comment } = await locate(raw, ['id', 'reply', 'body']);
    if (body === undefined) throw new AnnotateError('body', 'missing');
    if (comment) comment.mode = vscode.CommentMode.Preview;
    if (replyId === null) {
      // The note itself.
      if (body.trim() === '') throw new AnnotateError('body', 'missing');
      return write(state, vscode.l10n.t('Edit Note'), id, (_a, stamp) => ({ note: body, ...stampChange(stamp) }), () => null);
    }
    let edited: unknown;
    return write(state, vscode.l10n.t('Edit Reply'), id, (a, stamp) => {
      const r = editReply(a, replyId, body, stamp);
      edited = r.reply;
      return { replies: r.replies };
    }, () => edited);
  };
  const refresh = (comment: NoteComment): void => {
    const thread = threads.get(comment.uri.toString())?.get(comment.annotationId);
    if (thread) thread.comments = thread.comments.map((c) => c);
  };

  registerCommand(context, deps, 'newsAnnotator.editReply', async (raw) => {
    if (!(raw instanceof NoteComment)) return save(raw);
    // From the comment's title bar: open its editor; Save (saveReply) writes it.
    raw.mode = vscode.CommentMode.Editing;
    raw.body = raw.text;
    refresh(raw);
    return undefined;
  });
  registerCommand(context, deps, 'newsAnnotator.saveReply', (raw) => save(raw));
  registerCommand(context, deps, 'newsAnnotator.cancelReply', (raw) => {
    if (!(raw instanceof NoteComment)) return Promise.resolve(undefined);
    raw.mode = vscode.CommentMode.Preview;
    raw.body = noteMarkdown(raw.text);
    refresh(raw);
    return Promise.resolve(undefined);
  });
  registerCommand(context, deps, 'newsAnnotator.deleteReply', async (raw) => {
    const { state, id, replyId } = await locate(raw, ['id', 'reply']);
    if (replyId === null) {
      const a = state.annotation(id)?.annotation;
      if (a?.kind === 'note') throw new AnnotateError('id', 'kind', vscode.l10n.t('note; use Delete Annotation'));
      return write(state, vscode.l10n.t('Delete Note'), id, (_a, stamp) => ({ note: undefined, replies: undefined, ...stampChange(stamp) }), () => null);
    }
    return write(state, vscode.l10n.t('Delete Reply'), id, (a) => ({ replies: deleteReply(a, replyId) }), () => ({ id: replyId }));
  });

  return {
    threadsOf: (uri) => [...(threads.get(uri.toString()) ?? new Map<string, vscode.CommentThread>())].map(([id, t]) => {
      const state = deps.registry.get(uri);
      return {
        id,
        start: state && t.range ? state.document.offsetAt(t.range.start) : -1,
        end: state && t.range ? state.document.offsetAt(t.range.end) : -1,
        comments: t.comments.map((c) => ({ text: (c as NoteComment).text, author: c.author.name, reply: (c as NoteComment).replyId })),
      };
    }),
    thread: (uri, id) => threads.get(uri.toString())?.get(id),
  };
}

function commentsOf(uri: vscode.Uri, a: Annotation): NoteComment[] {
  return [...(a.note !== undefined ? [NoteComment.ofNote(uri, a)] : []), ...(a.replies ?? []).map((r) => NoteComment.ofReply(uri, a, r))];
}

function sameComments(a: readonly vscode.Comment[], b: readonly NoteComment[]): boolean {
  return a.length === b.length && a.every((c, i) => {
    const x = c as NoteComment, y = b[i] as NoteComment;
    return x.text === y.text && x.replyId === y.replyId && x.author.name === y.author.name && x.timestamp?.getTime() === y.timestamp?.getTime() && x.label === y.label;
  });
}

/** The thread's title: its words (cut at a word, isolated for bidi) and the status in the UI language. */
function threadLabel(a: Annotation): string {
  const one = a.target.exact.replace(/\s+/g, ' ').trim();
  const words = one.length <= 40 ? one : `${one.slice(0, 40).replace(/\s+\S*$/, '')}…`;
  return `\u2068${words}\u2069 · ${statusLabel(a.status)}`;
}
