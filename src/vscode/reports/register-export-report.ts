/**
 * **News Annotator: Export Report** (`newsAnnotator.exportReport`): an annotation report of
 * the current article or of the whole workspace, in any format of src/core/report, written
 * to disk (atomically) and opened: Markdown in VS Code's preview, HTML in a webview panel with
 * a strict CSP and no script, CSV / JSON-LD / brat revealed in the explorer.
 *
 * Interactive, it asks for the format and the scope, and where to save. Or it takes one
 * argument, `{ format, scope, uri, out, includeFindings, open }` (every field optional; `uri`
 * the article for scope `article`, `out` the file or, for brat, the folder), and asks only for
 * what is missing. Returns the path written (the folder for brat), or `undefined` when the user
 * cancelled or there was nothing to report on.
 *
 * The report is made from the files on disk (save the article first to include unsaved edits).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  buildArticleReport,
  buildWorkspaceReport,
  isReportFormat,
  REPORT_CSP,
  REPORT_EXTENSIONS,
  renderReport,
  type ReportFormat,
} from '../../core/report';
import { collectReportSources, ReportInputError } from '../../io/report-inputs';
import { reportPathOf, writeReport } from '../../io/write-report';
import type { Log } from '../log';

/** The command's id, as in package.json. */
export const EXPORT_REPORT_COMMAND = 'newsAnnotator.exportReport';

/** What the report covers. */
export type ReportScope = 'article' | 'workspace';

/** The command's optional argument. */
export interface ExportReportArgs {
  readonly format?: ReportFormat;
  readonly scope?: ReportScope;
  /** The article (scope `article`); default: the active editor's document. */
  readonly uri?: vscode.Uri | string;
  /** Where to write; default: asked (interactive) or beside the article / in the first workspace folder. */
  readonly out?: vscode.Uri | string;
  readonly includeFindings?: boolean;
  /** Open the result (default `true`). */
  readonly open?: boolean;
}

/** Registers the command; disposed with `context`. */
export function registerExportReport(context: vscode.ExtensionContext, deps: { readonly log: Log }): void {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORT_REPORT_COMMAND, (args?: unknown) => exportReport(context, deps.log, toArgs(args))));
}

function toArgs(value: unknown): ExportReportArgs {
  if (value instanceof vscode.Uri) return { uri: value, scope: 'article' };
  return value !== null && typeof value === 'object' ? (value as ExportReportArgs) : {};
}

function toUri(value: vscode.Uri | string): vscode.Uri {
  return typeof value === 'string' ? vscode.Uri.file(value) : value;
}

async function exportReport(context: vscode.ExtensionContext, log: Log, args: ExportReportArgs): Promise<string | undefined> {
  const format = args.format ?? (await pickFormat());
  if (!format) return undefined;
  if (!isReportFormat(format)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: unknown report format {0}.', String(format)));
    return undefined;
  }
  const articleUri = args.uri !== undefined ? toUri(args.uri) : vscode.window.activeTextEditor?.document.uri;
  const folders = vscode.workspace.workspaceFolders ?? [];
  const scope = args.scope ?? (await pickScope(articleUri !== undefined, folders.length > 0));
  if (!scope) return undefined;
  if (scope === 'article' && !articleUri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: open an article to export its report.'));
    return undefined;
  }
  if (scope === 'workspace' && folders.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: open a folder to export a workspace report.'));
    return undefined;
  }
  const base = scope === 'article' ? path.dirname((articleUri as vscode.Uri).fsPath) : (folders[0] as vscode.WorkspaceFolder).uri.fsPath;
  const defaultOut =
    format === 'brat'
      ? path.join(base, scope === 'article' ? `${path.basename((articleUri as vscode.Uri).fsPath)}.brat` : 'news-annotator-brat')
      : scope === 'article'
        ? `${(articleUri as vscode.Uri).fsPath}.report${REPORT_EXTENSIONS[format as Exclude<ReportFormat, 'brat'>]}`
        : path.join(base, `news-annotator-report${REPORT_EXTENSIONS[format as Exclude<ReportFormat, 'brat'>]}`);
  const out = args.out !== undefined ? toUri(args.out).fsPath : await pickOut(format, defaultOut);
  if (!out) return undefined;

  const paths = scope === 'article' ? [(articleUri as vscode.Uri).fsPath] : folders.map((f) => f.uri.fsPath);
  const title = vscode.l10n.t('News Annotator: exporting the report');
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: scope === 'workspace' },
    async (progress, token) => {
      let last = 0;
      const collected = await collectReportSources(
        paths,
        (done, total) => {
          const pct = (done / total) * 90;
          progress.report({ increment: pct - last, message: vscode.l10n.t('{0} of {1} articles', done, total) });
          last = pct;
        },
        () => token.isCancellationRequested,
      );
      if (token.isCancellationRequested) return null;
      const articles = collected.sources.map((s) =>
        buildArticleReport({ path: reportPathOf(s.articlePath, base), text: s.text, sidecar: s.sidecar }, { includeFindings: args.includeFindings ?? false }),
      );
      const reportTitle = scope === 'article' && articles[0] ? articles[0].title : (folders[0]?.name ?? path.basename(base));
      const report = buildWorkspaceReport(articles, { title: reportTitle, generated: new Date().toISOString() });
      const rendered = renderReport(report, format);
      if (token.isCancellationRequested) return null;
      await writeReport(rendered, out);
      return { problems: collected.problems, html: rendered.kind === 'file' && format === 'html' ? rendered.content : null, count: articles.length };
    },
  ).then(undefined, (err: unknown) => {
    if (err instanceof ReportInputError) {
      void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: cannot read {0}', err.message));
      return undefined;
    }
    log.error('Export Report failed', err);
    void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: the report could not be written: {0}', err instanceof Error ? err.message : String(err)));
    return undefined;
  });
  if (result === null) {
    log.info('Export Report cancelled');
    return undefined;
  }
  if (result === undefined) return undefined;
  for (const p of result.problems) log.info(`report: skipped ${p.message}`);
  if (result.problems.length > 0) {
    void vscode.window
      .showWarningMessage(vscode.l10n.t('News Annotator: {0} file(s) left out of the report (invalid sidecar or unreadable article); see the output.', result.problems.length), vscode.l10n.t('Show Output'))
      .then((choice) => choice && log.show());
  }
  log.info(`report (${format}, ${result.count} articles) written to ${out}`);
  if (args.open ?? true) await openResult(context, log, format, out, result.html);
  return out;
}

async function pickFormat(): Promise<ReportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ReportFormat })[] = [
    { label: vscode.l10n.t('HTML'), description: vscode.l10n.t('one self-contained page with charts, to read or print'), format: 'html' },
    { label: vscode.l10n.t('Markdown'), description: vscode.l10n.t('plain text, readable anywhere'), format: 'md' },
    { label: vscode.l10n.t('CSV'), description: vscode.l10n.t('one row per annotation, for spreadsheets'), format: 'csv' },
    { label: vscode.l10n.t('JSON-LD'), description: vscode.l10n.t('W3C Web Annotation'), format: 'jsonld' },
    { label: vscode.l10n.t('brat'), description: vscode.l10n.t('standoff files for NLP tools (a folder)'), format: 'brat' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Report format') }))?.format;
}

async function pickScope(hasArticle: boolean, hasWorkspace: boolean): Promise<ReportScope | undefined> {
  const items: (vscode.QuickPickItem & { scope: ReportScope })[] = [];
  if (hasArticle) items.push({ label: vscode.l10n.t('This article'), scope: 'article' });
  if (hasWorkspace) items.push({ label: vscode.l10n.t('The workspace'), description: vscode.l10n.t('every article with a sidecar'), scope: 'workspace' });
  if (items.length === 1) return items[0]?.scope;
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Report on') }))?.scope;
}

async function pickOut(format: ReportFormat, defaultOut: string): Promise<string | undefined> {
  if (format === 'brat') {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: false,
      canSelectFolders: true,
      defaultUri: vscode.Uri.file(path.dirname(defaultOut)),
      openLabel: vscode.l10n.t('Export brat files here'),
    });
    return picked?.[0] ? path.join(picked[0].fsPath, path.basename(defaultOut)) : undefined;
  }
  return (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(defaultOut), saveLabel: vscode.l10n.t('Export Report') }))?.fsPath;
}

async function openResult(context: vscode.ExtensionContext, log: Log, format: ReportFormat, out: string, html: string | null): Promise<void> {
  const uri = vscode.Uri.file(out);
  try {
    if (format === 'md') {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } else if (format === 'html' && html !== null) {
      const panel = vscode.window.createWebviewPanel('newsAnnotator.report', path.basename(out), vscode.ViewColumn.Active, {
        enableScripts: false,
        enableForms: false,
        localResourceRoots: [],
      });
      // The report carries its own CSP meta (REPORT_CSP: nothing loads, nothing runs); the
      // webview gets no script and no local resource either.
      panel.webview.html = html.includes(REPORT_CSP) ? html : '';
      context.subscriptions.push(panel);
    } else if (vscode.workspace.getWorkspaceFolder(uri)) {
      await vscode.commands.executeCommand('revealInExplorer', uri);
    } else {
      await vscode.commands.executeCommand('revealFileInOS', uri);
    }
  } catch (err) {
    // The report is written; only showing it failed.
    log.error(`could not open the report ${out}`, err);
  }
}
