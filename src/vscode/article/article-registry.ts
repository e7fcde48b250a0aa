/**
 * Keeps one {@link ArticleState} per open article document: created when an article opens (or
 * a setting makes an open file an article), disposed when it closes; every change event of a
 * document is handed to its state. Also holds what all states share: which finding kinds are
 * shown (`newsAnnotator.findings.*` and the Toggle Automatic Findings switch).
 */
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../../core/analysis';
import type { Log } from '../log';
import { ARTICLES_SETTING, isArticleDocument, SETTINGS_SECTION } from './article-language';
import { DocumentArticleState } from './article-state';
import type { ArticleRegistry, ArticleState } from './article-state-types';
import { createAuthorName } from './author-name';
import type { FindingSwitches } from './visible-findings';

/** `newsAnnotator.findings.*`: one boolean per finding kind. */
export const FINDINGS_SETTING = 'findings';

/** The registry, with the switches the Toggle Automatic Findings command flips. */
export interface ArticleRegistryImpl extends ArticleRegistry {
  get(uri: vscode.Uri): DocumentArticleState | undefined;
  all(): readonly DocumentArticleState[];
  /** Whether automatic findings are shown at all (Toggle Automatic Findings). */
  findingsShown: boolean;
  /** Which kinds are shown now (settings and the toggle). */
  findingSwitches(): FindingSwitches;
  /** Re-analyses every open article (the engine's options changed: a workspace lexicon loaded or dropped). */
  reanalyzeAll(): void;
}

/** The registry; it opens states for the articles already open. Dispose it (through `context.subscriptions`). */
export function createArticleRegistry(log: Log, analyzeOptions?: () => AnalyzeOptions): ArticleRegistryImpl {
  const states = new Map<string, DocumentArticleState>();
  const articlesChanged = new vscode.EventEmitter<void>();
  const articleChanged = new vscode.EventEmitter<ArticleState>();
  const author = createAuthorName(log);
  let shown = true;

  const findingSwitches = (): FindingSwitches => {
    const config = vscode.workspace.getConfiguration(`${SETTINGS_SECTION}.${FINDINGS_SETTING}`);
    const on = (kind: string): boolean => config.get<unknown>(kind, true) !== false;
    return { all: shown, sources: on('sources'), quotes: on('quotes'), claims: on('claims') };
  };

  const close = (key: string): void => {
    const state = states.get(key);
    if (!state) return;
    states.delete(key);
    state.dispose();
    articlesChanged.fire();
  };

  const open = (document: vscode.TextDocument): DocumentArticleState | undefined => {
    const key = document.uri.toString();
    const existing = states.get(key);
    if (existing) {
      if (existing.document === document) return existing;
      close(key); // the same uri reopened as a new document (language changed)
    }
    if (document.isClosed || !isArticleDocument(document)) return undefined;
    const state = new DocumentArticleState(document, { log, findingSwitches, author, analyzeOptions });
    state.onDidChange(() => articleChanged.fire(state));
    states.set(key, state);
    articlesChanged.fire();
    return state;
  };

  /** After `newsAnnotator.articles` changed: open what became an article, close what stopped being one. */
  const reconsider = (): void => {
    for (const document of vscode.workspace.textDocuments) {
      if (isArticleDocument(document)) open(document);
      else close(document.uri.toString());
    }
  };

  const subscriptions: vscode.Disposable[] = [
    articlesChanged,
    articleChanged,
    vscode.workspace.onDidOpenTextDocument((document) => void open(document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (states.get(document.uri.toString())?.document === document) close(document.uri.toString());
    }),
    vscode.workspace.onDidChangeTextDocument((event) => states.get(event.document.uri.toString())?.applyDocumentChange(event)),
    vscode.window.onDidChangeActiveTextEditor(() => articlesChanged.fire()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.${ARTICLES_SETTING}`)) reconsider();
      if (event.affectsConfiguration(`${SETTINGS_SECTION}.${FINDINGS_SETTING}`)) states.forEach((s) => s.refreshFindings());
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(reconsider),
  ];

  const registry: ArticleRegistryImpl = {
    get: (uri) => states.get(uri.toString()),
    get active() {
      const document = vscode.window.activeTextEditor?.document;
      return document ? states.get(document.uri.toString()) : undefined;
    },
    all: () => [...states.values()],
    onDidChangeArticles: articlesChanged.event,
    onDidChangeArticle: articleChanged.event,
    open,
    get findingsShown() {
      return shown;
    },
    set findingsShown(value: boolean) {
      if (value === shown) return;
      shown = value;
      states.forEach((s) => s.refreshFindings());
    },
    findingSwitches,
    reanalyzeAll: () => states.forEach((s) => s.reanalyze()),
    dispose() {
      states.forEach((s) => s.dispose());
      states.clear();
      subscriptions.forEach((d) => d.dispose());
    },
  };
  vscode.workspace.textDocuments.forEach((document) => void open(document));
  return registry;
}
