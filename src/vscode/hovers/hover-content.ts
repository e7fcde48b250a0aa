/**
 * The hover over a mark, as Markdown (with a little HTML: Arabic reads right to left in
 * `<div dir="rtl">`). One section per mark under the pointer, annotations first: its kind and
 * layer; for a quote, who said it and that source's identity, role and reason; for a source,
 * how many quotes and claims rest on it; for an annotation, its status, note, tags, author and
 * date, and links to the annotation commands. Pure (no `vscode` import): the words come through
 * a `t` function (`vscode.l10n.t` in the shell), so it is tested in plain Node.
 *
 * Everything taken from the article or the sidecar is escaped, for HTML and for Markdown.
 */
import type { Analysis, Claim, Identity, Quote, Source } from '../../core/analysis/types';
import type { Annotation } from '../../core/sidecar';

/** Translates an English message with `{0}`-style placeholders (as `vscode.l10n.t`). */
export type Translate = (message: string, ...args: (string | number)[]) => string;

/** The commands a hover links to (engineer 3's annotation commands), with the arguments they take. */
export const HOVER_COMMANDS = {
  setStatus: 'newsAnnotator.setStatus',
  editNote: 'newsAnnotator.editNote',
  linkSource: 'newsAnnotator.linkSource',
  acceptFinding: 'newsAnnotator.acceptFinding',
  deleteAnnotation: 'newsAnnotator.deleteAnnotation',
} as const;

/** Exactly the commands a hover may run (`MarkdownString.isTrusted.enabledCommands`). */
export const HOVER_ENABLED_COMMANDS: readonly string[] = Object.values(HOVER_COMMANDS);

/** An annotation under the pointer, with what its hover tells. */
export interface HoveredAnnotation {
  readonly annotation: Annotation;
  /** A quote's speaker or a claim's source annotation, when it names one that exists. */
  readonly source?: Annotation;
  /** For a source annotation: how many quote and claim annotations name it. */
  readonly restingQuotes?: number;
  readonly restingClaims?: number;
}

/** A finding under the pointer. */
export type HoveredFinding =
  /** `mention`: the mention under the pointer (what Accept as annotation annotates). */
  | { readonly kind: 'source'; readonly source: Source; readonly mention: { readonly start: number; readonly end: number }; readonly quotes: number; readonly claims: number }
  | { readonly kind: 'quote'; readonly quote: Quote; readonly speaker: Source | undefined }
  | { readonly kind: 'claim'; readonly claim: Claim; readonly source: Source | undefined };

/** What {@link hoverMarkdown} renders. */
export interface HoverInput {
  /** The document's URI as a string (the commands' `uri` argument). */
  readonly uri: string;
  readonly annotations: readonly HoveredAnnotation[];
  readonly findings: readonly HoveredFinding[];
}

/** Arabic letters (the Arabic blocks and presentation forms). */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** True when `text` holds Arabic letters (it is shown right to left). */
export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}

/**
 * `text` safe inside Markdown with HTML enabled: `&`, `<`, `>`, `"` as entities (no tag can be
 * formed), Markdown's punctuation backslash-escaped (no link, emphasis or heading), each line
 * trimmed (no code block from indentation) and lines joined by hard breaks.
 */
export function escapeHoverText(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/[\\`*_{}[\]()#+\-.!|~=]/g, '\\$&'),
    )
    .join('  \n');
}

/** `text` for the inside of an HTML block (no Markdown is parsed there): entities only, line breaks as `<br>`. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('<br>');
}

/** The right-to-left mark: keeps the punctuation at the ends of an Arabic run on its side. */
const RLM = '\u200f';

/**
 * Article or sidecar text on its own line; when it holds Arabic, a right-to-left block:
 * `<div dir="rtl" align="right">`. VS Code's hover sanitizer keeps `align` but drops `dir`
 * (its allowed attributes: out/vs/base/browser/markdownRenderer), so the block is also
 * right-aligned and its text framed by right-to-left marks; `dir` stays for renderers that
 * honour it. An HTML block is not parsed as Markdown: its text is escaped for HTML only, and
 * holds no blank line (which would end it).
 */
function block(text: string): string {
  return hasArabic(text) ? `<div dir="rtl" align="right">${RLM}${escapeHtml(text)}${RLM}</div>` : escapeHoverText(text);
}

/** Lines joined by hard breaks; an HTML block set apart by blank lines (it must start and end a paragraph). */
function joinParts(parts: readonly string[]): string {
  const blockish = (p: string): boolean => p.includes('<div');
  return parts.reduce((out, part, i) => (i === 0 ? part : out + (blockish(part) || blockish(parts[i - 1]!) ? '\n\n' : '  \n') + part), '');
}

/** A `command:` link with one argument object (JSON in the query, as VS Code decodes it). */
export function commandLink(label: string, command: string, arg: unknown): string {
  return `[${escapeHoverText(label)}](command:${command}?${encodeURIComponent(JSON.stringify([arg]))})`;
}

/** At most `max` characters of `text` on one line (cut at a word, with an ellipsis). */
function excerpt(text: string, max = 140): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

function identityWord(identity: Identity, t: Translate): string {
  return identity === 'anonymous' ? t('anonymous') : identity === 'vague' ? t('vague') : t('named');
}

function kindWord(kind: Annotation['kind'] | 'source' | 'quote' | 'claim', t: Translate): string {
  switch (kind) {
    case 'claim':
      return t('Claim');
    case 'source':
      return t('Source');
    case 'quote':
      return t('Quote');
    case 'note':
      return t('Note');
  }
}

function statusWord(status: Annotation['status'], t: Translate): string {
  switch (status) {
    case 'unverified':
      return t('unverified');
    case 'verified':
      return t('verified');
    case 'disputed':
      return t('disputed');
    case 'false':
      return t('false');
    case 'misleading':
      return t('misleading');
  }
}

/** A labelled value: on the label's line, or (Arabic) in a right-to-left block under it. */
function labelled(label: string, value: string): string {
  return hasArabic(value) ? `${escapeHoverText(label)}\n\n${block(value)}` : escapeHoverText(`${label} ${value}`);
}

/**
 * Who a source is: its words (a block; `null`: not repeated), then identity, role and reason
 * on one line — an Arabic role or reason under its label, right to left. Parts already escaped.
 */
function describeSource(words: string | null, identity: Identity | undefined, role: string | undefined, reason: string | undefined, t: Translate): string[] {
  const parts = words === null ? [] : [block(excerpt(words))];
  const inline: string[] = identity ? [t('Identity: {0}', identityWord(identity, t))] : [];
  const apart: string[] = [];
  for (const [label, value] of [[t('Role:'), role], [t('Reason for anonymity:'), reason]] as const) {
    if (!value) continue;
    if (hasArabic(value)) apart.push(labelled(label, value));
    else inline.push(`${label} ${value}`);
  }
  if (inline.length > 0) parts.push(escapeHoverText(inline.join(' · ')));
  return [...parts, ...apart];
}

function annotationSection(h: HoveredAnnotation, uri: string, t: Translate): string {
  const a = h.annotation;
  const lines: string[] = [];
  lines.push(`**${escapeHoverText(kindWord(a.kind, t))}** · ${escapeHoverText(t('annotation'))} · ${escapeHoverText(t('status: {0}', statusWord(a.status, t)))}`);
  lines.push(block(`“${excerpt(a.target.exact)}”`));
  if (a.kind === 'source') {
    lines.push(...describeSource(null, a.identity ?? 'named', a.role, a.reason, t));
    lines.push(escapeHoverText(t('Resting on it — quotes: {0}, claims: {1}', h.restingQuotes ?? 0, h.restingClaims ?? 0)));
  }
  if (a.kind === 'quote' || a.kind === 'claim') {
    const label = a.kind === 'quote' ? t('Said by:') : t('Source:');
    if (h.source) {
      lines.push(labelled(label, excerpt(h.source.target.exact)));
      lines.push(...describeSource(null, h.source.identity ?? 'named', h.source.role, h.source.reason, t));
    } else {
      lines.push(escapeHoverText(a.kind === 'quote' ? t('Said by: no speaker given') : t('Source: none (the article’s own voice)')));
    }
  }
  if (a.note) lines.push(labelled(t('Note:'), a.note));
  const meta: string[] = [];
  if (a.tags && a.tags.length > 0) meta.push(t('Tags: {0}', a.tags.join(', ')));
  if (a.author) meta.push(t('Author: {0}', a.author));
  const date = a.modified ?? a.created;
  if (date) meta.push(t('Date: {0}', date.slice(0, 10)));
  if (meta.length > 0) lines.push(escapeHoverText(meta.join(' · ')));
  if (a.conflict) lines.push(escapeHoverText(t('Merge conflict: another version is recorded in the sidecar (conflict:).')));
  const arg = { uri, id: a.id };
  const links = [
    commandLink(t('Set status'), HOVER_COMMANDS.setStatus, arg),
    commandLink(t('Edit note'), HOVER_COMMANDS.editNote, arg),
    ...(a.kind === 'quote' || a.kind === 'claim' ? [commandLink(t('Link source'), HOVER_COMMANDS.linkSource, arg)] : []),
    commandLink(t('Delete'), HOVER_COMMANDS.deleteAnnotation, arg),
  ];
  lines.push(links.join(' · '));
  return joinParts(lines);
}

function findingSection(f: HoveredFinding, uri: string, t: Translate): string {
  const lines: string[] = [];
  const head = (kind: 'source' | 'quote' | 'claim', extra?: string): string =>
    `**${escapeHoverText(kindWord(kind, t))}** · ${escapeHoverText(t('automatic finding'))}${extra ? ` · ${escapeHoverText(extra)}` : ''}`;
  let range: { start: number; end: number };
  switch (f.kind) {
    case 'source': {
      const s = f.source;
      lines.push(head('source', identityWord(s.identity, t)));
      lines.push(...describeSource(s.label, s.identity, s.role, s.reason, t));
      lines.push(escapeHoverText(t('Resting on it — quotes: {0}, claims: {1}', f.quotes, f.claims)));
      lines.push(escapeHoverText(t('Mentions: {0}', s.mentions.length)));
      range = { start: f.mention.start, end: f.mention.end };
      break;
    }
    case 'quote': {
      const q = f.quote;
      lines.push(head('quote', q.direct ? t('direct') : t('indirect')));
      if (f.speaker) {
        lines.push(labelled(t('Said by:'), excerpt(f.speaker.label)));
        lines.push(...describeSource(null, f.speaker.identity, f.speaker.role, f.speaker.reason, t));
      } else {
        lines.push(escapeHoverText(t('Said by: no speaker given')));
      }
      if (q.cue) lines.push(labelled(t('Cue:'), q.cue.text));
      range = { start: q.start, end: q.end };
      break;
    }
    case 'claim': {
      const c = f.claim;
      lines.push(head('claim'));
      lines.push(escapeHoverText(t('Why it is check-worthy: {0}', c.reasons.join(', ') || '—')));
      if (f.source) {
        lines.push(labelled(t('Source:'), excerpt(f.source.label)));
        lines.push(...describeSource(null, f.source.identity, f.source.role, f.source.reason, t));
      } else {
        lines.push(escapeHoverText(t('Source: none (the article’s own voice)')));
      }
      range = { start: c.start, end: c.end };
      break;
    }
  }
  lines.push(commandLink(t('Accept as annotation'), HOVER_COMMANDS.acceptFinding, { uri, range }));
  return joinParts(lines);
}

/** The hover's Markdown (sections separated by rules); `null` when nothing is under the pointer. */
export function hoverMarkdown(input: HoverInput, t: Translate): string | null {
  const sections = [
    ...input.annotations.map((h) => annotationSection(h, input.uri, t)),
    ...input.findings.map((f) => findingSection(f, input.uri, t)),
  ];
  return sections.length === 0 ? null : sections.join('\n\n---\n\n');
}

/**
 * What is under `offset`: the annotations whose range holds it (innermost first) and the
 * findings of `visible` (what is drawn) that hold it, with speakers and counts looked up in
 * `analysis` (all findings) and `annotations`.
 */
export function marksAt(
  offset: number,
  annotations: readonly { readonly annotation: Annotation; readonly start: number | null; readonly end: number | null }[],
  visible: Analysis,
  analysis: Analysis,
): { annotations: HoveredAnnotation[]; findings: HoveredFinding[]; start: number; end: number } | null {
  const holds = (s: number, e: number): boolean => s <= offset && offset < e;
  const byId = new Map(annotations.map((t) => [t.annotation.id, t.annotation]));
  const sources = new Map(analysis.sources.map((s) => [s.id, s]));
  let start = Infinity;
  let end = -Infinity;
  const widen = (s: number, e: number): void => {
    start = Math.min(start, s);
    end = Math.max(end, e);
  };
  const hoveredAnnotations = annotations
    .filter((t): t is typeof t & { start: number; end: number } => t.start !== null && t.end !== null && holds(t.start, t.end))
    .sort((x, y) => x.end - x.start - (y.end - y.start))
    .map((t): HoveredAnnotation => {
      widen(t.start, t.end);
      const a = t.annotation;
      const ref = a.kind === 'quote' ? a.speaker : a.kind === 'claim' ? a.source : undefined;
      const source = ref === undefined ? undefined : byId.get(ref);
      if (a.kind !== 'source') return source ? { annotation: a, source } : { annotation: a };
      const all = annotations.map((x) => x.annotation);
      return {
        annotation: a,
        restingQuotes: all.filter((x) => x.kind === 'quote' && x.speaker === a.id).length,
        restingClaims: all.filter((x) => x.kind === 'claim' && x.source === a.id).length,
      };
    });
  const findings: HoveredFinding[] = [];
  for (const q of visible.quotes) {
    if (!holds(q.start, q.end)) continue;
    widen(q.start, q.end);
    findings.push({ kind: 'quote', quote: q, speaker: q.speaker === null ? undefined : sources.get(q.speaker) });
  }
  for (const s of visible.sources) {
    const m = s.mentions.find((x) => holds(x.start, x.end));
    if (!m) continue;
    widen(m.start, m.end);
    const full = sources.get(s.id) ?? s;
    findings.push({
      kind: 'source',
      source: full,
      mention: { start: m.start, end: m.end },
      quotes: analysis.quotes.filter((q) => q.speaker === s.id).length,
      claims: analysis.claims.filter((c) => c.attributedTo === s.id).length,
    });
  }
  for (const c of visible.claims) {
    if (!holds(c.start, c.end)) continue;
    widen(c.start, c.end);
    findings.push({ kind: 'claim', claim: c, source: c.attributedTo === null ? undefined : sources.get(c.attributedTo) });
  }
  if (hoveredAnnotations.length === 0 && findings.length === 0) return null;
  return { annotations: hoveredAnnotations, findings, start, end };
}
