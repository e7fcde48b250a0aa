/**
 * Which article the Sources view and the status bar describe: the active editor's article;
 * while no text editor is active (the reading view, a settings page has focus) the last one
 * stays, as long as it is open; a non-article editor clears it.
 */
import * as vscode from 'vscode';
import type { ArticleRegistry, ArticleState } from '../article/article-state-types';

export interface CurrentArticle extends vscode.Disposable {
  readonly state: ArticleState | undefined;
  /** Fires when `state` becomes another article (or none), and when `state` itself changes. */
  readonly onDidChange: vscode.Event<void>;
}

export function trackCurrentArticle(registry: ArticleRegistry): CurrentArticle {
  const emitter = new vscode.EventEmitter<void>();
  let current: ArticleState | undefined = registry.active;
  const reconsider = (): void => {
    const active = registry.active;
    let next: ArticleState | undefined;
    if (active) next = active;
    else if (vscode.window.activeTextEditor === undefined && current && registry.get(current.uri) === current) next = current;
    if (next !== current) {
      current = next;
      emitter.fire();
    }
  };
  const subscriptions = [
    emitter,
    registry.onDidChangeArticles(reconsider),
    registry.onDidChangeArticle((state) => {
      if (state === current) emitter.fire();
    }),
  ];
  return {
    get state() {
      return current;
    },
    onDidChange: emitter.event,
    dispose: () => subscriptions.forEach((d) => d.dispose()),
  };
}
