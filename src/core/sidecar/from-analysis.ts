/**
 * Turning an analysis into annotations: one `source` annotation per source (anchored at its
 * first mention), one `quote` per quote, one `claim` per claim, all `unverified`.
 */
import type { Analysis } from '../analysis/types';
import { describe } from '../anchoring';
import { newAnnotationId, seedFor } from './annotation-id';
import { compareAnnotations } from './canonical-order';
import type { Annotation, AnnotationKind } from './types';

/** Options for {@link fromAnalysis}. */
export interface FromAnalysisOptions {
  /** Written as `author` on every annotation. */
  readonly author?: string;
  /** ISO 8601 time written as `created` and `modified`; absent: no timestamps. */
  readonly now?: string;
  /** Ids already used in the sidecar, retired ones included: new ids avoid them. */
  readonly existingIds?: ReadonlySet<string>;
}

/**
 * Annotations for everything `analysis` found in `text`, in text order. Ids are
 * deterministic (kind prefix + hash of kind, start and exact; see `newAnnotationId`) and
 * avoid `existingIds`. A quote's `speaker` and a claim's `source` name the source
 * annotation; a speaker or source the analysis does not list is left out. Targets come from
 * `describe(text, start, end)`. Spans outside `text` or empty are skipped.
 */
export function fromAnalysis(
  analysis: Analysis,
  text: string,
  options: FromAnalysisOptions = {},
): Annotation[] {
  const taken = new Set(options.existingIds ?? []);
  const stamp = {
    ...(options.author !== undefined ? { author: options.author } : {}),
    ...(options.now !== undefined ? { created: options.now, modified: options.now } : {}),
  };
  const valid = (start: number, end: number): boolean => start >= 0 && end <= text.length && start < end;
  const make = (kind: AnnotationKind, start: number, end: number): { id: string; target: Annotation['target'] } => {
    const target = describe(text, start, end);
    const id = newAnnotationId(kind, taken, seedFor(kind, target.exact, start));
    taken.add(id);
    return { id, target };
  };

  const out: Annotation[] = [];
  const sourceIds = new Map<string, string>();
  for (const s of analysis.sources) {
    const first = s.mentions[0];
    if (!first || !valid(first.start, first.end)) continue;
    const { id, target } = make('source', first.start, first.end);
    sourceIds.set(s.id, id);
    out.push({
      id, kind: 'source', target, identity: s.identity,
      ...(s.role !== undefined ? { role: s.role } : {}),
      ...(s.reason !== undefined ? { reason: s.reason } : {}),
      status: 'unverified', ...stamp,
    });
  }
  for (const q of analysis.quotes) {
    if (!valid(q.start, q.end)) continue;
    const { id, target } = make('quote', q.start, q.end);
    const speaker = q.speaker === null ? undefined : sourceIds.get(q.speaker);
    out.push({ id, kind: 'quote', target, ...(speaker ? { speaker } : {}), direct: q.direct, status: 'unverified', ...stamp });
  }
  for (const c of analysis.claims) {
    if (!valid(c.start, c.end)) continue;
    const { id, target } = make('claim', c.start, c.end);
    const source = c.attributedTo === null ? undefined : sourceIds.get(c.attributedTo);
    out.push({ id, kind: 'claim', target, ...(source ? { source } : {}), status: 'unverified', ...stamp });
  }
  return out.sort(compareAnnotations);
}
