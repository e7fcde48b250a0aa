/**
 * The reading view's marks: the two layers (the analyst's annotations, the engine's findings)
 * turned into one flat list of plain-data marks, each with what its card says (kind, speaker,
 * identity, status, note). Pure (no `vscode` import): tested in plain Node.
 *
 * Offsets are UTF-16 code units into the document's current text, end exclusive.
 */
import type { Analysis, Identity, Source } from '../../core/analysis/types';
import type { Annotation, AnnotationKind, AnnotationStatus } from '../../core/sidecar/types';

/** Which layer a mark belongs to (as `Layer` in article-state-types.ts). */
export type MarkLayer = 'annotation' | 'finding';

/**
 * How a mark looks; the webview's CSS has one class per look. A quote whose speaker is
 * anonymous is `quote-anonymous` whatever its directness, so it stands out.
 */
export type MarkLook =
  | 'claim'
  | 'source-named'
  | 'source-vague'
  | 'source-anonymous'
  | 'quote-direct'
  | 'quote-indirect'
  | 'quote-anonymous'
  | 'note';

/** One mark in the reading view: plain data, sent to the webview as JSON. */
export interface ArticleMark {
  /** Unique in one rendering: `a:ID` for an annotation, `f:ID` for a finding (the engine's `q3`, `s2`, `c5`). */
  readonly id: string;
  readonly layer: MarkLayer;
  readonly kind: AnnotationKind;
  readonly look: MarkLook;
  readonly start: number;
  readonly end: number;
  /** The annotation's id (annotation layer only). */
  readonly annotationId?: string;
  /** Quotes: direct speech. */
  readonly direct?: boolean;
  /** Quotes: the speaker's label; claims: the source's label. Absent when the article gives none. */
  readonly speaker?: string;
  /**
   * Sources: their own identity; quotes: the speaker's; claims: the source's. Absent when there
   * is no speaker or source.
   */
  readonly identity?: Identity;
  readonly role?: string;
  readonly reason?: string;
  /** Annotations only. */
  readonly status?: AnnotationStatus;
  readonly note?: string;
  readonly tags?: readonly string[];
  readonly author?: string;
}

/** A sidecar annotation where it is now (`null` offsets: an orphan), as `TrackedAnnotation`. */
export interface PlacedAnnotation {
  readonly annotation: Annotation;
  readonly start: number | null;
  readonly end: number | null;
}

/** An annotation whose words are gone: listed above the article, never drawn in it. */
export interface OrphanEntry {
  readonly annotationId: string;
  readonly kind: AnnotationKind;
  /** The words it was about (`target.exact`). */
  readonly exact: string;
  readonly status: AnnotationStatus;
  readonly note?: string;
}

/** What {@link collectMarks} returns. */
export interface CollectedMarks {
  /** In text order (start ascending, longer first, findings before annotations on ties). */
  readonly marks: readonly ArticleMark[];
  readonly orphans: readonly OrphanEntry[];
}

/** Order of marks: start ascending, end descending (outer first), findings before annotations, then id. */
export function compareMarks(a: ArticleMark, b: ArticleMark): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.end !== b.end) return b.end - a.end;
  if (a.layer !== b.layer) return a.layer === 'finding' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sourceLook(identity: Identity | undefined): MarkLook {
  return identity === 'anonymous' ? 'source-anonymous' : identity === 'vague' ? 'source-vague' : 'source-named';
}

function quoteLook(direct: boolean, speakerIdentity: Identity | undefined): MarkLook {
  return speakerIdentity === 'anonymous' ? 'quote-anonymous' : direct ? 'quote-direct' : 'quote-indirect';
}

/** Copies only the defined optional fields (the marks go through JSON; `undefined` keys are noise). */
function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function findingMarks(analysis: Analysis, textLength: number): ArticleMark[] {
  const sources = new Map<string, Source>(analysis.sources.map((s) => [s.id, s]));
  const marks: ArticleMark[] = [];
  const inText = (start: number, end: number): boolean => start >= 0 && end <= textLength && start < end;
  for (const source of analysis.sources) {
    source.mentions.forEach((m, i) => {
      if (!inText(m.start, m.end)) return;
      marks.push({
        id: `f:${source.id}.${i}`, layer: 'finding', kind: 'source', look: sourceLook(source.identity), start: m.start, end: m.end,
        ...defined({ speaker: source.label, identity: source.identity, role: source.role, reason: source.reason }),
      });
    });
  }
  for (const quote of analysis.quotes) {
    if (!inText(quote.start, quote.end)) continue;
    const speaker = quote.speaker === null ? undefined : sources.get(quote.speaker);
    marks.push({
      id: `f:${quote.id}`, layer: 'finding', kind: 'quote', look: quoteLook(quote.direct, speaker?.identity), start: quote.start, end: quote.end,
      direct: quote.direct,
      ...defined({ speaker: speaker?.label, identity: speaker?.identity, role: speaker?.role, reason: speaker?.reason }),
    });
  }
  for (const claim of analysis.claims) {
    if (!inText(claim.start, claim.end)) continue;
    const source = claim.attributedTo === null ? undefined : sources.get(claim.attributedTo);
    marks.push({
      id: `f:${claim.id}`, layer: 'finding', kind: 'claim', look: 'claim', start: claim.start, end: claim.end,
      ...defined({ speaker: source?.label, identity: source?.identity }),
    });
  }
  return marks;
}

/**
 * The speaker (quotes) or source (claims) of an annotation: the source annotation it names
 * (label: its words; identity, role, reason: its fields), else the identity the state resolved
 * (`identityOf`, which may look in the findings too).
 */
function speakerOf(
  annotation: Annotation,
  byId: ReadonlyMap<string, Annotation>,
  identityOf: (annotation: Annotation) => Identity | null,
): Pick<ArticleMark, 'speaker' | 'identity' | 'role' | 'reason'> {
  const ref = annotation.kind === 'quote' ? annotation.speaker : annotation.kind === 'claim' ? annotation.source : undefined;
  const source = ref === undefined ? undefined : byId.get(ref);
  const identity = source?.identity ?? (ref === undefined ? undefined : identityOf(annotation) ?? undefined);
  return defined({ speaker: source?.target.exact ?? ref, identity, role: source?.role, reason: source?.reason });
}

/**
 * Collects the marks of both layers. `findings` is the state's `visibleFindings` (covered
 * findings already left out); `annotations` are the tracked sidecar annotations (orphans go to
 * `orphans`); `identityOf` is the state's `identityOfSpeaker`. Spans outside `[0, textLength]`
 * or empty are left out (never drawn at a wrong place). Never throws.
 */
export function collectMarks(
  textLength: number,
  findings: Analysis,
  annotations: readonly PlacedAnnotation[],
  identityOf: (annotation: Annotation) => Identity | null,
): CollectedMarks {
  const marks = findingMarks(findings, textLength);
  const orphans: OrphanEntry[] = [];
  const byId = new Map(annotations.map((t) => [t.annotation.id, t.annotation]));
  for (const { annotation: a, start, end } of annotations) {
    if (start === null || end === null || start < 0 || end > textLength || start >= end) {
      orphans.push({ annotationId: a.id, kind: a.kind, exact: a.target.exact, status: a.status, ...defined({ note: a.note }) });
      continue;
    }
    const who = speakerOf(a, byId, identityOf);
    const look: MarkLook =
      a.kind === 'source' ? sourceLook(a.identity) : a.kind === 'quote' ? quoteLook(a.direct ?? false, who.identity) : a.kind === 'claim' ? 'claim' : 'note';
    marks.push({
      id: `a:${a.id}`, layer: 'annotation', kind: a.kind, look, start, end, annotationId: a.id, status: a.status,
      ...(a.kind === 'source' ? defined({ identity: a.identity, role: a.role, reason: a.reason }) : who),
      ...defined({ direct: a.kind === 'quote' ? (a.direct ?? false) : undefined, note: a.note, tags: a.tags, author: a.author }),
    });
  }
  marks.sort(compareMarks);
  return { marks, orphans };
}
