/**
 * The annotate family: Annotate Claim / Source / Quote and Add Note on the selection, Accept
 * Finding at the cursor, Accept All Findings. Each asks what it needs, or takes it all from
 * one argument object, and writes through the article's state at once.
 */
import * as vscode from 'vscode';
import type { Analysis, Identity } from '../../core/analysis/types';
import { AnnotateError, checkRange, findingAt, newAnnotation, planAcceptAll, planAcceptFinding, type FindingKey } from '../../core/annotate';
import type { Annotation, AnnotationKind, AnnotationStatus } from '../../core/sidecar';
import {
  applySourceChoice, askText, IDENTITIES, pickIdentity, pickSource, placedOf, sourceChoiceArg, STATUSES, takenOf, type SourceChoice,
} from './annotation-choices';
import {
  articleOf, enumArg, NOTHING, rangeOf, readArgs, registerCommand, stringArg, tagsArg, type CommandDeps, type CommandResult,
} from './command-support';

const COMMON_FIELDS = ['range', 'status', 'note', 'tags'];

/** Registers the annotate family. */
export function registerAnnotateCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  registerCommand(context, deps, 'newsAnnotator.annotateSource', (raw) => annotateSelection(deps, raw, 'source'));
  registerCommand(context, deps, 'newsAnnotator.annotateQuote', (raw) => annotateSelection(deps, raw, 'quote'));
  registerCommand(context, deps, 'newsAnnotator.annotateClaim', (raw) => annotateSelection(deps, raw, 'claim'));
  registerCommand(context, deps, 'newsAnnotator.addNote', (raw) => annotateSelection(deps, raw, 'note'));
  registerCommand(context, deps, 'newsAnnotator.acceptFinding', (raw) => acceptFinding(deps, raw));
  registerCommand(context, deps, 'newsAnnotator.acceptAllFindings', (raw) => acceptAll(deps, raw));
}

const FIELDS: Readonly<Record<AnnotationKind, readonly string[]>> = {
  source: [...COMMON_FIELDS, 'identity', 'role', 'reason'],
  quote: [...COMMON_FIELDS, 'speaker', 'direct'],
  claim: [...COMMON_FIELDS, 'source'],
  note: [...COMMON_FIELDS],
};

async function annotateSelection(deps: CommandDeps, raw: unknown, kind: AnnotationKind): Promise<CommandResult> {
  const { args, menuUri, interactive } = readArgs(raw, FIELDS[kind]);
  const state = await articleOf(deps, args, menuUri);
  const range = rangeOf(state, args);
  if (!range || range.start === range.end) throw new AnnotateError('range', 'missing', vscode.l10n.t('select the words first'));
  checkRange(state.document.getText(), range.start, range.end);
  const status = enumArg<AnnotationStatus>(args, 'status', STATUSES);
  const tags = tagsArg(args);
  const direct = args?.direct;
  if (direct !== undefined && typeof direct !== 'boolean') throw new AnnotateError('direct', 'type', 'true or false');

  let identity: Identity | undefined;
  let role: string | undefined;
  let reason: string | undefined;
  let link: SourceChoice | undefined;
  let note = stringArg(args, 'note');
  if (kind === 'source') {
    identity = enumArg<Identity>(args, 'identity', IDENTITIES);
    role = stringArg(args, 'role');
    reason = stringArg(args, 'reason');
    if (interactive) {
      const found = state.analysis.sources.find((s) => s.mentions.some((m) => m.start < range.end && range.start < m.end));
      identity = await pickIdentity(found?.identity);
      role = await askText(vscode.l10n.t('Role (optional)'), { optional: true, value: found?.role ?? '', prompt: vscode.l10n.t('The role the article gives the source, e.g. “a specialist in Libyan affairs”.') });
      if (identity !== 'named') reason = await askText(vscode.l10n.t('Reason for anonymity (optional)'), { optional: true, value: found?.reason ?? '' });
    } else if (identity === undefined) {
      throw new AnnotateError('identity', 'missing');
    }
  } else if (kind === 'quote' || kind === 'claim') {
    const field = kind === 'quote' ? 'speaker' : 'source';
    link = interactive ? await pickSource(state, range.start, range.end, field) : sourceChoiceArg(args, field);
  } else if (note === undefined) {
    if (!interactive) throw new AnnotateError('note', 'missing');
    note = await askText(vscode.l10n.t('Note'), { prompt: vscode.l10n.t('What the analyst wants to say about these words.') });
  }

  const label = vscode.l10n.t('Annotate {0}', kind);
  return deps.history.record(state, label, (doc, ctx) => {
    const added: Annotation[] = [];
    const ref = link ? applySourceChoice(state, doc, ctx, link, range.start, added) : undefined;
    const a = newAnnotation(ctx.text, {
      kind, start: range.start, end: range.end,
      ...(identity !== undefined ? { identity } : {}),
      ...(role ? { role } : {}), ...(reason ? { reason } : {}),
      ...(kind === 'quote' && ref !== undefined ? { speaker: ref } : {}),
      ...(kind === 'claim' && ref !== undefined ? { source: ref } : {}),
      ...(typeof direct === 'boolean' ? { direct } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(tags !== undefined ? { tags } : {}),
    }, takenOf(doc), { author: ctx.author, now: ctx.now });
    doc.addAnnotation(a);
    added.push(a);
    return { ...NOTHING, annotation: a, added };
  });
}

function findingArg(v: unknown): FindingKey | undefined {
  if (v === undefined) return undefined;
  const o = v as { kind?: unknown; id?: unknown } | null;
  if (!o || typeof o !== 'object' || !['source', 'quote', 'claim'].includes(o.kind as string) || typeof o.id !== 'string') {
    throw new AnnotateError('finding', 'type', '{kind: source | quote | claim, id}');
  }
  return { kind: o.kind as FindingKey['kind'], id: o.id };
}

/** The finding on exactly `[start, end)` (what a hover's link passes), quotes and claims before sources. */
function findingExactly(analysis: Analysis, start: number, end: number): FindingKey | null {
  const q = analysis.quotes.find((x) => x.start === start && x.end === end);
  if (q) return { kind: 'quote', id: q.id };
  const c = analysis.claims.find((x) => x.start === start && x.end === end);
  if (c) return { kind: 'claim', id: c.id };
  const s = analysis.sources.find((x) => x.mentions.some((m) => m.start === start && m.end === end));
  return s ? { kind: 'source', id: s.id } : null;
}

async function acceptFinding(deps: CommandDeps, raw: unknown): Promise<CommandResult> {
  const { args, menuUri } = readArgs(raw, ['range', 'finding']);
  const state = await articleOf(deps, args, menuUri);
  let key = findingArg(args?.finding);
  if (!key) {
    const range = rangeOf(state, args);
    if (!range) throw new AnnotateError('range', 'missing');
    key = findingExactly(state.analysis, range.start, range.end) ?? findingAt(state.analysis, range.start)
      ?? (range.end !== range.start ? findingAt(state.analysis, range.end) : null) ?? undefined;
    if (!key) throw new AnnotateError('finding', 'no-finding');
  }
  const found = key;
  return deps.history.record(state, vscode.l10n.t('Accept Finding'), (doc, ctx) => {
    const plan = planAcceptFinding(state.analysis, found, { text: ctx.text, placed: placedOf(ctx), taken: takenOf(doc), stamp: { author: ctx.author, now: ctx.now } });
    for (const a of plan.added) doc.addAnnotation(a);
    const annotation = plan.id !== null ? doc.getAnnotation(plan.id) ?? undefined : undefined;
    return { ...NOTHING, ...(annotation ? { annotation } : {}), added: plan.added };
  });
}

async function acceptAll(deps: CommandDeps, raw: unknown): Promise<CommandResult> {
  const { args, menuUri, interactive } = readArgs(raw, []);
  const state = await articleOf(deps, args, menuUri);
  const result = await deps.history.record(state, vscode.l10n.t('Accept All Findings'), (doc, ctx) => {
    const plan = planAcceptAll(state.analysis, { text: ctx.text, placed: placedOf(ctx), taken: takenOf(doc), stamp: { author: ctx.author, now: ctx.now } });
    for (const a of plan.added) doc.addAnnotation(a);
    return { ...NOTHING, added: plan.added };
  });
  if (interactive) {
    void vscode.window.showInformationMessage(result.added.length === 0
      ? vscode.l10n.t('News Annotator: every finding is already annotated.')
      : vscode.l10n.t('News Annotator: {0} annotations added.', result.added.length));
  }
  return result;
}
