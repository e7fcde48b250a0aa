/**
 * The views of an article's sourcing: the Sources tree and the status bar item, sharing one
 * summary per article state.
 */
import type * as vscode from 'vscode';
import type { ArticleRegistry } from '../article/article-state-types';
import type { Log } from '../log';
import { createSourcingCache } from './article-sourcing';
import { trackCurrentArticle } from './current-article';
import { registerSourcesView, type SourcesView } from './sources-view';
import { registerSourcingStatusBar, type SourcingStatusBar } from './sourcing-status-bar';

export interface Views {
  readonly sources: SourcesView;
  readonly statusBar: SourcingStatusBar;
}

/** Registers the Sources view and the status bar item; disposed with `context`. */
export function registerViews(context: vscode.ExtensionContext, deps: { registry: ArticleRegistry; log: Log }): Views {
  // The cache subscribes first, so it forgets a summary before anyone redraws from it.
  const cache = createSourcingCache(deps.registry);
  const current = trackCurrentArticle(deps.registry);
  context.subscriptions.push(cache, current);
  const sources = registerSourcesView(context, { ...deps, current, cache });
  const statusBar = registerSourcingStatusBar(context, { current, cache });
  return { sources, statusBar };
}
