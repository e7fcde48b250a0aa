/**
 * The palette commands. Each returns its result as well as showing it, so tests (and other
 * extensions) can run them with `vscode.commands.executeCommand`.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analysis/types';
import type { AnchorStatus } from '../core/sidecar';
import type { ArticleRegistry } from './article/article-state-types';
import type { Log } from './log';

/** What `newsAnnotator.resolveSidecar` returns: where the sidecar's annotations are in the current text. */
export interface SidecarReport {
  /** Absolute path of the sidecar file. */
  readonly sidecarPath: string;
  /** One entry per annotation, in text order (orphans last). Offsets: UTF-16 code units, end exclusive; `null` for an orphan. */
  readonly anchors: readonly { readonly id: string; readonly status: AnchorStatus; readonly start: number | null; readonly end: number | null }[];
  /** How many anchors are orphans (their words are gone). */
  readonly orphans: number;
}

/** Command ids, as in package.json `contributes.commands`. */
export const COMMANDS = {
  analyzeDocument: 'newsAnnotator.analyzeDocument',
  resolveSidecar: 'newsAnnotator.resolveSidecar',
  showAnnotations: 'newsAnnotator.showAnnotations',
} as const;

/** What the commands need. */
export interface CommandDeps {
  readonly registry: ArticleRegistry;
  readonly log: Log;
}

/** The document a command acts on: the one `uri` names (opened if needed), else the active editor's. `null` when there is none. */
async function targetDocument(uri: unknown): Promise<vscode.TextDocument | null> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document ?? null;
}

function summarize(analysis: Analysis): string {
  const anonymous = analysis.sources.filter((s) => s.identity === 'anonymous').length;
  return vscode.l10n.t('{0} sources ({1} anonymous), {2} quotes, {3} claims', analysis.sources.length, anonymous, analysis.quotes.length, analysis.claims.length);
}

/** Registers the commands; they are disposed with `context`. */
export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const { registry, log } = deps;

  /** `newsAnnotator.analyzeDocument([uri])`: the Analysis, or `null` when there is no article to analyse. */
  const analyzeDocument = async (uri?: unknown): Promise<Analysis | null> => {
    const document = await targetDocument(uri);
    const state = document ? registry.open(document) : undefined;
    if (!document || !state) {
      void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: open a news article (for example NAME.ar.txt or NAME.en.txt) first.'));
      return null;
    }
    await state.settled();
    const analysis = state.analysis;
    const summary = summarize(analysis);
    log.info(`${document.uri.fsPath}: ${summary}`);
    void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: {0}.', summary));
    return analysis;
  };

  /**
   * `newsAnnotator.resolveSidecar([uri])`: re-reads the sidecar and re-anchors it in the current
   * text; its anchors, or `null` (no article, no sidecar, or a broken one — reported in the
   * Problems panel at its line).
   */
  const resolveSidecar = async (uri?: unknown): Promise<SidecarReport | null> => {
    const document = await targetDocument(uri);
    const state = document ? registry.open(document) : undefined;
    if (!state) return null;
    await state.reload();
    const status = state.sidecar;
    if (status.kind !== 'loaded') return null;
    const anchors = state.annotations.map((t) => ({ id: t.annotation.id, status: t.start === null ? 'orphaned' as const : t.anchor, start: t.start, end: t.end }));
    const report: SidecarReport = { sidecarPath: status.path, anchors, orphans: anchors.filter((a) => a.start === null).length };
    if (report && report.orphans > 0) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('News Annotator: {0} of {1} annotations no longer match the article (orphaned); they are kept in the sidecar.', report.orphans, report.anchors.length),
      );
    }
    return report;
  };

  /** `newsAnnotator.showAnnotations([uri])`: as resolveSidecar, and lists the anchors in the output channel. */
  const showAnnotations = async (uri?: unknown): Promise<SidecarReport | null> => {
    const report = await resolveSidecar(uri);
    if (report) {
      for (const a of report.anchors) log.info(a.start === null ? `  ${a.id}: orphaned` : `  ${a.id}: ${a.status} ${a.start}-${a.end}`);
      log.show();
    } else {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: this article has no readable sidecar.'));
    }
    return report;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.analyzeDocument, analyzeDocument),
    vscode.commands.registerCommand(COMMANDS.resolveSidecar, resolveSidecar),
    vscode.commands.registerCommand(COMMANDS.showAnnotations, showAnnotations),
  );
}
