/**
 * The analysis a perfect engine would return for a gold fixture: built from the expected file
 * itself. Used to test the gold harness (an oracle must score 100%) and as a reference shape.
 */
import type { Analysis, Claim, Quote, Source } from '../../src/core/analysis/types';
import type { GoldFixture } from './gold';

/**
 * Builds the analysis that matches `fixture` exactly: one source per expected source
 * (`s1`, `s2`, ... in file order) with all its mentions, every quote and claim with its
 * speaker or source; `paragraphs` is empty.
 */
export function buildOracleAnalysis(fixture: GoldFixture): Analysis {
  const idOf = new Map<string, string>();
  const sources: Source[] = fixture.sources.map((s, i) => {
    const id = `s${i + 1}`;
    idOf.set(s.id, id);
    const first = s.mentions[0];
    return {
      id,
      identity: s.identity,
      label: s.role ?? first?.text ?? s.id,
      ...(s.role === undefined ? {} : { role: s.role }),
      mentions: s.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    };
  });
  const ref = (id: string | null): string | null => (id === null ? null : (idOf.get(id) ?? null));
  const quotes: Quote[] = fixture.quotes.map((q, i) => ({
    id: `q${i + 1}`,
    start: q.start,
    end: q.end,
    text: q.text,
    direct: q.direct,
    speaker: ref(q.speaker),
  }));
  const claims: Claim[] = fixture.claims.map((c, i) => ({
    id: `c${i + 1}`,
    start: c.start,
    end: c.end,
    text: c.text,
    attributedTo: ref(c.source),
    reasons: [],
  }));
  return { language: fixture.language, paragraphs: [], sources, quotes, claims };
}
