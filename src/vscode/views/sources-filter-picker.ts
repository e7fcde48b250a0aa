/**
 * The Sources view's filter: what it means in words (the view's description), and the quick
 * pick that edits it (the filter button in the view's title bar).
 */
import * as vscode from 'vscode';
import type { AnnotationStatus } from '../../core/sidecar';
import { isEmptyFilter, type SourcingFilter, type SourcingLayer } from '../../core/sourcing';
import { layerName, listSeparator, statusName } from './sources-nodes';

export const STATUSES: readonly AnnotationStatus[] = ['unverified', 'verified', 'disputed', 'false', 'misleading'];
export const LAYERS: readonly SourcingLayer[] = ['annotation', 'finding'];

/** The filter in words, for the view's description; `''` when it filters nothing. */
export function describeFilter(filter: SourcingFilter): string {
  if (isEmptyFilter(filter)) return '';
  const parts: string[] = [];
  if (filter.text !== undefined && filter.text.trim() !== '') parts.push(vscode.l10n.t('text: {0}', filter.text.trim()));
  if (filter.tag !== undefined) parts.push(vscode.l10n.t('tag: {0}', filter.tag));
  if (filter.status !== undefined) parts.push(vscode.l10n.t('status: {0}', statusName(filter.status)));
  if (filter.layer !== undefined) parts.push(vscode.l10n.t('layer: {0}', filter.layer === 'annotation' ? vscode.l10n.t('annotations') : vscode.l10n.t('findings')));
  return vscode.l10n.t('Filtered by {0}', parts.join(' · '));
}

/**
 * A filter from a command argument (`{ text?, tag?, status?, layer? }`); `null` when `arg` is
 * not one (the caller then asks the user). @throws Error naming the bad field.
 */
export function filterFromArgument(arg: unknown): SourcingFilter | null {
  if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) return null;
  const { text, tag, status, layer } = arg as Record<string, unknown>;
  const bad = (field: string, value: unknown): Error => new Error(vscode.l10n.t('Invalid filter: {0} cannot be {1}.', field, JSON.stringify(value)));
  if (text !== undefined && typeof text !== 'string') throw bad('text', text);
  if (tag !== undefined && typeof tag !== 'string') throw bad('tag', tag);
  if (status !== undefined && !STATUSES.includes(status as AnnotationStatus)) throw bad('status', status);
  if (layer !== undefined && !LAYERS.includes(layer as SourcingLayer)) throw bad('layer', layer);
  return {
    ...(text === undefined || text.trim() === '' ? {} : { text }),
    ...(tag === undefined || tag === '' ? {} : { tag }),
    ...(status === undefined ? {} : { status: status as AnnotationStatus }),
    ...(layer === undefined ? {} : { layer: layer as SourcingLayer }),
  };
}

interface Choice extends vscode.QuickPickItem {
  readonly apply: () => Promise<SourcingFilter | undefined>;
}

/**
 * Asks the user how to change `current`: by text, tag (from `tags`, the article's), status or
 * layer, or to clear it. Resolves with the new filter, or `undefined` when dismissed.
 */
export async function pickSourcesFilter(current: SourcingFilter, tags: readonly string[]): Promise<SourcingFilter | undefined> {
  const without = (key: keyof SourcingFilter): SourcingFilter => {
    const next: Record<string, unknown> = { ...current };
    delete next[key];
    return next as SourcingFilter;
  };
  const choices: Choice[] = [
    {
      label: `$(search) ${vscode.l10n.t('Text…')}`,
      description: current.text ?? '',
      detail: vscode.l10n.t('Words in a source, quote, claim or note (diacritics and letter forms ignored)'),
      apply: async () => {
        const text = await vscode.window.showInputBox({
          title: vscode.l10n.t('Filter Sources by Text'),
          prompt: vscode.l10n.t('Show the sources, quotes and claims that contain these words (empty: any).'),
          value: current.text ?? '',
        });
        if (text === undefined) return undefined;
        return text.trim() === '' ? without('text') : { ...current, text };
      },
    },
    {
      label: `$(tag) ${vscode.l10n.t('Tag…')}`,
      description: current.tag ?? '',
      detail: tags.length === 0 ? vscode.l10n.t('This article’s annotations have no tags yet') : tags.join(listSeparator()),
      apply: async () => {
        const any = vscode.l10n.t('(any tag)');
        const tag = await vscode.window.showQuickPick([any, ...tags], { title: vscode.l10n.t('Filter Sources by Tag'), placeHolder: vscode.l10n.t('Pick a tag') });
        if (tag === undefined) return undefined;
        return tag === any ? without('tag') : { ...current, tag };
      },
    },
    {
      label: `$(check) ${vscode.l10n.t('Status…')}`,
      description: current.status === undefined ? '' : statusName(current.status),
      detail: vscode.l10n.t('The analyst’s verdict (annotations only)'),
      apply: async () => {
        const items = [{ label: vscode.l10n.t('(any status)'), status: undefined }, ...STATUSES.map((status) => ({ label: statusName(status), status }))];
        const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Filter Sources by Status'), placeHolder: vscode.l10n.t('Pick a status') });
        if (picked === undefined) return undefined;
        return picked.status === undefined ? without('status') : { ...current, status: picked.status };
      },
    },
    {
      label: `$(layers) ${vscode.l10n.t('Layer…')}`,
      description: current.layer === undefined ? '' : layerName(current.layer),
      detail: vscode.l10n.t('The analyst’s annotations, or the engine’s automatic findings'),
      apply: async () => {
        const items = [
          { label: vscode.l10n.t('(both layers)'), layer: undefined },
          { label: vscode.l10n.t('annotations'), layer: 'annotation' as const },
          { label: vscode.l10n.t('findings'), layer: 'finding' as const },
        ];
        const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Filter Sources by Layer'), placeHolder: vscode.l10n.t('Pick a layer') });
        if (picked === undefined) return undefined;
        return picked.layer === undefined ? without('layer') : { ...current, layer: picked.layer };
      },
    },
  ];
  if (!isEmptyFilter(current)) {
    choices.push({ label: `$(clear-all) ${vscode.l10n.t('Clear Filter')}`, description: describeFilter(current), apply: () => Promise.resolve({}) });
  }
  const choice = await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Filter Sources'), placeHolder: vscode.l10n.t('Filter by…'), matchOnDetail: true });
  return choice?.apply();
}
