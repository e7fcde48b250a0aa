/**
 * The extension's entry point: wiring only. Each feature registers itself, pushing its
 * disposables into `context.subscriptions`; state is created here and passed, never global.
 */
import * as vscode from 'vscode';
import { createAnalysisCache } from './analysis-cache';
import { ARTICLE_LANGUAGE_ID, isArticleDocument } from './article-language';
import { loadArticleSidecar } from './article-sidecar';
import { createLog } from './log';
import { registerCommands } from './register-commands';
import { registerDecorations, type DecorationSnapshot } from './register-decorations';

/** What `activate()` returns: `vscode.extensions.getExtension('news-annotator.news-annotator').exports`. */
export interface NewsAnnotatorApi {
  /** The decoration ranges last set on `uri`'s editors, per kind; `undefined` when never decorated. */
  decorationsFor(uri: vscode.Uri): DecorationSnapshot | undefined;
}

/** Called by VS Code when an activation event fires (an article opens; a workspace holds sidecars). */
export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const log = createLog(context.subscriptions);
  const diagnostics = vscode.languages.createDiagnosticCollection(ARTICLE_LANGUAGE_ID);
  context.subscriptions.push(diagnostics);
  const cache = createAnalysisCache();

  const ledger = registerDecorations(context, cache, log);
  registerCommands(context, { cache, diagnostics, log });

  // Report a broken sidecar as soon as its article opens, not only when a command runs.
  const checkSidecar = (document: vscode.TextDocument): void => {
    if (isArticleDocument(document)) {
      loadArticleSidecar(document, diagnostics, log).catch((err: unknown) => log.error(`sidecar check of ${document.uri.fsPath} failed`, err));
    }
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(checkSidecar));
  vscode.workspace.textDocuments.forEach(checkSidecar);

  log.info(`activated (VS Code ${vscode.version})`);
  return { decorationsFor: (uri) => ledger.decorationsFor(uri) };
}

/** Called by VS Code on shutdown; everything is disposed through `context.subscriptions`. */
export function deactivate(): void {
  // Nothing beyond context.subscriptions.
}
