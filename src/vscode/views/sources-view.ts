/**
 * The Sources tree view (`newsAnnotator.sources`, in the News Annotator activity-bar
 * container): the current article's sources by identity with what rests on each, unsourced
 * quotes and claims, orphaned annotations. Selecting an item selects its words in the editor.
 * A filter (title-bar button) narrows it; the view's description says what is filtered.
 * Redraws when the article, its analysis or its sidecar changes.
 */
import * as vscode from 'vscode';
import { filterSourcing, isEmptyFilter, type SourcingFilter } from '../../core/sourcing';
import type { ArticleRegistry, ArticleState } from '../article/article-state-types';
import type { Log } from '../log';
import type { SourcingCache } from './article-sourcing';
import type { CurrentArticle } from './current-article';
import { describeFilter, filterFromArgument, pickSourcesFilter } from './sources-filter-picker';
import { buildSourcesNodes, type SourcesNode } from './sources-nodes';

export const SOURCES_VIEW_ID = 'newsAnnotator.sources';

/** Command ids, as in package.json. */
export const SOURCES_COMMANDS = {
  showSources: 'newsAnnotator.showSources',
  filterSources: 'newsAnnotator.filterSources',
  clearSourcesFilter: 'newsAnnotator.clearSourcesFilter',
  revealSourceItem: 'newsAnnotator.revealSourceItem',
} as const;

/** Context key: a filter is active (shows the clear-filter button). */
const FILTERED_CONTEXT = 'newsAnnotator.sourcesFiltered';

/** How long Show Sources waits for the view to report itself visible. */
const SHOW_TIMEOUT_MS = 2_000;

/** Wait after the last change before redrawing: typing fires a change per keystroke. */
const REFRESH_DEBOUNCE_MS = 150;

/** What the view offers the rest of the extension (and the API). */
export interface SourcesView {
  /** The tree the view shows for `uri`'s article (with the current filter), as plain data; `undefined` when it is not an open article. */
  treeOf(uri: vscode.Uri): readonly SourcesNode[] | undefined;
  /** Whether the view is visible, and its description (the filter in words). */
  readonly visible: boolean;
  readonly description: string;
  readonly filter: SourcingFilter;
  /** Reveals the node `id` of the current article's tree, selected and focused (as a user's click would); `false` when there is no such node. */
  reveal(id: string): Promise<boolean>;
}

export interface SourcesViewDeps {
  readonly registry: ArticleRegistry;
  readonly current: CurrentArticle;
  readonly cache: SourcingCache;
  readonly log: Log;
}

/** Arguments of `newsAnnotator.revealSourceItem`: the article and the offsets to select. */
interface RevealArgs {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

/** Selects `[start, end)` of `uri`'s document in an editor (the one showing it, else a new one) and scrolls to it. */
async function revealRange(registry: ArticleRegistry, args: unknown): Promise<vscode.TextEditor | undefined> {
  if (args === null || typeof args !== 'object') return undefined;
  const { uri, start, end } = args as RevealArgs;
  if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return undefined;
  const target = vscode.Uri.parse(uri);
  const document = registry.get(target)?.document ?? (await vscode.workspace.openTextDocument(target));
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false, preview: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

function toTreeItem(node: SourcesNode, uri: vscode.Uri | undefined): vscode.TreeItem {
  const state =
    node.children.length === 0
      ? vscode.TreeItemCollapsibleState.None
      : node.kind === 'group' && (node.group === 'anonymous' || node.group === 'orphaned')
        ? vscode.TreeItemCollapsibleState.Expanded // what an analyst checks first is open
        : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(node.label, state);
  item.id = node.id;
  item.description = node.description;
  item.tooltip = new vscode.MarkdownString(node.tooltip);
  item.iconPath = new vscode.ThemeIcon(node.icon, node.iconColor === undefined ? undefined : new vscode.ThemeColor(node.iconColor));
  item.contextValue = node.contextValue;
  if (node.range && uri) {
    const args: RevealArgs = { uri: uri.toString(), start: node.range.start, end: node.range.end };
    item.command = { command: SOURCES_COMMANDS.revealSourceItem, title: vscode.l10n.t('Show in Editor'), arguments: [args] };
  }
  return item;
}

/** Registers the view and its commands; they are disposed with `context`. */
export function registerSourcesView(context: vscode.ExtensionContext, deps: SourcesViewDeps): SourcesView {
  const { registry, current, cache, log } = deps;
  let filter: SourcingFilter = {};
  let roots: SourcesNode[] = [];
  let rootsOf: ArticleState | undefined;
  /** The article changed since `roots` were built: rebuilt when the tree next asks (only while it is shown). */
  let stale = true;
  const parents = new Map<string, SourcesNode>();
  const changed = new vscode.EventEmitter<SourcesNode | undefined>();

  const treeFor = (state: ArticleState): SourcesNode[] => buildSourcesNodes(filterSourcing(cache.summaryOf(state), filter));

  const rebuild = (): void => {
    const state = current.state;
    rootsOf = state;
    stale = false;
    try {
      roots = state ? treeFor(state) : [];
    } catch (err) {
      log.error('the Sources view could not be built', err);
      roots = [];
    }
    const empty = roots.every((group) => group.children.length === 0);
    view.message = !isEmptyFilter(filter) && state && empty ? vscode.l10n.t('Nothing in this article matches the filter.') : undefined;
    parents.clear();
    const walk = (node: SourcesNode): void => {
      for (const child of node.children) {
        parents.set(child.id, node);
        walk(child);
      }
    };
    roots.forEach(walk);
  };

  const provider: vscode.TreeDataProvider<SourcesNode> = {
    onDidChangeTreeData: changed.event,
    getChildren: (node) => {
      if (node) return [...node.children];
      if (stale || rootsOf !== current.state) rebuild();
      return roots;
    },
    getTreeItem: (node) => toTreeItem(node, rootsOf?.uri),
    getParent: (node) => parents.get(node.id),
  };
  const view = vscode.window.createTreeView(SOURCES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshNow = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    stale = true;
    view.description = describeFilter(filter);
    changed.fire(undefined);
  };
  const refreshSoon = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(refreshNow, REFRESH_DEBOUNCE_MS);
  };

  const setFilter = async (next: SourcingFilter): Promise<void> => {
    filter = next;
    await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, !isEmptyFilter(filter));
    refreshNow();
  };

  /** `newsAnnotator.filterSources([filter])`: sets the filter (an argument object sets it directly). Resolves with the filter now in force. */
  const filterSources = async (arg?: unknown): Promise<SourcingFilter> => {
    let next: SourcingFilter | null | undefined;
    try {
      next = filterFromArgument(arg);
    } catch (err) {
      void vscode.window.showErrorMessage(err instanceof Error ? err.message : String(err));
      throw err;
    }
    if (next === null) {
      const tags = [...new Set((current.state?.annotations ?? []).flatMap((t) => t.annotation.tags ?? []))].sort();
      next = await pickSourcesFilter(filter, tags);
    }
    if (next !== undefined) await setFilter(next);
    return filter;
  };

  context.subscriptions.push(
    changed,
    view,
    current.onDidChange(refreshSoon),
    view.onDidChangeVisibility((e) => e.visible && stale && changed.fire(undefined)),
    vscode.commands.registerCommand(SOURCES_COMMANDS.filterSources, filterSources),
    vscode.commands.registerCommand(SOURCES_COMMANDS.clearSourcesFilter, () => setFilter({})),
    vscode.commands.registerCommand(SOURCES_COMMANDS.revealSourceItem, (args: unknown) => revealRange(registry, args)),
    /** `newsAnnotator.showSources()`: opens and focuses the view; resolves with whether it is visible. */
    vscode.commands.registerCommand(SOURCES_COMMANDS.showSources, async () => {
      const shown = view.visible
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            // The visibility event arrives after the focus command returns.
            const done = (): void => {
              clearTimeout(timeout);
              listener.dispose();
              resolve();
            };
            const listener = view.onDidChangeVisibility((e) => e.visible && done());
            const timeout = setTimeout(done, SHOW_TIMEOUT_MS);
          });
      await vscode.commands.executeCommand(`${SOURCES_VIEW_ID}.focus`);
      await shown;
      return view.visible;
    }),
    { dispose: () => timer !== undefined && clearTimeout(timer) },
  );
  void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, false);

  return {
    treeOf(uri) {
      const state = registry.get(uri);
      return state ? treeFor(state) : undefined;
    },
    get visible() {
      return view.visible;
    },
    get description() {
      return view.description ?? '';
    },
    get filter() {
      return filter;
    },
    async reveal(id) {
      if (stale || rootsOf !== current.state) rebuild();
      const find = (nodes: readonly SourcesNode[]): SourcesNode | undefined => {
        for (const node of nodes) {
          const hit = node.id === id ? node : find(node.children);
          if (hit) return hit;
        }
        return undefined;
      };
      const node = find(roots);
      if (!node) return false;
      await view.reveal(node, { select: true, focus: true, expand: true });
      return true;
    },
  };
}
