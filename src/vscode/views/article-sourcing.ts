/**
 * The sourcing summary of an article state, computed once per change of the state and shared
 * by the Sources view, the status bar and the API.
 */
import type * as vscode from 'vscode';
import { summarizeSourcing, type SourcingSummary } from '../../core/sourcing';
import type { ArticleRegistry, ArticleState } from '../article/article-state-types';

/** Remembers each state's summary until the state changes. */
export interface SourcingCache extends vscode.Disposable {
  /** The summary of `state` now (computed on first request after a change). */
  summaryOf(state: ArticleState): SourcingSummary;
}

/**
 * `true` when the counts should come from the sidecar's annotations: a loaded sidecar, or an
 * invalid one whose last good annotations are still shown.
 */
export function countsFromAnnotations(state: ArticleState): boolean {
  return state.sidecar.kind === 'loaded' || (state.sidecar.kind === 'invalid' && state.annotations.length > 0);
}

/**
 * A cache that forgets a state's summary whenever the state fires. Readers that run inside
 * the same `onDidChangeArticle` event must be registered after it (listeners run in order);
 * the view and the status bar redraw on a timer, after every listener has run.
 */
export function createSourcingCache(registry: ArticleRegistry): SourcingCache {
  const summaries = new WeakMap<ArticleState, SourcingSummary>();
  const subscription = registry.onDidChangeArticle((state) => summaries.delete(state));
  return {
    summaryOf(state) {
      let summary = summaries.get(state);
      if (!summary) {
        summary = summarizeSourcing({ analysis: state.analysis, annotations: state.annotations, hasSidecar: countsFromAnnotations(state) });
        summaries.set(state, summary);
      }
      return summary;
    },
    dispose: () => subscription.dispose(),
  };
}
