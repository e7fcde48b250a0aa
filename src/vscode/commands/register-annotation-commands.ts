/**
 * Every annotation command (issue 8), one family a file: annotate, edit, navigate, sidecar.
 * Commands write only through `ArticleState.modify`, recorded in one undo history.
 */
import type * as vscode from 'vscode';
import type { ArticleRegistry } from '../article/article-state-types';
import type { Log } from '../log';
import { AnnotationHistory } from './annotation-history';
import { registerAnnotateCommands } from './annotate-commands';
import type { CommandDeps } from './command-support';
import { registerEditCommands } from './edit-commands';
import { registerNavigateCommands } from './navigate-commands';
import { registerSidecarCommands } from './sidecar-commands';

/** Registers the annotation commands; returns their shared dependencies (the comments and quick fixes use them too). */
export function registerAnnotationCommands(context: vscode.ExtensionContext, registry: ArticleRegistry, log: Log): CommandDeps {
  const deps: CommandDeps = { registry, log, history: new AnnotationHistory() };
  registerAnnotateCommands(context, deps);
  registerEditCommands(context, deps);
  registerNavigateCommands(context, deps);
  registerSidecarCommands(context, deps);
  return deps;
}
