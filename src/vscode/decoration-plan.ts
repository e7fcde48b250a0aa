/**
 * What to paint where: turns an analysis into spans per decoration kind, with the hover text
 * of each. Pure (no `vscode` import) so the mapping is plain data.
 */
import type { Analysis, Source } from '../core/analysis/types';

/**
 * The looks an article can show. A quote whose speaker is anonymous gets `quote-anonymous`
 * instead of `quote-direct` / `quote-indirect`, so it stands out; `anonymous-badge` is an empty
 * span at the end of each paragraph that holds such quotes, carrying a label (" 2 anonymous ").
 */
export const DECORATION_KINDS = [
  'claim',
  'source-named',
  'source-vague',
  'source-anonymous',
  'quote-direct',
  'quote-indirect',
  'quote-anonymous',
  'anonymous-badge',
] as const;

export type DecorationKind = (typeof DECORATION_KINDS)[number];

/** A span to decorate: UTF-16 code units into the analysed text, end exclusive; `hover` is Markdown. */
export interface PlannedSpan {
  readonly start: number;
  readonly end: number;
  readonly hover: string;
  /** Text drawn after the span (badges only). */
  readonly label?: string;
}

/** Spans per kind, each list in text order. Every kind is present (possibly empty). */
export type DecorationPlan = Readonly<Record<DecorationKind, readonly PlannedSpan[]>>;

/** Escapes text for a Markdown hover (article text may hold `*`, `_`, brackets). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

function describeSource(source: Source): string {
  const lines = [`**Source** — ${source.identity}: ${escapeMarkdown(source.label)}`];
  if (source.role) lines.push(`Role: ${escapeMarkdown(source.role)}`);
  if (source.reason) lines.push(`Reason for anonymity: ${escapeMarkdown(source.reason)}`);
  lines.push(`Mentions: ${source.mentions.length}`);
  return lines.join('  \n');
}

/**
 * Plans the decorations for `analysis`. Quotes and claims whose speaker id is unknown to the
 * analysis are shown as having no speaker. Never throws.
 */
export function planDecorations(analysis: Analysis): DecorationPlan {
  const plan: Record<DecorationKind, PlannedSpan[]> = {
    claim: [],
    'source-named': [],
    'source-vague': [],
    'source-anonymous': [],
    'quote-direct': [],
    'quote-indirect': [],
    'quote-anonymous': [],
    'anonymous-badge': [],
  };
  const sources = new Map(analysis.sources.map((s) => [s.id, s]));

  for (const source of analysis.sources) {
    const hover = describeSource(source);
    for (const m of source.mentions) plan[`source-${source.identity}`].push({ start: m.start, end: m.end, hover });
  }
  for (const quote of analysis.quotes) {
    const speaker = quote.speaker === null ? undefined : sources.get(quote.speaker);
    const kind: DecorationKind =
      speaker?.identity === 'anonymous' ? 'quote-anonymous' : quote.direct ? 'quote-direct' : 'quote-indirect';
    const lines = [`**${quote.direct ? 'Direct' : 'Indirect'} quote**`];
    lines.push(speaker ? `Speaker: ${escapeMarkdown(speaker.label)} (${speaker.identity})` : 'Speaker: not given');
    if (speaker?.role) lines.push(`Role: ${escapeMarkdown(speaker.role)}`);
    if (speaker?.reason) lines.push(`Reason for anonymity: ${escapeMarkdown(speaker.reason)}`);
    if (quote.cue) lines.push(`Cue: ${escapeMarkdown(quote.cue.text)}`);
    plan[kind].push({ start: quote.start, end: quote.end, hover: lines.join('  \n') });
  }
  for (const claim of analysis.claims) {
    const source = claim.attributedTo === null ? undefined : sources.get(claim.attributedTo);
    const lines = ['**Claim** (check-worthy)', `Why: ${claim.reasons.join(', ') || '—'}`];
    lines.push(source ? `Attributed to: ${escapeMarkdown(source.label)} (${source.identity})` : 'In the article’s own voice');
    plan.claim.push({ start: claim.start, end: claim.end, hover: lines.join('  \n') });
  }
  plan['anonymous-badge'].push(...planAnonymousBadges(analysis, plan['quote-anonymous']));
  for (const kind of DECORATION_KINDS) plan[kind].sort((a, b) => a.start - b.start || a.end - b.end);
  return plan;
}

/**
 * One badge per paragraph with anonymous quotes, at the paragraph's end. Text injected inside
 * a line is not counted by VS Code's word wrap, so a badge after each quote pushed words past
 * the editor's edge on long Arabic paragraphs; at the paragraph's end only the badge can be cut.
 */
function planAnonymousBadges(analysis: Analysis, anonymousQuotes: readonly PlannedSpan[]): PlannedSpan[] {
  const counts = new Map<number, number>();
  let p = 0;
  const paragraphs = analysis.paragraphs;
  for (const q of [...anonymousQuotes].sort((a, b) => a.end - b.end)) {
    while (p < paragraphs.length - 1 && paragraphs[p]!.end < q.end) p++;
    const at = Math.max(paragraphs[p]?.end ?? q.end, q.end);
    counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return [...counts].map(([at, n]) => ({
    start: at,
    end: at,
    label: ` ${n} anonymous `, // short: on a full last line, only the badge is cut
    hover: `**${n} quote${n === 1 ? '' : 's'}** in this paragraph come${n === 1 ? 's' : ''} from an anonymous source (boxed in red).`,
  }));
}
