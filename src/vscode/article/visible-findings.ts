/**
 * Which of the engine's findings are drawn: those no annotation covers (a finding that an
 * annotation of the same kind covers, on overlapping words, is drawn once, as the annotation),
 * of the kinds the settings leave on. Pure (no `vscode` import), so it is tested in plain Node.
 */
import type { Analysis } from '../../core/analysis/types';
import type { AnnotationKind } from '../../core/sidecar';

/** What coverage needs of an annotation: its kind and where it is now (`null`: an orphan, covers nothing). */
export interface CoveringAnnotation {
  readonly kind: AnnotationKind;
  readonly start: number | null;
  readonly end: number | null;
}

/** Which finding kinds are shown (`newsAnnotator.findings.*` and the Toggle Automatic Findings switch). */
export interface FindingSwitches {
  /** `false` after Toggle Automatic Findings: no finding at all is drawn. */
  readonly all: boolean;
  readonly sources: boolean;
  readonly quotes: boolean;
  readonly claims: boolean;
}

/** Every kind on. */
export const ALL_FINDINGS: FindingSwitches = { all: true, sources: true, quotes: true, claims: true };

/**
 * A test "does `[s, e)` share a code unit with one of `ranges`", in O(log n) per question:
 * ranges sorted by start, with the running maximum of their ends. Empty ranges count as one
 * code unit wide (a point annotation still covers the finding it sits in).
 */
/** The same test as `overlaps` (src/core/text/overlaps.ts), answered in O(log n) against many ranges. */
function coverageOf(ranges: readonly { start: number; end: number }[]): (s: number, e: number) => boolean {
  const sorted = ranges.map((r) => ({ start: r.start, end: Math.max(r.end, r.start + 1) })).sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  sorted.forEach((r, i) => maxEnd.push(Math.max(r.end, i > 0 ? maxEnd[i - 1]! : -Infinity)));
  return (s, e) => {
    const end = Math.max(e, s + 1);
    // The last range starting before `end`: it and those before it are the only candidates.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > s;
  };
}

/**
 * `analysis` without the findings that an annotation of the same kind covers: a quote finding
 * overlapping a `quote` annotation, a claim overlapping a `claim`, a source mention
 * overlapping a `source` annotation (a source with no mention left is dropped). `note`
 * annotations and orphans cover nothing. Ids are kept, so a quote may name a speaker that is no
 * longer in `sources` (look speakers up in the full analysis). O((findings + annotations) ×
 * log annotations); returns `analysis` itself when there is no annotation.
 */
export function uncoveredFindings(analysis: Analysis, annotations: readonly CoveringAnnotation[]): Analysis {
  const placed = annotations.filter((a): a is CoveringAnnotation & { start: number; end: number } => a.start !== null && a.end !== null);
  if (placed.length === 0) return analysis;
  const of = (kind: AnnotationKind) => coverageOf(placed.filter((a) => a.kind === kind));
  const bySource = of('source');
  const byQuote = of('quote');
  const byClaim = of('claim');
  return {
    ...analysis,
    sources: analysis.sources
      .map((s) => ({ ...s, mentions: s.mentions.filter((m) => !bySource(m.start, m.end)) }))
      .filter((s) => s.mentions.length > 0),
    quotes: analysis.quotes.filter((q) => !byQuote(q.start, q.end)),
    claims: analysis.claims.filter((c) => !byClaim(c.start, c.end)),
  };
}

/** `analysis` with the kinds `switches` turn off emptied (paragraphs and language kept). */
export function switchFindings(analysis: Analysis, switches: FindingSwitches): Analysis {
  if (switches.all && switches.sources && switches.quotes && switches.claims) return analysis;
  return {
    ...analysis,
    sources: switches.all && switches.sources ? analysis.sources : [],
    quotes: switches.all && switches.quotes ? analysis.quotes : [],
    claims: switches.all && switches.claims ? analysis.claims : [],
  };
}
