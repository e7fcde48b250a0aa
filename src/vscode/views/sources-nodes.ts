/**
 * The Sources view's tree as plain data, built from an article's sourcing summary: what the
 * tree provider turns into `TreeItem`s and what the API hands the VS Code suite. Every label
 * goes through `vscode.l10n`.
 *
 * Layout: three identity groups (anonymous, vague, named — anonymous first), each source with
 * its quotes then its claims; "No source" (quotes without a speaker, claims in the article's own
 * voice); "Orphaned annotations" with their stored words.
 */
import * as vscode from 'vscode';
import type { Identity } from '../../core/analysis/types';
import type { AnnotationKind, AnnotationStatus } from '../../core/sidecar';
import type { SourcingItem, SourcingLayer, SourcingOrphan, SourcingSource, SourcingSummary } from '../../core/sourcing';

/** What a node stands for. */
export type SourcesNodeKind = 'group' | 'source' | 'quote' | 'claim' | 'orphan';

/** One node of the Sources tree. */
export interface SourcesNode {
  /** Unique in the tree, stable across refreshes (`group:anonymous`, `source:annotation:src-x`, `quote:finding:q3`). */
  readonly id: string;
  readonly kind: SourcesNodeKind;
  /** Groups: which one (`anonymous`, `vague`, `named`, `unsourced`, `orphaned`). */
  readonly group?: Identity | 'unsourced' | 'orphaned';
  readonly label: string;
  readonly description: string;
  /** Markdown. */
  readonly tooltip: string;
  /** Sources, quotes, claims, orphans: the layer, and the annotation's or the engine's id. */
  readonly layer?: SourcingLayer;
  readonly ref?: string;
  /** Where selecting the node takes the editor (UTF-16 offsets, end exclusive); absent for groups and orphans. */
  readonly range?: { readonly start: number; readonly end: number };
  /** A codicon id, and a theme colour id for it. */
  readonly icon: string;
  readonly iconColor?: string;
  /** For `view/item/context` menus: `newsAnnotator.KIND.LAYER` (e.g. `newsAnnotator.quote.annotation`). */
  readonly contextValue: string;
  readonly children: readonly SourcesNode[];
}

/** Longest label drawn (the tooltip has the whole text); a source's or quote's words can be a paragraph. */
const MAX_LABEL = 120;

/**
 * Longest right-to-left label. The tree lays labels out left to right and clips them at the
 * right edge, which is where Arabic text BEGINS: a long Arabic quote showed only its last words.
 * Cut short here (what a default-width side bar shows under a source), the label keeps its first words.
 */
const MAX_RTL_LABEL = 28;

/** Arabic letters (and the Arabic presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** The first letter of either direction (what the Unicode bidi algorithm calls the first strong character, near enough). */
const STRONG_LETTER = /[A-Za-z\u00c0-\u024f\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A description as drawn after its label. The row is laid out left to right, and a
 * right-to-left description (the Arabic UI) joins the label's right-to-left text in one run:
 * "مصادر مجهولة: 1" and "اقتباسات: 9" read as "1اقتباسات". A leading separator keeps them apart.
 */
function describe(text: string): string {
  return RTL_LETTER.test(STRONG_LETTER.exec(text)?.[0] ?? '') ? `· ${text}` : text;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const max = RTL_LETTER.test(STRONG_LETTER.exec(flat)?.[0] ?? '') ? MAX_RTL_LABEL : MAX_LABEL;
  if (flat.length <= max) return flat;
  // Cut at a word boundary when there is one near the limit.
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** Markdown-escapes text for a tooltip. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

export function identityName(identity: Identity): string {
  switch (identity) {
    case 'anonymous':
      return vscode.l10n.t('anonymous');
    case 'vague':
      return vscode.l10n.t('vague');
    case 'named':
      return vscode.l10n.t('named');
  }
}

export function layerName(layer: SourcingLayer): string {
  return layer === 'annotation' ? vscode.l10n.t('annotation') : vscode.l10n.t('finding');
}

export function statusName(status: AnnotationStatus): string {
  switch (status) {
    case 'unverified':
      return vscode.l10n.t('unverified');
    case 'verified':
      return vscode.l10n.t('verified');
    case 'disputed':
      return vscode.l10n.t('disputed');
    case 'false':
      return vscode.l10n.t('false');
    case 'misleading':
      return vscode.l10n.t('misleading');
  }
}

function kindName(kind: AnnotationKind): string {
  switch (kind) {
    case 'source':
      return vscode.l10n.t('source');
    case 'quote':
      return vscode.l10n.t('quote');
    case 'claim':
      return vscode.l10n.t('claim');
    case 'note':
      return vscode.l10n.t('note');
  }
}

/** ", " in English, "، " in Arabic. */
export function listSeparator(): string {
  return vscode.l10n.t(', ');
}

function quoteCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', n);
}

function claimCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', n);
}

/** "8 quotes + 1 found": the analyst's annotations, and the engine's findings that add to them. */
function layeredCount(items: readonly SourcingItem[], count: (n: number) => string): string {
  const annotated = items.filter((i) => i.layer === 'annotation').length;
  const found = items.length - annotated;
  if (annotated === 0 || found === 0) return count(items.length);
  return vscode.l10n.t('{0} + {1} found', count(annotated), found);
}

/** The icon colour of each identity: the border colours the editor draws them with. */
const IDENTITY_COLOR: Readonly<Record<Identity, string>> = {
  anonymous: 'newsAnnotator.anonymousSourceBorder',
  vague: 'newsAnnotator.vagueSourceBorder',
  named: 'charts.blue',
};

const IDENTITY_ICON: Readonly<Record<Identity, string>> = { anonymous: 'eye-closed', vague: 'question', named: 'person' };

function groupLabel(identity: Identity, n: number): string {
  switch (identity) {
    case 'anonymous':
      return vscode.l10n.t('Anonymous sources: {0}', n);
    case 'vague':
      return vscode.l10n.t('Vague sources: {0}', n);
    case 'named':
      return vscode.l10n.t('Named sources: {0}', n);
  }
}

function groupTooltip(identity: Identity): string {
  switch (identity) {
    case 'anonymous':
      return vscode.l10n.t('Sources the article does not identify at all ("a source who refused to be named"). Check what rests on them first.');
    case 'vague':
      return vscode.l10n.t('Sources the reader cannot pin down ("Libyan media", "officials").');
    case 'named':
      return vscode.l10n.t('Sources the reader can identify: a person or an organisation.');
  }
}

function tagsLine(tags: readonly string[]): string[] {
  return tags.length === 0 ? [] : [vscode.l10n.t('Tags: {0}', tags.join(listSeparator()))];
}

function noteLines(note: string | undefined): string[] {
  return note === undefined ? [] : [vscode.l10n.t('Note: {0}', md(note))];
}

function itemNode(item: SourcingItem, source: SourcingSource | null): SourcesNode {
  const kindWord = item.kind === 'quote' ? vscode.l10n.t('quote') : vscode.l10n.t('claim');
  const parts = [layerName(item.layer)];
  if (item.kind === 'quote' && item.direct !== undefined) parts.push(item.direct ? vscode.l10n.t('direct') : vscode.l10n.t('indirect'));
  // The description names a verdict only when there is one: "unverified" on every item is noise
  // that pushes the rest out of a narrow side bar (the tooltip always says it).
  const verdict = item.status !== undefined && item.status !== 'unverified' ? [statusName(item.status)] : [];
  const heading = `**${md(kindWord)}** — ${md([...parts, ...(item.status !== undefined ? [statusName(item.status)] : [])].join(' · '))}`;
  const who = source
    ? [item.kind === 'quote' ? vscode.l10n.t('Speaker: {0} ({1})', md(source.label), identityName(source.identity)) : vscode.l10n.t('Source: {0} ({1})', md(source.label), identityName(source.identity))]
    : [item.kind === 'quote' ? vscode.l10n.t('No speaker given.') : vscode.l10n.t('In the article’s own voice.')];
  return {
    id: `${item.kind}:${item.key}`,
    kind: item.kind,
    label: clip(item.text),
    description: describe([...parts, ...verdict].join(' · ')),
    tooltip: [heading, `> ${md(item.text.replace(/\s+/g, ' '))}`, ...who, ...tagsLine(item.tags), ...noteLines(item.note)].join('\n\n'),
    layer: item.layer,
    ref: item.id,
    range: { start: item.start, end: item.end },
    icon: item.kind === 'quote' ? 'quote' : 'law',
    // The analyst's own marks in colour, the engine's in grey: the layer shows even when the
    // description is cut off by a narrow side bar.
    iconColor: item.layer === 'annotation' ? 'charts.purple' : 'disabledForeground',
    contextValue: `newsAnnotator.${item.kind}.${item.layer}`,
    children: [],
  };
}

function sourceNode(source: SourcingSource): SourcesNode {
  const counts = [layeredCount(source.quotes, quoteCount)];
  if (source.claims.length > 0) counts.push(layeredCount(source.claims, claimCount));
  // Counts before the role: in a narrow side bar the end of the description is what is cut.
  const description = [layerName(source.layer), counts.join(listSeparator()), ...(source.role !== undefined && source.role !== source.label ? [source.role] : [])];
  if (source.orphaned) description.push(vscode.l10n.t('orphaned'));
  const facts = [
    `**${md(vscode.l10n.t('Source'))}** — ${md(identityName(source.identity))} · ${md(layerName(source.layer))}${source.status !== undefined ? ` · ${md(statusName(source.status))}` : ''}`,
    `> ${md(source.words.replace(/\s+/g, ' '))}`,
    ...(source.role !== undefined ? [vscode.l10n.t('Role: {0}', md(source.role))] : []),
    ...(source.reason !== undefined ? [vscode.l10n.t('Reason for anonymity: {0}', md(source.reason))] : []),
    vscode.l10n.t('Rests on it: {0}, {1}', quoteCount(source.quotes.length), claimCount(source.claims.length)),
    ...(source.orphaned ? [vscode.l10n.t('Its words are gone from the article (orphaned annotation).')] : []),
    ...tagsLine(source.tags),
    ...noteLines(source.note),
  ];
  return {
    id: `source:${source.key}`,
    kind: 'source',
    label: clip(source.label),
    description: describe(description.join(' · ')),
    tooltip: facts.join('\n\n'),
    layer: source.layer,
    ref: source.id,
    ...(source.start !== null && source.end !== null ? { range: { start: source.start, end: source.end } } : {}),
    icon: IDENTITY_ICON[source.identity],
    iconColor: IDENTITY_COLOR[source.identity],
    contextValue: `newsAnnotator.source.${source.layer}`,
    children: [...source.quotes.map((q) => itemNode(q, source)), ...source.claims.map((c) => itemNode(c, source))],
  };
}

function orphanNode(orphan: SourcingOrphan): SourcesNode {
  return {
    id: `orphan:${orphan.key}`,
    kind: 'orphan',
    label: clip(orphan.exact),
    description: describe([kindName(orphan.kind), statusName(orphan.status)].join(' · ')),
    tooltip: [
      `**${md(vscode.l10n.t('Orphaned annotation'))}** — ${md(kindName(orphan.kind))} · ${md(orphan.id)}`,
      vscode.l10n.t('Its words are no longer in the article; it is kept in the sidecar, unchanged. Stored words:'),
      `> ${md(orphan.exact.replace(/\s+/g, ' '))}`,
      ...tagsLine(orphan.tags),
      ...noteLines(orphan.note),
    ].join('\n\n'),
    layer: 'annotation',
    ref: orphan.id,
    icon: 'debug-disconnect',
    iconColor: 'problemsWarningIcon.foreground',
    contextValue: `newsAnnotator.orphan.${orphan.kind}`,
    children: [],
  };
}

/** The tree of `summary` (already filtered): the top-level nodes, with their children. */
export function buildSourcesNodes(summary: SourcingSummary): SourcesNode[] {
  const nodes: SourcesNode[] = summary.groups.map((group) => ({
    id: `group:${group.identity}`,
    kind: 'group',
    group: group.identity,
    label: groupLabel(group.identity, group.sources.length),
    description: describe(vscode.l10n.t('{0}, {1}', quoteCount(group.quoteCount), claimCount(group.claimCount))),
    tooltip: groupTooltip(group.identity),
    icon: IDENTITY_ICON[group.identity],
    iconColor: IDENTITY_COLOR[group.identity],
    contextValue: `newsAnnotator.group.${group.identity}`,
    children: group.sources.map(sourceNode),
  }));
  const { quotes, claims } = summary.unsourced;
  nodes.push({
    id: 'group:unsourced',
    kind: 'group',
    group: 'unsourced',
    label: vscode.l10n.t('No source: {0}', quotes.length + claims.length),
    description: describe(vscode.l10n.t('{0}, {1}', quoteCount(quotes.length), claimCount(claims.length))),
    tooltip: vscode.l10n.t('Quotes with no speaker, and claims the article makes in its own voice.'),
    icon: 'circle-slash',
    contextValue: 'newsAnnotator.group.unsourced',
    children: [...quotes.map((q) => itemNode(q, null)), ...claims.map((c) => itemNode(c, null))],
  });
  // With a sidecar, "0 orphaned" is worth saying; without one there is nothing to orphan.
  if (summary.orphans.length > 0 || summary.share.basis === 'annotation') {
    nodes.push({
      id: 'group:orphaned',
      kind: 'group',
      group: 'orphaned',
      label: vscode.l10n.t('Orphaned annotations: {0}', summary.orphans.length),
      description: '',
      tooltip: vscode.l10n.t('Annotations whose words are gone from the article. They are kept in the sidecar, unchanged, and listed here with the words they were made on.'),
      icon: 'debug-disconnect',
      iconColor: 'problemsWarningIcon.foreground',
      contextValue: 'newsAnnotator.group.orphaned',
      children: summary.orphans.map(orphanNode),
    });
  }
  return nodes;
}
