/**
 * Builds the sourcing picture of an article from the engine's analysis and the sidecar's
 * annotations at their current offsets. Pure: data in, data out.
 */
import { overlaps } from '../text/overlaps';
import type { Analysis, Identity, Source } from '../analysis/types';
import type { Annotation } from '../sidecar/types';
import {
  IDENTITY_ORDER,
  type PlacedAnnotation,
  type SourcingGroup,
  type SourcingItem,
  type SourcingOrphan,
  type SourcingSource,
  type SourcingSummary,
} from './types';

/** What {@link summarizeSourcing} reads. */
export interface SourcingInput {
  /** The engine's findings for the current text. */
  readonly analysis: Analysis;
  /** The sidecar's annotations at their current offsets (orphans with `null` offsets). */
  readonly annotations: readonly PlacedAnnotation[];
  /**
   * `true` when the article has a sidecar (even one with no annotations): the counts of
   * {@link SourcingSummary.share} then come from the annotations, else from the findings.
   */
  readonly hasSidecar: boolean;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/** The ranges share a code unit (the one overlap test of all views, src/core/text/overlaps.ts). */
function overlapping(a: Range, b: Range): boolean {
  return overlaps(a.start, a.end, b.start, b.end);
}

interface MutableSource {
  readonly entry: Omit<SourcingSource, 'quotes' | 'claims'>;
  readonly quotes: SourcingItem[];
  readonly claims: SourcingItem[];
}

function annotationFields(a: Annotation): Pick<SourcingItem, 'status' | 'tags' | 'note'> {
  return { status: a.status, tags: a.tags ?? [], ...(a.note === undefined ? {} : { note: a.note }) };
}

/**
 * The sourcing picture. Rules:
 * - a finding covered by an annotation of the same kind on overlapping words appears once, as
 *   the annotation; a finding source covered by a source annotation lends it its quotes and
 *   claims that no annotation covers (they stay findings, under the annotation source);
 * - a source annotation without `identity` takes the identity of the finding it covers, else
 *   `vague` (the analyst has not said it is identifiable);
 * - a quote whose speaker (a claim whose source) is absent or names no source is unsourced;
 * - orphaned annotations are listed in `orphans` and counted nowhere else; an orphaned source
 *   still heads the quotes and claims that rest on it (with `null` offsets).
 */
export function summarizeSourcing(input: SourcingInput): SourcingSummary {
  const { analysis } = input;
  const placed = input.annotations.filter((p): p is PlacedAnnotation & Range => p.start !== null && p.end !== null);
  const orphans: SourcingOrphan[] = input.annotations
    .filter((p) => p.start === null || p.end === null)
    .map(({ annotation: a }) => ({
      key: `annotation:${a.id}`, id: a.id, kind: a.kind, exact: a.target.exact, status: a.status, tags: a.tags ?? [],
      ...(a.note === undefined ? {} : { note: a.note }),
    }));

  // Source annotations (placed or orphaned) by id, and which finding source each placed one covers.
  const sourceAnnotations = input.annotations.filter((p) => p.annotation.kind === 'source');
  const findingCoveredBy = new Map<string, string>(); // finding source id -> annotation id
  const covered = new Map<string, Source>(); // annotation id -> the first finding source it covers
  for (const p of sourceAnnotations) {
    if (p.start === null || p.end === null) continue;
    const range = { start: p.start, end: p.end };
    for (const s of analysis.sources) {
      if (findingCoveredBy.has(s.id) || !s.mentions.some((m) => overlapping(m, range))) continue;
      findingCoveredBy.set(s.id, p.annotation.id);
      if (!covered.has(p.annotation.id)) covered.set(p.annotation.id, s);
    }
  }

  const sources = new Map<string, MutableSource>(); // by key
  for (const p of sourceAnnotations) {
    const a = p.annotation;
    const orphaned = p.start === null || p.end === null;
    const finding = covered.get(a.id);
    sources.set(`annotation:${a.id}`, {
      entry: {
        key: `annotation:${a.id}`, layer: 'annotation', id: a.id,
        identity: a.identity ?? finding?.identity ?? 'vague',
        label: finding && finding.label.length < a.target.exact.length ? finding.label : a.target.exact,
        words: a.target.exact,
        ...(a.role === undefined ? {} : { role: a.role }),
        ...(a.reason === undefined ? {} : { reason: a.reason }),
        start: orphaned ? null : p.start, end: orphaned ? null : p.end, orphaned,
        ...annotationFields(a),
      },
      quotes: [], claims: [],
    });
  }
  const findingSources = new Map<string, Source>(analysis.sources.map((s) => [s.id, s]));
  for (const s of analysis.sources) {
    if (findingCoveredBy.has(s.id)) continue;
    const first = s.mentions[0];
    sources.set(`finding:${s.id}`, {
      entry: {
        key: `finding:${s.id}`, layer: 'finding', id: s.id, identity: s.identity, label: s.label, words: first ? first.text : s.label,
        ...(s.role === undefined ? {} : { role: s.role }),
        ...(s.reason === undefined ? {} : { reason: s.reason }),
        start: first ? first.start : null, end: first ? first.end : null, orphaned: false, tags: [],
      },
      quotes: [], claims: [],
    });
  }
  /** The key of the source an annotation's `speaker`/`source` names, when it is a source annotation. */
  const annotationSourceKey = (id: string | undefined): string | undefined => {
    if (id === undefined) return undefined;
    const key = `annotation:${id}`;
    return sources.has(key) ? key : undefined;
  };
  /** The key under which a finding's speaker is shown (the annotation covering it, or itself). */
  const findingSourceKey = (id: string | null): string | undefined => {
    if (id === null || !findingSources.has(id)) return undefined;
    const cover = findingCoveredBy.get(id);
    return cover === undefined ? `finding:${id}` : `annotation:${cover}`;
  };

  const unsourcedQuotes: SourcingItem[] = [];
  const unsourcedClaims: SourcingItem[] = [];
  const place = (item: SourcingItem, sourceKey: string | undefined): void => {
    const source = sourceKey === undefined ? undefined : sources.get(sourceKey);
    if (item.kind === 'quote') (source ? source.quotes : unsourcedQuotes).push(item);
    else (source ? source.claims : unsourcedClaims).push(item);
  };

  const annotationQuotes = placed.filter((p) => p.annotation.kind === 'quote');
  const annotationClaims = placed.filter((p) => p.annotation.kind === 'claim');
  for (const p of [...annotationQuotes, ...annotationClaims]) {
    const a = p.annotation;
    const kind = a.kind === 'quote' ? 'quote' : 'claim';
    place(
      {
        key: `annotation:${a.id}`, kind, layer: 'annotation', id: a.id, start: p.start, end: p.end, text: a.target.exact,
        ...(a.direct === undefined ? {} : { direct: a.direct }),
        ...annotationFields(a),
      },
      annotationSourceKey(kind === 'quote' ? a.speaker : a.source),
    );
  }
  for (const q of analysis.quotes) {
    if (annotationQuotes.some((p) => overlapping(p, q))) continue;
    place({ key: `finding:${q.id}`, kind: 'quote', layer: 'finding', id: q.id, start: q.start, end: q.end, text: q.text, direct: q.direct, tags: [] }, findingSourceKey(q.speaker));
  }
  for (const c of analysis.claims) {
    if (annotationClaims.some((p) => overlapping(p, c))) continue;
    place({ key: `finding:${c.id}`, kind: 'claim', layer: 'finding', id: c.id, start: c.start, end: c.end, text: c.text, tags: [] }, findingSourceKey(c.attributedTo));
  }

  const byText = (a: SourcingItem, b: SourcingItem): number => a.start - b.start || a.end - b.end;
  const finished: SourcingSource[] = [...sources.values()]
    // An orphaned source is shown in its group only while something still rests on it.
    .filter((s) => !s.entry.orphaned || s.quotes.length + s.claims.length > 0)
    .map((s) => ({ ...s.entry, quotes: s.quotes.sort(byText), claims: s.claims.sort(byText) }));
  const weight = (s: SourcingSource): number => s.quotes.length + s.claims.length;
  const position = (s: SourcingSource): number => s.start ?? Number.MAX_SAFE_INTEGER;
  const groups: SourcingGroup[] = IDENTITY_ORDER.map((identity) => {
    const members = finished.filter((s) => s.identity === identity).sort((a, b) => weight(b) - weight(a) || position(a) - position(b));
    return {
      identity,
      sources: members,
      quoteCount: members.reduce((n, s) => n + s.quotes.length, 0),
      claimCount: members.reduce((n, s) => n + s.claims.length, 0),
    };
  });

  // The status bar's A/Q and the tooltip's sources, on one basis.
  const sourcesByIdentity: Record<Identity, number> = { anonymous: 0, vague: 0, named: 0 };
  let anonymousQuotes = 0;
  let totalQuotes = 0;
  if (input.hasSidecar) {
    for (const p of sourceAnnotations) {
      if (p.start === null || p.end === null) continue;
      const entry = sources.get(`annotation:${p.annotation.id}`);
      if (entry) sourcesByIdentity[entry.entry.identity] += 1;
    }
    for (const p of annotationQuotes) {
      totalQuotes += 1;
      const speaker = p.annotation.speaker;
      const entry = speaker === undefined ? undefined : sources.get(`annotation:${speaker}`);
      if (entry?.entry.identity === 'anonymous') anonymousQuotes += 1;
    }
  } else {
    for (const s of analysis.sources) sourcesByIdentity[s.identity] += 1;
    for (const q of analysis.quotes) {
      totalQuotes += 1;
      if (q.speaker !== null && findingSources.get(q.speaker)?.identity === 'anonymous') anonymousQuotes += 1;
    }
  }

  return {
    groups,
    unsourced: { quotes: unsourcedQuotes.sort(byText), claims: unsourcedClaims.sort(byText) },
    orphans,
    share: { anonymous: anonymousQuotes, total: totalQuotes, basis: input.hasSidecar ? 'annotation' : 'finding' },
    sourcesByIdentity,
  };
}
