/**
 * The prompts the annotate and edit commands share (identity, status, a source to link), and
 * the same answers read from an argument object. A choice of source is resolved inside the
 * sidecar change, where the current text and annotations are known.
 */
import * as vscode from 'vscode';
import type { Identity } from '../../core/analysis/types';
import { AnnotateError, findLabel, newAnnotation, planAcceptFinding, type PlacedAnnotation } from '../../core/annotate';
import type { Annotation, AnnotationStatus, SidecarDocument } from '../../core/sidecar';
import type { ArticleState, ModifyContext } from '../article/article-state-types';
import { Cancelled, editorOf, type Args } from './command-support';

export const IDENTITIES: readonly Identity[] = ['named', 'vague', 'anonymous'];
export const STATUSES: readonly AnnotationStatus[] = ['unverified', 'verified', 'disputed', 'false', 'misleading'];

/** A source for a quote's speaker or a claim's source. */
export type SourceChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'existing'; readonly id: string }
  /** A source the engine found (by its analysis id), annotated on the way if it is not yet. */
  | { readonly kind: 'finding'; readonly sourceId: string }
  /** A new source annotation on `[start, end)`, or on the label's occurrence nearest the quote. */
  | { readonly kind: 'new'; readonly start?: number; readonly end?: number; readonly label?: string; readonly identity: Identity; readonly role?: string; readonly reason?: string };

export function identityLabel(identity: Identity): string {
  switch (identity) {
    case 'named': return vscode.l10n.t('named');
    case 'vague': return vscode.l10n.t('vague');
    case 'anonymous': return vscode.l10n.t('anonymous');
  }
}

export function statusLabel(status: AnnotationStatus): string {
  switch (status) {
    case 'unverified': return vscode.l10n.t('unverified');
    case 'verified': return vscode.l10n.t('verified');
    case 'disputed': return vscode.l10n.t('disputed');
    case 'false': return vscode.l10n.t('false');
    case 'misleading': return vscode.l10n.t('misleading');
  }
}

/** Asks for an identity, `guess` first. @throws Cancelled. */
export async function pickIdentity(guess?: Identity): Promise<Identity> {
  const order = guess ? [guess, ...IDENTITIES.filter((i) => i !== guess)] : IDENTITIES;
  const picked = await vscode.window.showQuickPick(
    order.map((identity) => ({ label: identityLabel(identity), identity, description: identity === guess ? vscode.l10n.t('the engine\'s guess') : undefined })),
    { title: vscode.l10n.t('How identifiable is the source?'), placeHolder: vscode.l10n.t('named, vague or anonymous') },
  );
  if (!picked) throw new Cancelled();
  return picked.identity;
}

/** Asks for a status, the current one marked. @throws Cancelled. */
export async function pickStatus(current?: AnnotationStatus): Promise<AnnotationStatus> {
  const picked = await vscode.window.showQuickPick(
    STATUSES.map((status) => ({ label: statusLabel(status), status, description: status === current ? vscode.l10n.t('current') : undefined })),
    { title: vscode.l10n.t('Set the status') },
  );
  if (!picked) throw new Cancelled();
  return picked.status;
}

/** Asks for a line of text (`''` allowed when `optional`). @throws Cancelled. */
export async function askText(title: string, options: { value?: string; optional?: boolean; prompt?: string } = {}): Promise<string> {
  const answer = await vscode.window.showInputBox({
    title,
    value: options.value,
    prompt: options.prompt,
    validateInput: (v) => (options.optional || v.trim() !== '' ? undefined : vscode.l10n.t('Type something, or press Escape to cancel.')),
  });
  if (answer === undefined) throw new Cancelled();
  return answer.trim();
}

/**
 * The source choice in `args[field]`: a source annotation id, `null` (none), or
 * `{range: {start, end}} | {label}` with `identity` (and `role`, `reason`) for a new source.
 * `undefined` when the field is absent. @throws AnnotateError.
 */
export function sourceChoiceArg(args: Args | undefined, field: string): SourceChoice | undefined {
  if (!args || !(field in args)) return undefined;
  const v = args[field];
  if (v === null) return { kind: 'none' };
  if (typeof v === 'string') return { kind: 'existing', id: v };
  if (typeof v !== 'object' || Array.isArray(v)) throw new AnnotateError(field, 'type', 'an id, null, or {range | label, identity}');
  const o = v as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!['range', 'label', 'identity', 'role', 'reason'].includes(key)) throw new AnnotateError(`${field}.${key}`, 'unknown-field', 'range, label, identity, role, reason');
  }
  const identity = o.identity;
  if (typeof identity !== 'string' || !(IDENTITIES as readonly string[]).includes(identity)) throw new AnnotateError(`${field}.identity`, 'value', IDENTITIES.join(', '));
  const text = (k: string): string | undefined => {
    if (o[k] === undefined) return undefined;
    if (typeof o[k] !== 'string') throw new AnnotateError(`${field}.${k}`, 'type', 'a string');
    return o[k] as string;
  };
  const base = { kind: 'new' as const, identity: identity as Identity, ...(text('role') ? { role: text('role') } : {}), ...(text('reason') ? { reason: text('reason') } : {}) };
  if (o.range !== undefined) {
    const r = o.range as { start?: unknown; end?: unknown } | null;
    if (!r || !Number.isInteger(r.start) || !Number.isInteger(r.end)) throw new AnnotateError(`${field}.range`, 'type', '{start, end} integers');
    return { ...base, start: r.start as number, end: r.end as number };
  }
  const label = text('label');
  if (label === undefined || label.trim() === '') throw new AnnotateError(`${field}.label`, 'missing');
  return { ...base, label };
}

/**
 * Asks which source a quote (or claim) at `[start, end)` rests on: the engine's guess first,
 * then the article's source annotations, the second selection, a typed label, or none.
 * @throws Cancelled.
 */
export async function pickSource(state: ArticleState, start: number, end: number, what: 'speaker' | 'source', current?: string): Promise<SourceChoice> {
  type Item = vscode.QuickPickItem & { choice?: SourceChoice; typed?: true };
  const items: Item[] = [];
  const analysis = state.analysis;
  const overlapping = (s: number, e: number): boolean => s < end && start < e;
  const guessed = what === 'speaker'
    ? analysis.quotes.find((q) => overlapping(q.start, q.end))?.speaker
    : analysis.claims.find((c) => overlapping(c.start, c.end))?.attributedTo;
  const sources = state.annotations.filter((t) => t.annotation.kind === 'source');
  const covering = (sourceId: string): string | undefined => {
    const s = analysis.sources.find((x) => x.id === sourceId);
    return sources.find((t) => t.start !== null && t.end !== null && s?.mentions.some((m) => m.start < (t.end as number) && (t.start as number) < m.end))?.annotation.id;
  };
  const text = state.document.getText();
  const words = (a: Annotation): string => a.target.exact.length > 60 ? `${a.target.exact.slice(0, 57)}…` : a.target.exact;
  let guessId: string | undefined;
  if (guessed) {
    guessId = covering(guessed);
    const finding = analysis.sources.find((s) => s.id === guessed);
    if (guessId) {
      const a = state.annotation(guessId)?.annotation as Annotation;
      items.push({ label: `$(sparkle) ${words(a)}`, description: vscode.l10n.t('the engine\'s guess'), detail: identityLabel(a.identity ?? 'named'), choice: { kind: 'existing', id: guessId } });
    } else if (finding) {
      items.push({ label: `$(sparkle) ${finding.label}`, description: vscode.l10n.t('the engine\'s guess (annotated on the way)'), detail: identityLabel(finding.identity), choice: { kind: 'finding', sourceId: finding.id } });
    }
  }
  for (const t of sources) {
    if (t.annotation.id === guessId) continue;
    items.push({
      label: words(t.annotation),
      description: [identityLabel(t.annotation.identity ?? 'named'), t.annotation.role, t.annotation.id === current ? vscode.l10n.t('current') : undefined].filter(Boolean).join(' · '),
      choice: { kind: 'existing', id: t.annotation.id },
    });
  }
  const editor = editorOf(state);
  const second = editor?.selections.find((s) => !s.isEmpty && (state.document.offsetAt(s.start) !== start || state.document.offsetAt(s.end) !== end));
  if (second) {
    const s = state.document.offsetAt(second.start), e = state.document.offsetAt(second.end);
    items.push({ label: vscode.l10n.t('$(add) New source: «{0}» (the second selection)', text.slice(s, e)), choice: { kind: 'new', start: s, end: e, identity: 'named' } });
  }
  items.push({ label: vscode.l10n.t('$(edit) New source from a typed label…'), typed: true });
  items.push({ label: vscode.l10n.t('$(circle-slash) No source'), choice: { kind: 'none' } });
  const picked = await vscode.window.showQuickPick(items, {
    title: what === 'speaker' ? vscode.l10n.t('Who said it?') : vscode.l10n.t('Which source does the claim rest on?'),
    matchOnDescription: true,
  });
  if (!picked) throw new Cancelled();
  if (picked.typed) {
    const label = await askText(vscode.l10n.t('The source, as the article names it'), { prompt: vscode.l10n.t('Words of the article; the occurrence nearest the quote is annotated.') });
    if (!findLabel(text, label, start)) {
      throw new AnnotateError('label', 'value', vscode.l10n.t('words that occur in the article («{0}» does not)', label));
    }
    return { kind: 'new', label, identity: await pickIdentity() };
  }
  const choice = picked.choice as SourceChoice;
  if (choice.kind === 'new' && choice.label === undefined) return { ...choice, identity: await pickIdentity() };
  return choice;
}

/** The annotations placed now, for the core's planners. */
export function placedOf(context: ModifyContext): PlacedAnnotation[] {
  return [...context.tracked.values()].map((t) => ({ annotation: t.annotation, start: t.start, end: t.end }));
}

/** Ids that a new annotation may not take: those in the file and those retired. */
export function takenOf(doc: SidecarDocument): Set<string> {
  return new Set([...doc.sidecar.annotations.map((a) => a.id), ...(doc.sidecar.retired ?? [])]);
}

/**
 * Resolves `choice` inside a sidecar change: the id of the source annotation (added to `doc`
 * when new, and to `added`), or `undefined` for none.
 * @throws AnnotateError when the id is not a source, the label is not in the text.
 */
export function applySourceChoice(
  state: ArticleState, doc: SidecarDocument, context: ModifyContext, choice: SourceChoice, near: number, added: Annotation[],
): string | undefined {
  switch (choice.kind) {
    case 'none':
      return undefined;
    case 'existing': {
      const a = doc.getAnnotation(choice.id);
      if (!a) throw new AnnotateError('source', 'unknown-id', choice.id);
      if (a.kind !== 'source') throw new AnnotateError('source', 'kind', a.kind);
      return a.id;
    }
    case 'finding': {
      const plan = planAcceptFinding(state.analysis, { kind: 'source', id: choice.sourceId }, {
        text: context.text, placed: placedOf(context), taken: takenOf(doc), stamp: { author: context.author, now: context.now },
      });
      for (const a of plan.added) { doc.addAnnotation(a); added.push(a); }
      return plan.id ?? undefined;
    }
    case 'new': {
      let range = choice.start !== undefined && choice.end !== undefined ? { start: choice.start, end: choice.end } : null;
      if (!range && choice.label !== undefined) {
        range = findLabel(context.text, choice.label, near);
        if (!range) throw new AnnotateError('label', 'value', `words that occur in the article («${choice.label}» does not)`);
      }
      if (!range) throw new AnnotateError('source', 'missing');
      const a = newAnnotation(context.text, {
        kind: 'source', start: range.start, end: range.end, identity: choice.identity,
        ...(choice.role ? { role: choice.role } : {}), ...(choice.reason ? { reason: choice.reason } : {}),
      }, takenOf(doc), { author: context.author, now: context.now });
      doc.addAnnotation(a);
      added.push(a);
      return a.id;
    }
  }
}
