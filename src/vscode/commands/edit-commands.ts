/**
 * The edit family: Set Status, Edit Note, Edit Tags, Link Source, Set Identity, Delete
 * Annotation (its id goes to `retired:`), Reattach Orphan. Each works on the annotation given
 * by `id`, else the one at the cursor, and writes through the article's state at once.
 */
import * as vscode from 'vscode';
import type { Identity } from '../../core/analysis/types';
import { AnnotateError, checkRange, stampChange } from '../../core/annotate';
import { describe } from '../../core/anchoring';
import type { Annotation, AnnotationPatch, AnnotationStatus } from '../../core/sidecar';
import {
  applySourceChoice, askText, IDENTITIES, identityLabel, pickIdentity, pickSource, pickStatus, sourceChoiceArg, STATUSES,
} from './annotation-choices';
import {
  annotationOf, articleOf, Cancelled, enumArg, NOTHING, rangeOf, readArgs, registerCommand, stringArg, tagsArg,
  type CommandDeps, type CommandResult,
} from './command-support';
import type { ArticleState } from '../article/article-state-types';

/** Registers the edit family. */
export function registerEditCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  registerCommand(context, deps, 'newsAnnotator.setStatus', (raw) => setStatus(deps, raw));
  registerCommand(context, deps, 'newsAnnotator.editNote', (raw) => editNote(deps, raw));
  registerCommand(context, deps, 'newsAnnotator.editTags', (raw) => editTags(deps, raw));
  registerCommand(context, deps, 'newsAnnotator.linkSource', (raw) => linkSource(deps, raw));
  registerCommand(context, deps, 'newsAnnotator.setIdentity', (raw) => setIdentity(deps, raw));
  registerCommand(context, deps, 'newsAnnotator.deleteAnnotation', (raw) => deleteAnnotation(deps, raw));
  registerCommand(context, deps, 'newsAnnotator.reattachOrphan', (raw) => reattachOrphan(deps, raw));
}

/** Patches one annotation (stamped with author and time) and returns it as stored. */
function patchOne(deps: CommandDeps, state: ArticleState, id: string, label: string, patch: (a: Annotation) => AnnotationPatch): Promise<CommandResult> {
  return deps.history.record(state, label, (doc, ctx) => {
    const current = doc.getAnnotation(id);
    if (!current) throw new AnnotateError('id', 'unknown-id', id);
    doc.updateAnnotation(id, { ...patch(current), ...stampChange({ author: ctx.author, now: ctx.now }) });
    const annotation = doc.getAnnotation(id) as Annotation;
    return { ...NOTHING, annotation, changed: [annotation] };
  });
}

async function setStatus(deps: CommandDeps, raw: unknown): Promise<CommandResult> {
  const { args, menuUri, interactive } = readArgs(raw, ['id', 'range', 'status']);
  const state = await articleOf(deps, args, menuUri);
  const target = annotationOf(state, args);
  const status = interactive ? await pickStatus(target.annotation.status) : enumArg<AnnotationStatus>(args, 'status', STATUSES);
  if (status === undefined) throw new AnnotateError('status', 'missing', STATUSES.join(', '));
  return patchOne(deps, state, target.annotation.id, vscode.l10n.t('Set Status'), () => ({ status }));
}

async function editNote(deps: CommandDeps, raw: unknown): Promise<CommandResult> {
  const { args, menuUri, interactive } = readArgs(raw, ['id', 'range', 'note']);
  const state = await articleOf(deps, args, menuUri);
  const target = annotationOf(state, args);
  let note = stringArg(args, 'note');
  if (note === undefined) {
    if (!interactive) throw new AnnotateError('note', 'missing', vscode.l10n.t('"" removes the note'));
    note = await askText(vscode.l10n.t('Note'), { value: target.annotation.note ?? '', optional: true, prompt: vscode.l10n.t('Empty removes the note.') });
  }
  const text = note.trim();
  if (text === '' && target.annotation.kind === 'note') throw new AnnotateError('note', 'missing', vscode.l10n.t('a note annotation needs its note; delete it instead'));
  return patchOne(deps, state, target.annotation.id, vscode.l10n.t('Edit Note'), () => ({ note: text === '' ? undefined : note }));
}

async function editTags(deps: CommandDeps, raw: unknown): Promise<CommandResult> {
  const { args, menuUri, interactive } = readArgs(raw, ['id', 'range', 'tags']);
  const state = await articleOf(deps, args, menuUri);
  const target = annotationOf(state, args);
  let tags = tagsArg(args);
  if (tags === undefined) {
    if (!interactive) throw new AnnotateError('tags', 'missing');
    const typed = await askText(vscode.l10n.t('Tags, separated by commas'), { value: (target.annotation.tags ?? []).join(', '), optional: true });
    tags = typed.split(/[,،]/).map((t) => t.trim()).filter((t) => t !== '');
  }
  const unique = [...new Set(tags)];
  return patchOne(deps, state, target.annotation.id, vscode.l10n.t('Edit Tags'), () => ({ tags: unique.length > 0 ? unique : undefined }));
}

async function linkSource(deps: CommandDeps, raw: unknown): Promise<CommandResult> {
  const { args, menuUri, interactive } = readArgs(raw, ['id', 'range', 'speaker', 'source']);
  const state = await articleOf(deps, args, menuUri);
  const target = annotationOf(state, args, ['quote', 'claim']);
  const a = target.annotation;
  const field = a.kind === 'quote' ? 'speaker' : 'source';
  let choice = sourceChoiceArg(args, field) ?? sourceChoiceArg(args, field === 'speaker' ? 'source' : 'speaker');
  if (!choice) {
    if (!interactive) throw new AnnotateError(field, 'missing');
    choice = await pickSource(state, target.start ?? a.target.start, target.end ?? a.target.end, field, a[field]);
  }
  const picked = choice;
  return deps.history.record(state, vscode.l10n.t('Link Source'), (doc, ctx) => {
    const added: Annotation[] = [];
    const ref = applySourceChoice(state, doc, ctx, picked, target.start ?? a.target.start, added);
    doc.updateAnnotation(a.id, { [field]: ref, ...stampChange({ author: ctx.author, now: ctx.now }) });
    const annotation = doc.getAnnotation(a.id) as Annotation;
    return { ...NOTHING, annotation, added, changed: [annotation] };
  });
}

async function setIdentity(deps: CommandDeps, raw: unknown): Promise<CommandResult> {
  const { args, menuUri, interactive } = readArgs(raw, ['id', 'range', 'identity', 'role', 'reason']);
  const state = await articleOf(deps, args, menuUri);
  let target = annotationOf(state, args, ['source', 'quote', 'claim']);
  if (target.annotation.kind !== 'source') {
    // A quote's or claim's identity is its source's.
    const ref = target.annotation.speaker ?? target.annotation.source;
    const source = ref !== undefined ? state.annotation(ref) : undefined;
    if (!source) throw new AnnotateError('id', 'kind', vscode.l10n.t('{0} without a source', target.annotation.kind));
    target = source;
  }
  const a = target.annotation;
  let identity = enumArg<Identity>(args, 'identity', IDENTITIES);
  let role = stringArg(args, 'role');
  let reason = stringArg(args, 'reason');
  if (interactive) {
    identity = await pickIdentity(a.identity);
    role = await askText(vscode.l10n.t('Role (optional)'), { optional: true, value: a.role ?? '' });
    if (identity !== 'named') reason = await askText(vscode.l10n.t('Reason for anonymity (optional)'), { optional: true, value: a.reason ?? '' });
  }
  if (identity === undefined) throw new AnnotateError('identity', 'missing', IDENTITIES.join(', '));
  const patch: AnnotationPatch = {
    identity,
    ...(role !== undefined ? { role: role.trim() === '' ? undefined : role.trim() } : {}),
    ...(reason !== undefined ? { reason: reason.trim() === '' ? undefined : reason.trim() } : {}),
  };
  return patchOne(deps, state, a.id, vscode.l10n.t('Set Identity: {0}', identityLabel(identity)), () => patch);
}

async function deleteAnnotation(deps: CommandDeps, raw: unknown): Promise<CommandResult> {
  const { args, menuUri } = readArgs(raw, ['id', 'range']);
  const state = await articleOf(deps, args, menuUri);
  const target = annotationOf(state, args);
  const id = target.annotation.id;
  return deps.history.record(state, vscode.l10n.t('Delete Annotation'), (doc) => {
    doc.removeAnnotation(id);
    return { ...NOTHING, retired: [id] };
  });
}

async function reattachOrphan(deps: CommandDeps, raw: unknown): Promise<CommandResult> {
  const { args, menuUri, interactive } = readArgs(raw, ['id', 'range']);
  const state = await articleOf(deps, args, menuUri);
  const orphans = state.annotations.filter((t) => t.start === null);
  let id = stringArg(args, 'id');
  if (id === undefined) {
    if (!interactive) throw new AnnotateError('id', 'missing');
    if (orphans.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: this article has no orphaned annotation.'));
      throw new Cancelled();
    }
    const picked = await vscode.window.showQuickPick(
      orphans.map((t) => ({ label: t.annotation.target.exact, description: `${t.annotation.kind} · ${t.annotation.id}`, id: t.annotation.id })),
      { title: vscode.l10n.t('Attach which orphaned annotation to the selection?') },
    );
    if (!picked) throw new Cancelled();
    id = picked.id;
  }
  const tracked = state.annotation(id);
  if (!tracked) throw new AnnotateError('id', 'unknown-id', id);
  const range = rangeOf(state, args);
  if (!range || range.start === range.end) throw new AnnotateError('range', 'missing', vscode.l10n.t('select the words first'));
  checkRange(state.document.getText(), range.start, range.end);
  const orphanId = id;
  return deps.history.record(state, vscode.l10n.t('Reattach Orphan'), (doc, ctx) => {
    doc.updateAnnotation(orphanId, { target: describe(ctx.text, range.start, range.end), ...stampChange({ author: ctx.author, now: ctx.now }) });
    const annotation = doc.getAnnotation(orphanId) as Annotation;
    return { ...NOTHING, annotation, changed: [annotation] };
  });
}
