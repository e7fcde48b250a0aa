/**
 * Cases for planDecorations: a small analysis in, the spans each decoration kind gets out.
 * Text: `Ali said "yes". A source said no. Media reported it.` (offsets below index into it).
 */
import type { Analysis, Source } from '../../../src/core/analysis/types';
import type { FindingDecorationKind } from '../../../src/vscode/decorations/decoration-plan';

const span = (start: number, end: number, text = '') => ({ start, end, text });
const named: Source = { id: 's1', identity: 'named', label: 'Ali', mentions: [span(0, 3)] };
const anonymous: Source = { id: 's2', identity: 'anonymous', label: 'a source', role: 'official', reason: 'not authorised', mentions: [span(16, 24)] };
const vague: Source = { id: 's3', identity: 'vague', label: 'Media', mentions: [span(33, 38)] };
const base: Analysis = { language: 'en', paragraphs: [], sources: [], quotes: [], claims: [] };

export interface PlanCase {
  readonly name: string;
  readonly analysis: Analysis;
  /** Expected [start, end] per finding kind; kinds not listed must be empty. */
  readonly expected: Partial<Record<FindingDecorationKind, [number, number][]>>;
  /** Expected badges: [offset, count]. */
  readonly badges?: [number, number][];
}

export const PLAN_CASES: readonly PlanCase[] = [
  { name: 'an empty analysis paints nothing', analysis: base, expected: {} },
  {
    name: 'sources go by identity, every mention',
    analysis: { ...base, sources: [vague, named, { ...anonymous, mentions: [span(16, 24), span(40, 42)] }] },
    expected: { 'source-named': [[0, 3]], 'source-vague': [[33, 38]], 'source-anonymous': [[16, 24], [40, 42]] },
  },
  {
    name: 'a quote from an anonymous source stands out instead of its direct/indirect look',
    analysis: {
      ...base,
      sources: [named, anonymous],
      quotes: [
        { id: 'q1', start: 9, end: 14, text: '"yes"', direct: true, speaker: 's1' },
        { id: 'q2', start: 30, end: 32, text: 'no', direct: false, speaker: 's2' },
      ],
    },
    // No paragraphs known: the badge goes right after the quote.
    expected: { 'source-named': [[0, 3]], 'source-anonymous': [[16, 24]], 'quote-direct': [[9, 14]], 'quote-anonymous': [[30, 32]] },
    badges: [[32, 1]],
  },
  {
    name: 'one badge per paragraph with anonymous quotes, at the paragraph end (word wrap never hides words)',
    analysis: {
      ...base,
      paragraphs: [{ start: 0, end: 20, language: 'en' }, { start: 22, end: 51, language: 'en' }],
      sources: [anonymous],
      quotes: [
        { id: 'q1', start: 2, end: 5, text: 'a', direct: true, speaker: 's2' },
        { id: 'q2', start: 9, end: 14, text: 'b', direct: true, speaker: 's2' },
        { id: 'q3', start: 30, end: 32, text: 'c', direct: false, speaker: 's2' },
      ],
    },
    expected: { 'source-anonymous': [[16, 24]], 'quote-anonymous': [[2, 5], [9, 14], [30, 32]] },
    badges: [[20, 2], [51, 1]],
  },
  {
    name: 'a quote with no speaker, or an unknown one, keeps its direct/indirect look',
    analysis: {
      ...base,
      quotes: [
        { id: 'q2', start: 30, end: 32, text: 'no', direct: false, speaker: null },
        { id: 'q1', start: 9, end: 14, text: '"yes"', direct: true, speaker: 's9' },
      ],
    },
    expected: { 'quote-direct': [[9, 14]], 'quote-indirect': [[30, 32]] },
  },
  {
    name: 'claims are listed in text order with their reasons',
    analysis: {
      ...base,
      sources: [vague],
      claims: [
        { id: 'c2', start: 33, end: 51, text: 'Media reported it.', attributedTo: 's3', reasons: ['event'] },
        { id: 'c1', start: 0, end: 15, text: 'Ali said "yes".', attributedTo: null, reasons: ['quantity', 'date'] },
      ],
    },
    expected: { 'source-vague': [[33, 38]], claim: [[0, 15], [33, 51]] },
  },
];

import type { Annotation } from '../../../src/core/sidecar';
import type { AnnotationDecorationKind, PlacedAnnotation } from '../../../src/vscode/decorations/decoration-plan';

/** An annotation at `[start, end)` (its stored target says the same unless `stored` is given). */
function placed(fields: Partial<Annotation> & Pick<Annotation, 'id' | 'kind'>, start: number | null, end: number | null): PlacedAnnotation {
  const annotation: Annotation = {
    status: 'unverified',
    target: { exact: 'x', prefix: '', suffix: '', start: start ?? 0, end: end ?? 1 },
    ...fields,
  };
  return { annotation, start, end };
}

export interface AnnotationPlanCase {
  readonly name: string;
  readonly findings: Analysis;
  readonly annotations: readonly PlacedAnnotation[];
  /** Expected [start, end] per annotation kind; kinds not listed must be empty. */
  readonly expected: Partial<Record<AnnotationDecorationKind, [number, number][]>>;
  readonly badges?: [number, number][];
}

const specialist = placed({ id: 'src-a', kind: 'source', identity: 'anonymous' }, 16, 24);
const ali = placed({ id: 'src-ali', kind: 'source', identity: 'named' }, 0, 3);

export const ANNOTATION_PLAN_CASES: readonly AnnotationPlanCase[] = [
  {
    name: 'sources by identity, quotes by their speaker’s identity, one without speaker apart',
    findings: base,
    annotations: [
      ali,
      specialist,
      placed({ id: 'src-m', kind: 'source', identity: 'vague' }, 33, 38),
      placed({ id: 'qt-1', kind: 'quote', speaker: 'src-ali' }, 9, 14),
      placed({ id: 'qt-2', kind: 'quote', speaker: 'src-a' }, 30, 32),
      placed({ id: 'qt-3', kind: 'quote', speaker: 'src-m' }, 40, 42),
      placed({ id: 'qt-4', kind: 'quote' }, 44, 46),
    ],
    expected: {
      'source-named': [[0, 3]],
      'source-anonymous': [[16, 24]],
      'source-vague': [[33, 38]],
      'quote-named': [[9, 14]],
      'quote-anonymous': [[30, 32]],
      'quote-vague': [[40, 42]],
      'quote-unattributed': [[44, 46]],
    },
    badges: [[32, 1]],
  },
  {
    name: 'each status but unverified draws its overlay over the kind’s look',
    findings: base,
    annotations: [
      placed({ id: 'c1', kind: 'claim', status: 'verified' }, 0, 5),
      placed({ id: 'c2', kind: 'claim', status: 'disputed' }, 6, 9),
      placed({ id: 'c3', kind: 'claim', status: 'false' }, 10, 12),
      placed({ id: 'c4', kind: 'claim', status: 'misleading' }, 13, 15),
      placed({ id: 'c5', kind: 'claim', status: 'unverified' }, 16, 18),
      placed({ id: 'n1', kind: 'note', status: 'false' }, 20, 22),
    ],
    expected: {
      claim: [[0, 5], [6, 9], [10, 12], [13, 15], [16, 18]],
      note: [[20, 22]],
      'status-verified': [[0, 5]],
      'status-disputed': [[6, 9]],
      'status-false': [[10, 12], [20, 22]],
      'status-misleading': [[13, 15]],
    },
  },
  {
    name: 'orphans are not drawn',
    findings: base,
    annotations: [placed({ id: 'c1', kind: 'claim', status: 'false' }, null, null), ali],
    expected: { 'source-named': [[0, 3]] },
  },
  {
    name: 'badges count anonymous quotes of both layers per paragraph',
    findings: {
      ...base,
      paragraphs: [{ start: 0, end: 20, language: 'en' }, { start: 22, end: 51, language: 'en' }],
      sources: [anonymous],
      quotes: [{ id: 'q1', start: 2, end: 5, text: 'a', direct: true, speaker: 's2' }],
    },
    annotations: [specialist, placed({ id: 'qt-2', kind: 'quote', speaker: 'src-a' }, 9, 14), placed({ id: 'qt-3', kind: 'quote', speaker: 'src-a' }, 30, 32)],
    expected: { 'source-anonymous': [[16, 24]], 'quote-anonymous': [[9, 14], [30, 32]] },
    badges: [[20, 2], [51, 1]],
  },
];
