/**
 * The Arabic seed article and what an analyst marks in it, as ranges: shared by the anchoring
 * tests. Offsets are computed from the texts of haftar-moscow.expected.yaml (UTF-16 code units,
 * end exclusive), never typed in by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** The seed article, as VS Code's `getText()` returns it (UTF-8 decoded, LF). */
export const SEED = readFileSync(join(FIXTURES, 'haftar-moscow.ar.txt'), 'utf8');

/** One marked span of the seed. */
export interface SeedSpan {
  /** e.g. `source kremlin`, `quote 4`, `claim 2`. */
  readonly name: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface Mention {
  text: string;
  occurrence?: number;
}

/** Offset of the `occurrence`-th (1-based) occurrence of `needle` in `haystack`. @throws Error when absent. */
export function findOccurrence(haystack: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = haystack.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the text`);
  }
  return at;
}

function toSpan(name: string, m: Mention): SeedSpan {
  const start = findOccurrence(SEED, m.text, m.occurrence ?? 1);
  return { name, text: m.text, start, end: start + m.text.length };
}

/** Every span of haftar-moscow.expected.yaml: source mentions, quotes, claims. */
export function loadSeedSpans(): SeedSpan[] {
  const doc = parse(readFileSync(join(FIXTURES, 'haftar-moscow.expected.yaml'), 'utf8')) as {
    sources: { id: string; mentions: Mention[] }[];
    quotes: Mention[];
    claims: Mention[];
  };
  const spans: SeedSpan[] = [];
  for (const s of doc.sources) s.mentions.forEach((m, k) => spans.push(toSpan(`source ${s.id} #${k + 1}`, m)));
  doc.quotes.forEach((q, k) => spans.push(toSpan(`quote ${k + 1}`, q)));
  doc.claims.forEach((c, k) => spans.push(toSpan(`claim ${k + 1}`, c)));
  return spans;
}
