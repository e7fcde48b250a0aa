/**
 * What every annotation command shares: its dependencies, reading its one argument object
 * (`{uri, range: {start, end}, id, ...}`, offsets in UTF-16 code units), finding the article
 * and the annotation it is about, turning refusals into messages in the UI language, and the
 * plain-data result it returns.
 */
import * as vscode from 'vscode';
import { AnnotateError } from '../../core/annotate';
import { SidecarEditError, SidecarParseError, type Annotation } from '../../core/sidecar';
import type { ArticleRegistry, ArticleState, TrackedAnnotation } from '../article/article-state-types';
import type { Log } from '../log';
import type { AnnotationHistory } from './annotation-history';

/** What the command families need. */
export interface CommandDeps {
  readonly registry: ArticleRegistry;
  readonly log: Log;
  readonly history: AnnotationHistory;
}

/** What a command returns: plain data (the sidecar's annotations as stored after the change). */
export interface CommandResult {
  /** The annotation the command was about (created or changed), when there is one. */
  readonly annotation?: Annotation;
  /** Annotations added, in the order they were added. */
  readonly added: readonly Annotation[];
  /** Annotations changed (as they are now). */
  readonly changed: readonly Annotation[];
  /** Ids moved to `retired:`. */
  readonly retired: readonly string[];
  /** A reply created or changed (notes' threads). */
  readonly reply?: unknown;
}

/** The argument object, once known to be one (see {@link readArgs}). */
export type Args = Readonly<Record<string, unknown>>;

/** A command was cancelled at a prompt (Escape): not an error, nothing changed. */
export class Cancelled extends Error {
  override readonly name = 'Cancelled';
}

/**
 * The argument object of a call, or `undefined` for an interactive call (no argument, or the
 * Uri VS Code passes from a menu; `menuUri` then gets it). `interactive`: the command may ask
 * for its answers — no argument object, or one with only locating keys (`uri`, `id`, `range`,
 * `finding`, `offset`: what the hovers' command links pass); an object with any answer in it
 * asks nothing.
 * @throws AnnotateError `type` for anything else, `unknown-field` for a key not in `fields`.
 */
export function readArgs(raw: unknown, fields: readonly string[]): { args: Args | undefined; menuUri: vscode.Uri | undefined; interactive: boolean } {
  if (raw === undefined || raw === null) return { args: undefined, menuUri: undefined, interactive: true };
  if (raw instanceof vscode.Uri) return { args: undefined, menuUri: raw, interactive: true };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new AnnotateError('arguments', 'type', 'an object');
  const allowed = new Set(['uri', 'webview', 'webviewSection', ...fields]); // + what VS Code adds from the reading view's context menu
  for (const key of Object.keys(raw)) {
    if (!allowed.has(key)) throw new AnnotateError(key, 'unknown-field', [...allowed].join(', '));
  }
  // Only where (what a hover's command link passes): ask for the rest, as from the palette.
  const interactive = Object.keys(raw).every((k) => LOCATOR_KEYS.has(k));
  return { args: raw as Args, menuUri: undefined, interactive };
}

/** Keys that say which article and annotation a call is about, not what to do with it. */
const LOCATOR_KEYS = new Set(['uri', 'id', 'range', 'finding', 'offset']);

/** The article of a call: `args.uri` (a Uri or its string), the menu's Uri, else the active editor's. @throws AnnotateError. */
export async function articleOf(deps: CommandDeps, args: Args | undefined, menuUri?: vscode.Uri): Promise<ArticleState> {
  let uri: vscode.Uri | undefined = menuUri;
  const given = args?.uri;
  if (given !== undefined) {
    if (given instanceof vscode.Uri) uri = given;
    // A scheme is two letters or more: `C:\\x` is a Windows path, `file:///x` a URI.
    else if (typeof given === 'string' && given !== '') uri = /^[A-Za-z][A-Za-z0-9+.-]+:/.test(given) ? vscode.Uri.parse(given, true) : vscode.Uri.file(given);
    else throw new AnnotateError('uri', 'type', 'a Uri or its string');
  }
  if (!uri) {
    const active = deps.registry.active;
    if (!active) throw new AnnotateError('uri', 'missing', 'no article in the active editor');
    await active.settled();
    return active;
  }
  let state = deps.registry.get(uri);
  if (!state) {
    const document = await vscode.workspace.openTextDocument(uri);
    state = deps.registry.open(document);
  }
  if (!state) throw new AnnotateError('uri', 'value', `${uri.toString()} is not an article`);
  await state.settled();
  return state;
}

/** `args.range` as `[start, end)` offsets, else the selection in the article's editor; `null` when neither. @throws AnnotateError. */
export function rangeOf(state: ArticleState, args: Args | undefined): { start: number; end: number } | null {
  const r = args?.range;
  if (r !== undefined) {
    if (r === null || typeof r !== 'object') throw new AnnotateError('range', 'type', '{start, end}');
    const { start, end } = r as { start?: unknown; end?: unknown };
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw new AnnotateError('range', 'type', '{start, end} integers');
    return { start: start as number, end: end as number };
  }
  const editor = editorOf(state);
  if (!editor) return null;
  const s = editor.selection;
  return { start: state.document.offsetAt(s.start), end: state.document.offsetAt(s.end) };
}

/** The visible editor showing the article, the active one first. */
export function editorOf(state: ArticleState): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active?.document === state.document) return active;
  return vscode.window.visibleTextEditors.find((e) => e.document === state.document);
}

/**
 * The annotation a call is about: `args.id`, else the smallest placed annotation (of `kinds`,
 * when given) holding the range or cursor. @throws AnnotateError `unknown-id`, `kind`, `missing`.
 */
export function annotationOf(state: ArticleState, args: Args | undefined, kinds?: readonly Annotation['kind'][]): TrackedAnnotation {
  const id = args?.id;
  if (id !== undefined) {
    if (typeof id !== 'string') throw new AnnotateError('id', 'type', 'a string');
    const t = state.annotation(id);
    if (!t) throw new AnnotateError('id', 'unknown-id', id);
    if (kinds && !kinds.includes(t.annotation.kind)) throw new AnnotateError('id', 'kind', `${t.annotation.kind}; expected ${kinds.join(', ')}`);
    return t;
  }
  const range = rangeOf(state, args);
  if (!range) throw new AnnotateError('id', 'missing');
  const hits = state.annotations.filter((t) => t.start !== null && t.end !== null && (!kinds || kinds.includes(t.annotation.kind))
    && t.start <= range.end && range.start <= t.end);
  hits.sort((a, b) => ((a.end as number) - (a.start as number)) - ((b.end as number) - (b.start as number)));
  const best = hits[0];
  if (!best) throw new AnnotateError('id', 'missing', 'no annotation at the cursor');
  return best;
}

/** A string argument, or `undefined` when absent. @throws AnnotateError `type`. */
export function stringArg(args: Args | undefined, field: string): string | undefined {
  const v = args?.[field];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new AnnotateError(field, 'type', 'a string');
  return v;
}

/** One of `allowed`, or `undefined` when absent. @throws AnnotateError `value`. */
export function enumArg<T extends string>(args: Args | undefined, field: string, allowed: readonly T[]): T | undefined {
  const v = args?.[field];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw new AnnotateError(field, 'value', allowed.join(', '));
  return v as T;
}

/** A list of non-empty strings, or `undefined`. @throws AnnotateError `type`. */
export function tagsArg(args: Args | undefined, field = 'tags'): string[] | undefined {
  const v = args?.[field];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((t) => typeof t !== 'string' || t.trim() === '')) throw new AnnotateError(field, 'type', 'a list of words');
  return (v as string[]).map((t) => t.trim());
}

/** An empty result, to spread into. */
export const NOTHING: CommandResult = { added: [], changed: [], retired: [] };

/** A refusal in words, in the UI language. */
export function describeError(err: unknown): string {
  if (err instanceof AnnotateError) {
    const detail = err.detail;
    switch (err.problem) {
      case 'missing': return vscode.l10n.t('News Annotator: {0} is missing{1}.', err.field, detail ? ` (${detail})` : '');
      case 'type': return vscode.l10n.t('News Annotator: {0} must be {1}.', err.field, detail);
      case 'value': return vscode.l10n.t('News Annotator: {0} must be one of: {1}.', err.field, detail);
      case 'range': return vscode.l10n.t('News Annotator: the range is not usable: {0}.', detail);
      case 'unknown-id': return vscode.l10n.t('News Annotator: no annotation has the id {0}.', detail);
      case 'kind': return vscode.l10n.t('News Annotator: this command does not apply to a {0}.', detail);
      case 'no-finding': return vscode.l10n.t('News Annotator: there is no automatic finding here.');
      case 'unknown-field': return vscode.l10n.t('News Annotator: unknown argument {0} (known: {1}).', err.field, detail);
    }
  }
  if (err instanceof SidecarEditError) return vscode.l10n.t('News Annotator: the change was refused: {0}', err.message);
  if (err instanceof SidecarParseError) return vscode.l10n.t('News Annotator: the sidecar does not parse, so nothing was written: {0}', err.message);
  return vscode.l10n.t('News Annotator: the command failed: {0}', err instanceof Error ? err.message : String(err));
}

/**
 * Registers `id` running `run`. An interactive call that fails shows the message and resolves
 * to `undefined`; a call with an argument object shows it too and rejects with it (so a script
 * knows). A cancelled prompt resolves to `undefined` silently.
 */
export function registerCommand(
  context: vscode.ExtensionContext, deps: CommandDeps, id: string,
  run: (raw: unknown, ...rest: unknown[]) => Promise<unknown>,
): void {
  context.subscriptions.push(vscode.commands.registerCommand(id, async (raw: unknown, ...rest: unknown[]) => {
    try {
      return await run(raw, ...rest);
    } catch (err) {
      if (err instanceof Cancelled) return undefined;
      const message = describeError(err);
      deps.log.error(`${id} failed`, err);
      void vscode.window.showErrorMessage(message);
      const scripted = raw !== undefined && raw !== null && !(raw instanceof vscode.Uri);
      if (scripted) throw new Error(message);
      return undefined;
    }
  }));
}
