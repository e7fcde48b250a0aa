/**
 * The human-readable report of `news-annotator analyze --format text` (the default): per
 * source, its identity and what it said — anonymous sources first, then vague, then named —
 * then quotes with no speaker, the claims, and the counts.
 */
import type { Analysis, Identity, Quote, Source } from '../core/analysis/types';

/** Longest quote or claim text printed in full; longer ones are cut with "…". */
const MAX_TEXT = 200;

const ORDER: readonly Identity[] = ['anonymous', 'vague', 'named'];
const HEADINGS: Record<Identity, string> = {
  anonymous: 'Anonymous sources',
  vague: 'Vague sources',
  named: 'Named sources',
};

/**
 * Formats the analysis of `text` (the file's content, BOM removed) for a person. Positions
 * are shown as 1-based line numbers of `text`.
 * @returns the report's lines, without trailing newlines.
 */
export function formatAnalysisText(file: string, text: string, analysis: Analysis): string[] {
  const lineOf = makeLineLookup(text);
  const byIdentity = (identity: Identity): Source[] => analysis.sources.filter((s) => s.identity === identity);
  const counts = ORDER.map((i) => `${byIdentity(i).length} ${i}`).join(', ');
  const lines = [
    `${file} (language: ${analysis.language})`,
    `  ${plural(analysis.sources.length, 'source')} (${counts}), ${plural(analysis.quotes.length, 'quote')} (${analysis.quotes.filter((q) => q.direct).length} direct), ${plural(analysis.claims.length, 'claim')}`,
  ];
  const quoteLine = (q: Quote): string => `      ${q.direct ? `“${shorten(q.text)}”` : `(indirect) ${shorten(q.text)}`}  [line ${lineOf(q.start)}]`;

  for (const identity of ORDER) {
    const sources = byIdentity(identity);
    if (sources.length === 0) continue;
    lines.push('', `${HEADINGS[identity]} (${sources.length})`);
    for (const s of sources) {
      const said = analysis.quotes.filter((q) => q.speaker === s.id);
      const claims = analysis.claims.filter((c) => c.attributedTo === s.id);
      lines.push(`  [${s.id}] ${s.label} — ${s.identity}`);
      if (s.role !== undefined) lines.push(`      role: ${s.role}`);
      if (s.reason !== undefined) lines.push(`      reason for anonymity: ${s.reason}`);
      lines.push(`      mentioned ${plural(s.mentions.length, 'time')}: ${s.mentions.map((m) => `"${shorten(m.text, 60)}" (line ${lineOf(m.start)})`).join(', ')}`);
      lines.push(said.length === 0 ? '    said: nothing quoted' : `    said (${plural(said.length, 'quote')}):`);
      for (const q of said) lines.push(quoteLine(q));
      if (claims.length > 0) lines.push(`    claims attributed: ${claims.map((c) => c.id).join(', ')}`);
    }
  }

  const unattributed = analysis.quotes.filter((q) => q.speaker === null);
  if (unattributed.length > 0) {
    lines.push('', `Quotes with no speaker (${unattributed.length})`);
    for (const q of unattributed) lines.push(quoteLine(q));
  }

  if (analysis.claims.length > 0) {
    lines.push('', `Claims (${analysis.claims.length})`);
    for (const c of analysis.claims) {
      const source = c.attributedTo === null ? 'the article itself' : labelOf(analysis, c.attributedTo);
      const reasons = c.reasons.length > 0 ? `; ${c.reasons.join(', ')}` : '';
      lines.push(`  [${c.id}] ${shorten(c.text)}  [line ${lineOf(c.start)}]`, `      source: ${source}${reasons}`);
    }
  }
  return lines;
}

function labelOf(analysis: Analysis, id: string): string {
  const s = analysis.sources.find((x) => x.id === id);
  return s ? `[${s.id}] ${s.label} (${s.identity})` : `[${id}]`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line: newlines shown as " ⏎ ", cut to `max` characters. */
function shorten(text: string, max = MAX_TEXT): string {
  const flat = text.replace(/\r?\n+/g, ' ⏎ ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Maps a UTF-16 offset to its 1-based line number (binary search over line starts). */
function makeLineLookup(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
