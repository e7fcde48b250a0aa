/**
 * What to paint where, in two layers: the analyst's annotations (from the sidecar, drawn
 * stronger) and the engine's automatic findings (drawn lighter, only those no annotation
 * covers — the caller passes `ArticleState.visibleFindings`). Pure (no `vscode` import) so the
 * mapping is plain data, tested in plain Node.
 */
import type { Analysis, Identity } from '../../core/analysis/types';
import type { Annotation, AnnotationStatus } from '../../core/sidecar';

/**
 * The looks of the findings layer. A quote whose speaker is anonymous gets `quote-anonymous`
 * instead of `quote-direct` / `quote-indirect`, so it stands out.
 */
export const FINDING_KINDS = [
  'claim',
  'source-named',
  'source-vague',
  'source-anonymous',
  'quote-direct',
  'quote-indirect',
  'quote-anonymous',
] as const;
export type FindingDecorationKind = (typeof FINDING_KINDS)[number];

/**
 * The looks of the annotations layer: by kind, sources by identity, quotes by their speaker's
 * identity (`quote-unattributed`: no speaker), and one overlay per status an analyst sets
 * (an `unverified` annotation has no overlay), drawn over the kind's look.
 */
export const ANNOTATION_KINDS = [
  'claim',
  'source-named',
  'source-vague',
  'source-anonymous',
  'quote-named',
  'quote-vague',
  'quote-anonymous',
  'quote-unattributed',
  'note',
  'status-verified',
  'status-disputed',
  'status-false',
  'status-misleading',
] as const;
export type AnnotationDecorationKind = (typeof ANNOTATION_KINDS)[number];

/** A span to decorate: UTF-16 code units into the current text, end exclusive. */
export interface PlannedSpan {
  readonly start: number;
  readonly end: number;
}

/** An empty span at the end of a paragraph with anonymous quotes, carrying its count. */
export interface PlannedBadge extends PlannedSpan {
  /** How many quotes of the paragraph (in either layer) come from an anonymous source. */
  readonly count: number;
}

/** Spans per kind and layer, each list in text order; every kind is present (possibly empty). */
export interface DecorationPlan {
  readonly annotations: Readonly<Record<AnnotationDecorationKind, readonly PlannedSpan[]>>;
  readonly findings: Readonly<Record<FindingDecorationKind, readonly PlannedSpan[]>>;
  /** One per paragraph holding anonymous quotes, at the paragraph's end (see {@link planAnonymousBadges}). */
  readonly badges: readonly PlannedBadge[];
}

/** What the plan needs of an annotation: the stored annotation and where it is now. */
export interface PlacedAnnotation {
  readonly annotation: Annotation;
  /** `null`: an orphan, never drawn. */
  readonly start: number | null;
  readonly end: number | null;
}

const STATUS_OVERLAY: Readonly<Record<AnnotationStatus, AnnotationDecorationKind | null>> = {
  unverified: null,
  verified: 'status-verified',
  disputed: 'status-disputed',
  false: 'status-false',
  misleading: 'status-misleading',
};

/** The look of one annotation (its overlay aside); `speakerIdentity` of its speaker for a quote. */
export function annotationLook(annotation: Annotation, speakerIdentity: Identity | null): AnnotationDecorationKind {
  switch (annotation.kind) {
    case 'claim':
      return 'claim';
    case 'note':
      return 'note';
    case 'source':
      return `source-${annotation.identity ?? 'named'}`;
    case 'quote':
      return speakerIdentity === null ? 'quote-unattributed' : `quote-${speakerIdentity}`;
  }
}

/** The look of one finding quote, given its speaker's identity (`undefined`: none or unknown). */
export function findingQuoteLook(direct: boolean, speakerIdentity: Identity | undefined): FindingDecorationKind {
  return speakerIdentity === 'anonymous' ? 'quote-anonymous' : direct ? 'quote-direct' : 'quote-indirect';
}

function emptyRecord<K extends string>(kinds: readonly K[]): Record<K, PlannedSpan[]> {
  return Object.fromEntries(kinds.map((k) => [k, []])) as unknown as Record<K, PlannedSpan[]>;
}

/**
 * Plans both layers. `findings`: what to draw of the engine's findings (normally
 * `visibleFindings`); `speakers`: the full analysis's sources, to find a quote's speaker when
 * its own mentions are covered (defaults to `findings.sources`); `annotations`: the tracked
 * annotations (orphans are skipped); `identityOf`: a quote annotation's speaker identity, or
 * `null`. Badges count anonymous quotes of both layers per paragraph of `findings.paragraphs`.
 * Never throws.
 */
export function planDecorations(
  findings: Analysis,
  annotations: readonly PlacedAnnotation[] = [],
  identityOf: (annotation: Annotation) => Identity | null = () => null,
  speakers: Analysis['sources'] = findings.sources,
): DecorationPlan {
  const f = emptyRecord(FINDING_KINDS);
  const a = emptyRecord(ANNOTATION_KINDS);
  const identities = new Map(speakers.map((s) => [s.id, s.identity]));
  for (const s of findings.sources) for (const m of s.mentions) f[`source-${s.identity}`].push({ start: m.start, end: m.end });
  for (const q of findings.quotes) {
    const identity = q.speaker === null ? undefined : identities.get(q.speaker);
    f[findingQuoteLook(q.direct, identity)].push({ start: q.start, end: q.end });
  }
  for (const c of findings.claims) f.claim.push({ start: c.start, end: c.end });

  for (const t of annotations) {
    if (t.start === null || t.end === null) continue;
    const span = { start: t.start, end: t.end };
    a[annotationLook(t.annotation, t.annotation.kind === 'quote' ? identityOf(t.annotation) : null)].push(span);
    const overlay = STATUS_OVERLAY[t.annotation.status];
    if (overlay) a[overlay].push(span);
  }
  const order = (xs: PlannedSpan[]): void => void xs.sort((x, y) => x.start - y.start || x.end - y.end);
  Object.values<PlannedSpan[]>(f).forEach(order);
  Object.values<PlannedSpan[]>(a).forEach(order);
  const badges = planAnonymousBadges(findings.paragraphs, [...f['quote-anonymous'], ...a['quote-anonymous']]);
  return { findings: f, annotations: a, badges };
}

/**
 * One badge per paragraph with anonymous quotes, at the paragraph's end. Text injected inside
 * a line is not counted by VS Code's word wrap, so a badge after each quote pushed words past
 * the editor's edge on long Arabic paragraphs; at the paragraph's end only the badge can be cut.
 * A quote past the last known paragraph (or with none known) gets its badge right after it.
 */
export function planAnonymousBadges(paragraphs: Analysis['paragraphs'], anonymousQuotes: readonly PlannedSpan[]): PlannedBadge[] {
  const counts = new Map<number, number>();
  let p = 0;
  for (const q of [...anonymousQuotes].sort((x, y) => x.end - y.end)) {
    while (p < paragraphs.length - 1 && paragraphs[p]!.end < q.end) p++;
    const at = Math.max(paragraphs[p]?.end ?? q.end, q.end);
    counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => x[0] - y[0]).map(([at, count]) => ({ start: at, end: at, count }));
}
