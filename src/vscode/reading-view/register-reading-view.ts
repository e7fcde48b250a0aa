/**
 * The reading view feature: the **Open Reading View** command (palette and the editor title
 * bar), one view per article, and the serializer that restores the views after a reload.
 */
import * as vscode from 'vscode';
import type { ArticleRegistry } from '../article/article-state-types';
import type { Log } from '../log';
import type { ViewProbe } from './reading-view-messages';
import { READING_VIEW_TYPE, ReadingView, readingViewOptions, readingViewTitle, type ReadingViewSavedState } from './reading-view-panel';

/** The command id. */
export const OPEN_READING_VIEW_COMMAND = 'newsAnnotator.openReadingView';

/** What the VS Code suite gets of a reading view (through `NewsAnnotatorApi.readingViewFor`). */
export interface ReadingViewHandle {
  readonly panel: vscode.WebviewPanel;
  /** Asks the webview a question about its DOM and waits for the answer (10 s at most). */
  request(probe: ViewProbe): Promise<unknown>;
  /** Settles when the webview shows the article as its state has it now. */
  whenRendered(): Promise<void>;
  /** Why messages from the webview were refused (latest last); each is also in the output channel. */
  readonly refused: readonly string[];
}

/** What `registerReadingView` returns to `activate()`. */
export interface ReadingViews {
  /** The open reading view of the article at `uri`, if any. */
  viewFor(uri: vscode.Uri): ReadingViewHandle | undefined;
  /**
   * Makes `panel` (of type `newsAnnotator.readingView`) the view of the article its saved state
   * names: what the panel serializer runs after a reload, exposed for the suite.
   */
  restore(panel: vscode.WebviewPanel, saved: unknown): Promise<ReadingViewHandle | undefined>;
}

/** Registers the command and the serializer; the views are disposed with `context.subscriptions`. */
export function registerReadingView(context: vscode.ExtensionContext, deps: { registry: ArticleRegistry; log: Log }): ReadingViews {
  const { registry, log } = deps;
  const views = new Map<string, ReadingView>();
  const viewDeps = { registry, log, extensionUri: context.extensionUri };

  const adopt = (panel: vscode.WebviewPanel, uri: vscode.Uri): ReadingView => {
    const view = new ReadingView(panel, uri, viewDeps);
    const key = uri.toString();
    views.get(key)?.dispose();
    views.set(key, view);
    view.onDidDispose(() => {
      if (views.get(key) === view) views.delete(key);
    });
    return view;
  };

  /**
   * What the serializer does after a reload: `saved` is the webview's state (`{ uri, anchor }`);
   * the article is opened again and the panel becomes its view. A state without an article, or
   * an article that can no longer be opened, closes the panel (logged).
   */
  const restore = async (panel: vscode.WebviewPanel, saved: unknown): Promise<ReadingViewHandle | undefined> => {
    const uriText = typeof saved === 'object' && saved !== null ? (saved as Partial<ReadingViewSavedState>).uri : undefined;
    if (typeof uriText !== 'string') {
      log.error(`reading view: cannot restore a view without its article (state ${JSON.stringify(saved)}); closing it`);
      panel.dispose();
      return undefined;
    }
    try {
      const uri = vscode.Uri.parse(uriText, true);
      const document = await vscode.workspace.openTextDocument(uri);
      if (!registry.open(document)) throw new Error('no longer an article');
      return adopt(panel, uri);
    } catch (err) {
      log.error(`reading view: cannot restore the view of ${uriText}; closing it`, err);
      panel.dispose();
      return undefined;
    }
  };

  const open = async (arg?: unknown): Promise<ReadingViewHandle | undefined> => {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a news article first, then its reading view.'));
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    if (!registry.open(document)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not a news article.', vscode.workspace.asRelativePath(uri)));
      return undefined;
    }
    const existing = views.get(uri.toString());
    if (existing) {
      // Never over the article's own editor: beside it when they share a group.
      const editorColumn = vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor.viewColumn : undefined;
      existing.panel.reveal(existing.panel.viewColumn === editorColumn ? vscode.ViewColumn.Beside : existing.panel.viewColumn, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      READING_VIEW_TYPE,
      readingViewTitle(uri),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      readingViewOptions(context.extensionUri),
    );
    return adopt(panel, uri);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_READING_VIEW_COMMAND, open),
    vscode.window.registerWebviewPanelSerializer(READING_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, saved) => {
        await restore(panel, saved);
      },
    }),
    { dispose: () => [...views.values()].forEach((v) => v.dispose()) },
  );
  return { viewFor: (uri) => views.get(uri.toString()), restore };
}
