/**
 * Paints the analysis on every visible article editor: on open, on switching editors, and
 * after edits (debounced). Remembers what it last set, for the extension's API and tests.
 */
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache';
import { isArticleDocument } from './article-language';
import { DECORATION_KINDS, planDecorations, type DecorationKind } from './decoration-plan';
import { createDecorationTypes } from './decoration-styles';
import type { Log } from './log';

/** Wait after the last keystroke before re-analysing: long enough to skip mid-word states. */
const CHANGE_DEBOUNCE_MS = 300;

/** The ranges last set on a document's editors, per kind (every kind present). */
export type DecorationSnapshot = Readonly<Record<DecorationKind, readonly vscode.Range[]>>;

/** Read access to what the user sees. */
export interface DecorationLedger {
  /** The ranges last set for `uri`, or `undefined` when it was never decorated (not an article, or not yet shown). */
  decorationsFor(uri: vscode.Uri): DecorationSnapshot | undefined;
}

/** Registers the decorator; its listeners, timers and decoration types are disposed with `context`. */
export function registerDecorations(context: vscode.ExtensionContext, cache: AnalysisCache, log: Log): DecorationLedger {
  const types = createDecorationTypes(context.subscriptions);
  const snapshots = new Map<string, DecorationSnapshot>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const decorate = (editor: vscode.TextEditor): void => {
    const document = editor.document;
    if (!isArticleDocument(document)) return;
    let plan;
    try {
      plan = planDecorations(cache.analysisFor(document));
    } catch (err) {
      log.error(`analysis of ${document.uri.fsPath} failed`, err);
      return;
    }
    const snapshot = {} as Record<DecorationKind, vscode.Range[]>;
    for (const kind of DECORATION_KINDS) {
      const options = plan[kind].map((s) => ({
        range: new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)),
        hoverMessage: new vscode.MarkdownString(s.hover),
        ...(s.label === undefined ? {} : { renderOptions: { after: { contentText: s.label } } }),
      }));
      editor.setDecorations(types[kind], options);
      snapshot[kind] = options.map((o) => o.range);
    }
    snapshots.set(document.uri.toString(), snapshot);
  };

  const decorateDocument = (document: vscode.TextDocument): void => {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) decorate(editor);
  };

  const schedule = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      decorateDocument(document);
    }, CHANGE_DEBOUNCE_MS));
  };

  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(decorate)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (isArticleDocument(e.document) && e.contentChanges.length > 0) schedule(e.document);
    }),
    // A document whose language is set after opening (e.g. by the user) is decorated then.
    vscode.workspace.onDidOpenTextDocument(decorateDocument),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      clearTimeout(timers.get(key));
      timers.delete(key);
      snapshots.delete(key);
      cache.forget(document.uri);
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  vscode.window.visibleTextEditors.forEach(decorate);

  return { decorationsFor: (uri) => snapshots.get(uri.toString()) };
}
