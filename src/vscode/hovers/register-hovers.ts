/** Hovers over marks (filled in below). */
import type * as vscode from 'vscode';
import type { ArticleRegistry } from '../article/article-state-types';

/** Registers the hover provider; disposed with `context`. */
export function registerHovers(context: vscode.ExtensionContext, registry: ArticleRegistry): void {
  void context;
  void registry;
}
