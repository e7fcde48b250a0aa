/**
 * Paints both layers of every visible article editor from its {@link ArticleState}: when an
 * editor shows, and whenever the state changes. On a keystroke (`edited`) only the annotations
 * and badges are redrawn at once (they must follow the words now; VS Code already moves the
 * findings' decorations with the text); the findings are redrawn when the re-analysis lands.
 * Remembers what it last set, for the extension's API and tests.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analysis/types';
import type { ArticleRegistry, ArticleState } from '../article/article-state-types';
import type { Log } from '../log';
import {
  ANNOTATION_KINDS,
  FINDING_KINDS,
  planDecorations,
  type AnnotationDecorationKind,
  type DecorationPlan,
  type FindingDecorationKind,
  type PlannedSpan,
} from './decoration-plan';
import { createDecorationTypes } from './decoration-styles';

/** The ranges last set on a document's editors, per layer and kind (every kind present). */
export interface DecorationSnapshot {
  readonly annotations: Readonly<Record<AnnotationDecorationKind, readonly vscode.Range[]>>;
  readonly findings: Readonly<Record<FindingDecorationKind, readonly vscode.Range[]>>;
  /** The per-paragraph "N anonymous" badges (empty ranges at paragraph ends). */
  readonly badges: readonly vscode.Range[];
}

/** Read access to what the user sees. */
export interface DecorationLedger {
  /** The ranges last set for `uri`, or `undefined` when it was never decorated (not an article, or not yet shown). */
  decorationsFor(uri: vscode.Uri): DecorationSnapshot | undefined;
}

const NO_FINDINGS: Analysis = { language: 'und', paragraphs: [], sources: [], quotes: [], claims: [] };

/** Registers the decorator; its listeners and decoration types are disposed with `context`. */
export function registerDecorations(context: vscode.ExtensionContext, registry: ArticleRegistry, log: Log): DecorationLedger {
  const types = createDecorationTypes(context.extensionUri, context.subscriptions);
  const snapshots = new Map<string, DecorationSnapshot>();

  /** Both layers; or (on a keystroke) the annotations only, without touching the findings. */
  const plan = (state: ArticleState, layers: 'all' | 'annotations'): DecorationPlan =>
    layers === 'all'
      ? planDecorations(state.visibleFindings, state.annotations, (a) => state.identityOfSpeaker(a), state.analysis.sources)
      : planDecorations(NO_FINDINGS, state.annotations, (a) => state.identityOfSpeaker(a));

  const draw = (editor: vscode.TextEditor, state: ArticleState, asked: 'all' | 'annotations'): void => {
    const document = editor.document;
    const previous = snapshots.get(document.uri.toString());
    const layers = previous ? asked : 'all';
    let planned: DecorationPlan;
    try {
      planned = plan(state, layers);
    } catch (err) {
      log.error(`decorating ${document.uri.fsPath} failed`, err);
      return;
    }
    const toRange = (s: PlannedSpan): vscode.Range => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
    const annotations = {} as Record<AnnotationDecorationKind, vscode.Range[]>;
    for (const kind of ANNOTATION_KINDS) {
      annotations[kind] = planned.annotations[kind].map(toRange);
      editor.setDecorations(types.annotations[kind], annotations[kind]);
    }
    if (layers === 'annotations' && previous) {
      // The findings and badges stay as VS Code moved them; they are redrawn with the re-analysis.
      snapshots.set(document.uri.toString(), { annotations, findings: previous.findings, badges: previous.badges });
      return;
    }
    const findings = {} as Record<FindingDecorationKind, vscode.Range[]>;
    for (const kind of FINDING_KINDS) {
      findings[kind] = planned.findings[kind].map(toRange);
      editor.setDecorations(types.findings[kind], findings[kind]);
    }
    const badges = planned.badges.map((b) => ({
      range: toRange(b),
      hoverMessage: new vscode.MarkdownString(
        b.count === 1
          ? vscode.l10n.t('**1 quote** in this paragraph comes from an anonymous source (boxed in red).')
          : vscode.l10n.t('**{0} quotes** in this paragraph come from an anonymous source (boxed in red).', b.count),
      ),
      // Short: on a full last line, only the badge is cut.
      renderOptions: { after: { contentText: vscode.l10n.t(' {0} anonymous ', b.count) } },
    }));
    editor.setDecorations(types.badge, badges);
    snapshots.set(document.uri.toString(), { annotations, findings, badges: badges.map((b) => b.range) });
  };

  const drawState = (state: ArticleState, layers: 'all' | 'annotations'): void => {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === state.document) draw(editor, state, layers);
  };

  const drawVisible = (): void => {
    for (const editor of vscode.window.visibleTextEditors) {
      const state = registry.get(editor.document.uri);
      if (state && state.document === editor.document) draw(editor, state, 'all');
    }
  };

  const listening = new WeakSet<ArticleState>();
  const listen = (state: ArticleState): void => {
    if (listening.has(state)) return;
    listening.add(state);
    state.onDidChange((change) => drawState(state, change.edited && !change.sidecar ? 'annotations' : 'all'));
  };
  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors(drawVisible),
    registry.onDidChangeArticles(() => {
      registry.all().forEach(listen);
      for (const key of snapshots.keys()) if (!registry.all().some((s) => s.uri.toString() === key)) snapshots.delete(key);
      drawVisible();
    }),
  );
  registry.all().forEach(listen);
  drawVisible();

  return { decorationsFor: (uri) => snapshots.get(uri.toString()) };
}
