/**
 * Every annotation command (issue 8), one family a file: annotate, edit, navigate, sidecar.
 * Commands write only through `ArticleState.modify`, recorded in one undo history.
 */
import * as vscode from 'vscode';
import type { ArticleRegistry } from '../article/article-state-types';
import type { Log } from '../log';
import { AnnotationHistory } from './annotation-history';
import { registerAnnotateCommands } from './annotate-commands';
import type { CommandDeps } from './command-support';
import { registerEditCommands } from './edit-commands';
import { registerNavigateCommands } from './navigate-commands';
import { registerSidecarCommands } from './sidecar-commands';

/** The context key the menus, palette and keybindings of these commands show on: the active editor is an article. */
export const ACTIVE_IS_ARTICLE_CONTEXT = 'newsAnnotator.activeIsArticle';

/** Registers the annotation commands; returns their shared dependencies (the comments and quick fixes use them too). */
export function registerAnnotationCommands(context: vscode.ExtensionContext, registry: ArticleRegistry, log: Log): CommandDeps {
  const deps: CommandDeps = { registry, log, history: new AnnotationHistory() };
  registerAnnotateCommands(context, deps);
  registerEditCommands(context, deps);
  registerNavigateCommands(context, deps);
  registerSidecarCommands(context, deps);
  let shown: boolean | undefined;
  const updateContext = (): void => {
    const is = registry.active !== undefined;
    if (is === shown) return;
    shown = is;
    void vscode.commands.executeCommand('setContext', ACTIVE_IS_ARTICLE_CONTEXT, is);
  };
  context.subscriptions.push(registry.onDidChangeArticles(updateContext));
  updateContext();
  return deps;
}
