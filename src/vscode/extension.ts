/**
 * The extension's entry point: wiring only. Each feature registers itself, pushing its
 * disposables into `context.subscriptions`; state is created here and passed, never global.
 */
import * as vscode from 'vscode';
import { createArticleRegistry } from './article/article-registry';
import type { ArticleRegistry } from './article/article-state-types';
import { registerArticleCommands } from './article/register-article-commands';
import { registerDecorations, type DecorationSnapshot } from './decorations/register-decorations';
import { registerDiagnostics } from './diagnostics/register-diagnostics';
import { registerHovers } from './hovers/register-hovers';
import { registerCodeActions } from './code-actions/register-code-actions';
import { registerAnnotationCommands } from './commands/register-annotation-commands';
import { registerComments, type NoteThreads } from './comments/register-comments';
import { createLog } from './log';
import { registerCommands } from './register-commands';
import { registerReadingView, type ReadingViewHandle } from './reading-view/register-reading-view';
import { registerExportReport } from './reports/register-export-report';
import type { SourcesNode } from './views/sources-nodes';
import { registerViews } from './views/register-views';
import { createWorkspaceLexicon, type LexiconStatus } from './lexicon/workspace-lexicon';
import { registerOpenSample } from './walkthrough/open-sample';

/** What `activate()` returns: `vscode.extensions.getExtension('news-annotator.news-annotator').exports`. */
export interface NewsAnnotatorApi {
  /** The decoration ranges last set on `uri`'s editors, per layer and kind; `undefined` when never decorated. */
  decorationsFor(uri: vscode.Uri): DecorationSnapshot | undefined;
  /** One state per open article (analysis, tracked annotations, sidecar status). */
  readonly articles: ArticleRegistry;
  /** The comment threads of notes (annotation id, range, comments), per article. */
  readonly notes: NoteThreads;
  /** The open reading view of `uri`'s article (ask its webview about its DOM); `undefined` when none is open. */
  readingViewFor(uri: vscode.Uri): ReadingViewHandle | undefined;
  /** What the reading view's panel serializer does after a reload (the suite cannot reload the window). */
  restoreReadingView(panel: vscode.WebviewPanel, saved: unknown): Promise<ReadingViewHandle | undefined>;
  /** The Sources view's tree for `uri`'s article (current filter applied), as plain data; `undefined` when it is not an open article. */
  sourcesTree(uri: vscode.Uri): readonly SourcesNode[] | undefined;
  /** The Sources view now: visible, its description (the filter in words), the filter. */
  sourcesView(): { readonly visible: boolean; readonly description: string; readonly filter: object };
  /** The sourcing status bar item's text (`$(eye-closed) 8/11 quotes anonymous`) and tooltip; `undefined` while hidden. */
  sourcingStatus(): { readonly text: string; readonly tooltip: string } | undefined;
  /** Reveals node `id` of the Sources view (current article), selected and focused; `false` when absent. */
  revealInSources(id: string): Promise<boolean>;
  /** The workspace lexicon (`newsAnnotator.lexicon`) after its latest load: loaded only in a trusted workspace. */
  workspaceLexicon(): Promise<LexiconStatus>;
}

/** Called by VS Code when an activation event fires (an article opens; a workspace holds sidecars). */
export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const log = createLog(context.subscriptions);
  // The workspace lexicon (trusted workspaces only) goes into every analysis; when it loads or changes, all articles are analysed again.
  const lexicon = createWorkspaceLexicon(log);
  const registry = createArticleRegistry(log, () => lexicon.analyzeOptions());
  context.subscriptions.push(lexicon, registry, lexicon.onDidChange(() => registry.reanalyzeAll()));

  const ledger = registerDecorations(context, registry, log);
  registerDiagnostics(context, registry, log);
  registerHovers(context, registry);
  registerArticleCommands(context, registry, log);
  registerCommands(context, { registry, log });
  const annotationDeps = registerAnnotationCommands(context, registry, log);
  const notes = registerComments(context, annotationDeps);
  registerCodeActions(context, annotationDeps);
  const views = registerViews(context, { registry, log });
  registerOpenSample(context, log);
  const readingViews = registerReadingView(context, { registry, log });
  registerExportReport(context, { log });

  log.info(`activated (VS Code ${vscode.version})`);
  return {
    decorationsFor: (uri) => ledger.decorationsFor(uri),
    articles: registry,
    notes,
    readingViewFor: (uri) => readingViews.viewFor(uri),
    restoreReadingView: (panel, saved) => readingViews.restore(panel, saved),
    sourcesTree: (uri) => views.sources.treeOf(uri),
    sourcesView: () => ({ visible: views.sources.visible, description: views.sources.description, filter: views.sources.filter }),
    sourcingStatus: () => {
      const { text, tooltip } = views.statusBar;
      return text === undefined || tooltip === undefined ? undefined : { text, tooltip };
    },
    revealInSources: (id) => views.sources.reveal(id),
    workspaceLexicon: () => lexicon.settled().then(() => lexicon.status),
  };
}

/** Called by VS Code on shutdown; everything is disposed through `context.subscriptions`. */
export function deactivate(): void {
  // Nothing beyond context.subscriptions.
}
