/**
 * The gold list (test/fixtures/haftar-moscow.expected.yaml) as an `Analysis`: real spans of
 * the seed article, for testing `fromAnalysis` independently of the analysis engine.
 */
import * as fs from 'node:fs';
import { parse } from 'yaml';
import type { Analysis, Claim, Quote, Source } from '../../../src/core/analysis/types';
import { SEED_GOLD } from './sidecar-files';

interface GoldSpan { text: string; occurrence?: number }
interface Gold {
  sources: { id: string; identity: Source['identity']; role?: string; mentions: GoldSpan[] }[];
  quotes: { speaker: string; text: string; direct?: boolean }[];
  claims: { text: string; source: string }[];
}

function find(text: string, s: GoldSpan): { start: number; end: number; text: string } {
  let at = -1;
  for (let k = 0; k < (s.occurrence ?? 1); k++) at = text.indexOf(s.text, at + 1);
  if (at < 0) throw new Error(`gold text not in the article: ${s.text}`);
  return { start: at, end: at + s.text.length, text: s.text };
}

/** The gold annotations of the seed article, with offsets computed from `text`. */
export function goldAnalysis(text: string): Analysis {
  const gold = parse(fs.readFileSync(SEED_GOLD, 'utf8')) as Gold;
  const sources: Source[] = gold.sources.map((s) => ({
    id: s.id, identity: s.identity, label: s.mentions[0]!.text,
    ...(s.role ? { role: s.role } : {}),
    mentions: s.mentions.map((m) => find(text, m)),
  }));
  const quotes: Quote[] = gold.quotes.map((q, i) => ({
    id: `q${i + 1}`, ...find(text, q), direct: q.direct ?? true, speaker: q.speaker,
  }));
  const claims: Claim[] = gold.claims.map((c, i) => ({
    id: `c${i + 1}`, ...find(text, c), attributedTo: c.source === 'none' ? null : c.source, reasons: ['gold'],
  }));
  return { language: 'ar', paragraphs: [], sources, quotes, claims };
}
