/**
 * The palette commands. Each returns its result as well as showing it, so tests (and other
 * extensions) can run them with `vscode.commands.executeCommand`.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analysis/types';
import type { AnalysisCache } from './analysis-cache';
import { isArticleDocument } from './article-language';
import { loadArticleSidecar, type SidecarReport } from './article-sidecar';
import type { Log } from './log';

/** Command ids, as in package.json `contributes.commands`. */
export const COMMANDS = {
  analyzeDocument: 'newsAnnotator.analyzeDocument',
  resolveSidecar: 'newsAnnotator.resolveSidecar',
  showAnnotations: 'newsAnnotator.showAnnotations',
} as const;

/** What the commands need. */
export interface CommandDeps {
  readonly cache: AnalysisCache;
  readonly diagnostics: vscode.DiagnosticCollection;
  readonly log: Log;
}

/** The document a command acts on: the one `uri` names (opened if needed), else the active editor's. `null` when there is none. */
async function targetDocument(uri: unknown): Promise<vscode.TextDocument | null> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document ?? null;
}

function summarize(analysis: Analysis): string {
  const anonymous = analysis.sources.filter((s) => s.identity === 'anonymous').length;
  return `${analysis.sources.length} sources (${anonymous} anonymous), ${analysis.quotes.length} quotes, ${analysis.claims.length} claims`;
}

/** Registers the commands; they are disposed with `context`. */
export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const { cache, diagnostics, log } = deps;

  /** `newsAnnotator.analyzeDocument([uri])`: the Analysis, or `null` when there is no article to analyse. */
  const analyzeDocument = async (uri?: unknown): Promise<Analysis | null> => {
    const document = await targetDocument(uri);
    if (!document || !isArticleDocument(document)) {
      void vscode.window.showWarningMessage('News Annotator: open a news article (for example NAME.ar.txt or NAME.en.txt) first.');
      return null;
    }
    const analysis = cache.analysisFor(document);
    const summary = summarize(analysis);
    log.info(`${document.uri.fsPath}: ${summary}`);
    void vscode.window.showInformationMessage(`News Annotator: ${summary}.`);
    return analysis;
  };

  /** `newsAnnotator.resolveSidecar([uri])`: the sidecar's anchors, or `null` (no article, no sidecar, or a broken one — reported). */
  const resolveSidecar = async (uri?: unknown): Promise<SidecarReport | null> => {
    const document = await targetDocument(uri);
    if (!document) return null;
    const report = await loadArticleSidecar(document, diagnostics, log);
    if (report && report.orphans > 0) {
      void vscode.window.showWarningMessage(
        `News Annotator: ${report.orphans} of ${report.anchors.length} annotations no longer match the article (orphaned); they are kept in the sidecar.`,
      );
    }
    return report;
  };

  /** `newsAnnotator.showAnnotations([uri])`: as resolveSidecar, and lists the anchors in the output channel. */
  const showAnnotations = async (uri?: unknown): Promise<SidecarReport | null> => {
    const report = await resolveSidecar(uri);
    if (report) {
      for (const a of report.anchors) log.info(a.status === 'orphaned' ? `  ${a.id}: orphaned` : `  ${a.id}: ${a.status} ${a.start}-${a.end} (score ${a.score?.toFixed(2)})`);
      log.show();
    } else {
      void vscode.window.showInformationMessage('News Annotator: this article has no readable sidecar.');
    }
    return report;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.analyzeDocument, analyzeDocument),
    vscode.commands.registerCommand(COMMANDS.resolveSidecar, resolveSidecar),
    vscode.commands.registerCommand(COMMANDS.showAnnotations, showAnnotations),
  );
}
