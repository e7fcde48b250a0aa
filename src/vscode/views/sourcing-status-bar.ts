/**
 * The status bar item of the current article: `A/Q quotes anonymous` (quotes whose speaker is an
 * anonymous source, of all quotes; from the sidecar's annotations when there is a sidecar,
 * else from the engine's findings), with the sources by identity in its tooltip. Clicking it
 * runs Show Sources.
 */
import * as vscode from 'vscode';
import type { SourcingCache } from './article-sourcing';
import type { CurrentArticle } from './current-article';
import { SOURCES_COMMANDS } from './sources-view';

/** Wait after the last change before redrawing (typing fires a change per keystroke). */
const REFRESH_DEBOUNCE_MS = 150;

/** A share of anonymous quotes at or above this is flagged (warning background): most of what is quoted is unchecked. */
const WARN_SHARE = 0.5;

export interface SourcingStatusBar {
  /** The item's text as shown, or `undefined` while it is hidden (no article). */
  readonly text: string | undefined;
  /** The tooltip's Markdown, or `undefined` while hidden. */
  readonly tooltip: string | undefined;
}

export function registerSourcingStatusBar(context: vscode.ExtensionContext, deps: { current: CurrentArticle; cache: SourcingCache }): SourcingStatusBar {
  const { current, cache } = deps;
  const item = vscode.window.createStatusBarItem('newsAnnotator.sourcing', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('News Annotator: Anonymous Quotes');
  item.command = SOURCES_COMMANDS.showSources;
  let shown = false;
  let tooltip = '';

  const update = (): void => {
    const state = current.state;
    if (!state) {
      item.hide();
      shown = false;
      return;
    }
    const { share, sourcesByIdentity: by, orphans } = cache.summaryOf(state);
    item.text = `$(eye-closed) ${vscode.l10n.t('{0}/{1} quotes anonymous', share.anonymous, share.total)}`;
    const headline = vscode.l10n.t('{0} of {1} quotes come from anonymous sources', share.anonymous, share.total);
    item.accessibilityInformation = { label: headline, role: 'button' };
    const warn = share.total > 0 && share.anonymous / share.total >= WARN_SHARE;
    item.backgroundColor = warn ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const basis = share.basis === 'annotation' ? vscode.l10n.t('Counted from the analyst’s annotations (the sidecar).') : vscode.l10n.t('Counted from the automatic findings (this article has no sidecar).');
    tooltip = [
      `**${headline}**`,
      `${vscode.l10n.t('Sources by identity')}: ${vscode.l10n.t('anonymous {0} · vague {1} · named {2}', by.anonymous, by.vague, by.named)}`,
      ...(warn ? [vscode.l10n.t('Most of what this article quotes rests on sources it does not name.')] : []),
      ...(orphans.length > 0 ? [vscode.l10n.t('Orphaned annotations (not counted): {0}', orphans.length)] : []),
      basis,
      vscode.l10n.t('Click to show the Sources view.'),
    ].join('\n\n');
    item.tooltip = new vscode.MarkdownString(tooltip);
    item.show();
    shown = true;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const updateSoon = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      update();
    }, REFRESH_DEBOUNCE_MS);
  };
  context.subscriptions.push(item, current.onDidChange(updateSoon), { dispose: () => timer !== undefined && clearTimeout(timer) });
  update();

  return {
    get text() {
      return shown ? item.text : undefined;
    },
    get tooltip() {
      return shown ? tooltip : undefined;
    },
  };
}
