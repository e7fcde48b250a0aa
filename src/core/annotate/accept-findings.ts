/**
 * Turning the engine's findings into annotations: one finding (Accept Finding) or all of them
 * (Accept All Findings), skipping what an annotation already covers — a finding of the same
 * kind on overlapping words — so accepting twice adds nothing. A quote brings its speaker
 * along and a claim its source: the source annotation that covers one of the source's
 * mentions, else a new one at its first mention.
 */
import type { Analysis, Claim, Quote, Source } from '../analysis/types';
import { describe } from '../anchoring';
import { newAnnotationId, seedFor } from '../sidecar/annotation-id';
import type { Annotation, AnnotationKind } from '../sidecar/types';
import { AnnotateError } from './annotate-error';
import { findCovering, stampNew, type PlacedAnnotation, type Stamp } from './placed-annotation';

/** A finding of the current analysis, by the engine's id (`s2`, `q3`, `c5`). */
export interface FindingKey {
  readonly kind: 'source' | 'quote' | 'claim';
  readonly id: string;
}

/** What the planners need: the text, the annotations where they are now, the ids not to reuse. */
export interface AcceptContext {
  /** The text the analysis and the placed offsets refer to. */
  readonly text: string;
  readonly placed: readonly PlacedAnnotation[];
  /** Every id in the sidecar and in its `retired` list. */
  readonly taken: ReadonlySet<string>;
  readonly stamp: Stamp;
}

/** What accepting gives: the annotations to add, in an order in which each one's speaker/source comes first. */
export interface AcceptPlan {
  readonly added: readonly Annotation[];
  /** The annotation that stands for the accepted finding (new, or the existing one covering it). */
  readonly id: string | null;
}

/** Plans one finding's annotations. @throws AnnotateError `no-finding` when `key` is not in `analysis`. */
export function planAcceptFinding(analysis: Analysis, key: FindingKey, context: AcceptContext): AcceptPlan {
  const planner = new Planner(analysis, context);
  let id: string | null;
  if (key.kind === 'source') {
    if (!analysis.sources.some((s) => s.id === key.id)) throw new AnnotateError('finding', 'no-finding', key.id);
    id = planner.source(key.id);
  } else if (key.kind === 'quote') {
    const q = analysis.quotes.find((x) => x.id === key.id);
    if (!q) throw new AnnotateError('finding', 'no-finding', key.id);
    id = planner.quote(q);
  } else {
    const c = analysis.claims.find((x) => x.id === key.id);
    if (!c) throw new AnnotateError('finding', 'no-finding', key.id);
    id = planner.claim(c);
  }
  return { added: planner.added, id };
}

/** Plans every finding's annotation not already covered: sources, then quotes, then claims. */
export function planAcceptAll(analysis: Analysis, context: AcceptContext): AcceptPlan {
  const planner = new Planner(analysis, context);
  for (const s of analysis.sources) planner.source(s.id);
  for (const q of analysis.quotes) planner.quote(q);
  for (const c of analysis.claims) planner.claim(c);
  return { added: planner.added, id: null };
}

/**
 * The finding at `offset` (a cursor: `start <= offset <= end`), the shortest one when several
 * hold it (a source inside a quote wins over the quote); `null` when there is none.
 */
export function findingAt(analysis: Analysis, offset: number): FindingKey | null {
  let best: { key: FindingKey; length: number } | null = null;
  const consider = (kind: FindingKey['kind'], id: string, start: number, end: number): void => {
    if (offset < start || offset > end) return;
    if (!best || end - start < best.length) best = { key: { kind, id }, length: end - start };
  };
  for (const s of analysis.sources) for (const m of s.mentions) consider('source', s.id, m.start, m.end);
  for (const q of analysis.quotes) consider('quote', q.id, q.start, q.end);
  for (const c of analysis.claims) consider('claim', c.id, c.start, c.end);
  return (best as { key: FindingKey } | null)?.key ?? null;
}

/** The findings whose ranges overlap `[start, end)`, in the order sources, quotes, claims. */
export function findingsIn(analysis: Analysis, start: number, end: number): FindingKey[] {
  const hit = (s: number, e: number): boolean => s < Math.max(end, start + 1) && start < Math.max(e, s + 1);
  return [
    ...analysis.sources.filter((s) => s.mentions.some((m) => hit(m.start, m.end))).map((s) => ({ kind: 'source' as const, id: s.id })),
    ...analysis.quotes.filter((q) => hit(q.start, q.end)).map((q) => ({ kind: 'quote' as const, id: q.id })),
    ...analysis.claims.filter((c) => hit(c.start, c.end)).map((c) => ({ kind: 'claim' as const, id: c.id })),
  ];
}

class Planner {
  readonly added: Annotation[] = [];
  readonly #placed: PlacedAnnotation[];
  readonly #taken: Set<string>;
  readonly #sources = new Map<string, string | null>();

  constructor(private readonly analysis: Analysis, private readonly context: AcceptContext) {
    this.#placed = [...context.placed];
    this.#taken = new Set(context.taken);
  }

  /** The annotation id of analysis source `sourceId` (existing or new); `null` when it has no usable mention. */
  source(sourceId: string): string | null {
    const known = this.#sources.get(sourceId);
    if (known !== undefined) return known;
    const s: Source | undefined = this.analysis.sources.find((x) => x.id === sourceId);
    let id: string | null = null;
    if (s) {
      for (const m of s.mentions) {
        const cover = findCovering(this.#placed, 'source', m.start, m.end);
        if (cover) { id = cover.annotation.id; break; }
      }
      const first = s.mentions.find((m) => this.#valid(m.start, m.end));
      if (id === null && first) {
        id = this.#add('source', first.start, first.end, {
          identity: s.identity,
          ...(s.role !== undefined ? { role: s.role } : {}),
          ...(s.reason !== undefined ? { reason: s.reason } : {}),
        }).id;
      }
    }
    this.#sources.set(sourceId, id);
    return id;
  }

  quote(q: Quote): string | null {
    const cover = findCovering(this.#placed, 'quote', q.start, q.end);
    if (cover) return cover.annotation.id;
    if (!this.#valid(q.start, q.end)) return null;
    const speaker = q.speaker === null ? null : this.source(q.speaker);
    return this.#add('quote', q.start, q.end, { ...(speaker ? { speaker } : {}), direct: q.direct }).id;
  }

  claim(c: Claim): string | null {
    const cover = findCovering(this.#placed, 'claim', c.start, c.end);
    if (cover) return cover.annotation.id;
    if (!this.#valid(c.start, c.end)) return null;
    const source = c.attributedTo === null ? null : this.source(c.attributedTo);
    return this.#add('claim', c.start, c.end, source ? { source } : {}).id;
  }

  #valid(start: number, end: number): boolean {
    return start >= 0 && start < end && end <= this.context.text.length;
  }

  #add(kind: AnnotationKind, start: number, end: number, fields: Partial<Annotation>): Annotation {
    const target = describe(this.context.text, start, end);
    const id = newAnnotationId(kind, this.#taken, seedFor(kind, target.exact, start));
    this.#taken.add(id);
    const annotation = { id, kind, target, ...fields, status: 'unverified', ...stampNew(this.context.stamp) } as Annotation;
    this.added.push(annotation);
    this.#placed.push({ annotation, start, end });
    return annotation;
  }
}
