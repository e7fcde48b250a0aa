/**
 * The commands about what is read as an article and what is drawn: Treat This File as an
 * Article (`newsAnnotator.treatAsArticle`) and Toggle Automatic Findings
 * (`newsAnnotator.toggleFindings`).
 */
import * as vscode from 'vscode';
import type { Log } from '../log';
import { ARTICLES_SETTING, articleGlobs, escapeGlob, SETTINGS_SECTION } from './article-language';
import type { ArticleRegistryImpl } from './article-registry';

/** Command ids, as in package.json `contributes.commands`. */
export const ARTICLE_COMMANDS = {
  treatAsArticle: 'newsAnnotator.treatAsArticle',
  toggleFindings: 'newsAnnotator.toggleFindings',
} as const;

/** The context key that is true while automatic findings are hidden (for menus and titles). */
export const FINDINGS_HIDDEN_CONTEXT = 'newsAnnotator.findingsHidden';

/** Registers the commands; they are disposed with `context`. */
export function registerArticleCommands(context: vscode.ExtensionContext, registry: ArticleRegistryImpl, log: Log): void {
  /**
   * `newsAnnotator.treatAsArticle([uri])`: adds the file's workspace-relative path (glob
   * characters escaped) to the workspace's `newsAnnotator.articles`; returns the pattern added,
   * or `null` when there was no file (or it was listed already).
   */
  const treatAsArticle = async (uri?: unknown): Promise<string | null> => {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!target || target.scheme !== 'file') {
      void vscode.window.showWarningMessage(vscode.l10n.t('News Annotator: open a file first (a saved file: untitled documents have no path).'));
      return null;
    }
    // A file outside every folder gets its absolute path: globs are also tried on absolute paths.
    const pattern = escapeGlob(vscode.workspace.asRelativePath(target, false));
    const globs = articleGlobs();
    if (globs.includes(pattern)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: {0} is already read as an article.', pattern));
      return null;
    }
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    const where = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update(ARTICLES_SETTING, [pattern, ...globs], where);
    log.info(`newsAnnotator.articles: added ${pattern}`);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
    if (document) registry.open(document);
    return pattern;
  };

  /** `newsAnnotator.toggleFindings()`: hides or shows every automatic finding; returns whether they are shown now. */
  const toggleFindings = async (): Promise<boolean> => {
    registry.findingsShown = !registry.findingsShown;
    await vscode.commands.executeCommand('setContext', FINDINGS_HIDDEN_CONTEXT, !registry.findingsShown);
    void vscode.window.setStatusBarMessage(
      registry.findingsShown ? vscode.l10n.t('News Annotator: automatic findings shown') : vscode.l10n.t('News Annotator: automatic findings hidden (annotations stay)'),
      3000,
    );
    return registry.findingsShown;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(ARTICLE_COMMANDS.treatAsArticle, treatAsArticle),
    vscode.commands.registerCommand(ARTICLE_COMMANDS.toggleFindings, toggleFindings),
  );
}
