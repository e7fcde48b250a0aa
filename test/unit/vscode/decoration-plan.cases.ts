/**
 * Cases for planDecorations: a small analysis in, the spans each decoration kind gets out.
 * Text: `Ali said "yes". A source said no. Media reported it.` (offsets below index into it).
 */
import type { Analysis, Source } from '../../../src/core/analysis/types';
import type { DecorationKind } from '../../../src/vscode/decoration-plan';

const span = (start: number, end: number, text = '') => ({ start, end, text });
const named: Source = { id: 's1', identity: 'named', label: 'Ali', mentions: [span(0, 3)] };
const anonymous: Source = { id: 's2', identity: 'anonymous', label: 'a source', role: 'official', reason: 'not authorised', mentions: [span(16, 24)] };
const vague: Source = { id: 's3', identity: 'vague', label: 'Media', mentions: [span(33, 38)] };
const base: Analysis = { language: 'en', paragraphs: [], sources: [], quotes: [], claims: [] };

export interface PlanCase {
  readonly name: string;
  readonly analysis: Analysis;
  /** Expected [start, end] per kind; kinds not listed must be empty. */
  readonly expected: Partial<Record<DecorationKind, [number, number][]>>;
  /** A fragment each listed kind's first hover must contain. */
  readonly hoverHas?: Partial<Record<DecorationKind, string>>;
}

export const PLAN_CASES: readonly PlanCase[] = [
  { name: 'an empty analysis paints nothing', analysis: base, expected: {} },
  {
    name: 'sources go by identity, every mention',
    analysis: { ...base, sources: [vague, named, { ...anonymous, mentions: [span(16, 24), span(40, 42)] }] },
    expected: { 'source-named': [[0, 3]], 'source-vague': [[33, 38]], 'source-anonymous': [[16, 24], [40, 42]] },
    hoverHas: { 'source-anonymous': 'Reason for anonymity: not authorised' },
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
    expected: { 'source-named': [[0, 3]], 'source-anonymous': [[16, 24]], 'quote-direct': [[9, 14]], 'quote-anonymous': [[30, 32]], 'anonymous-badge': [[32, 32]] },
    hoverHas: { 'quote-direct': 'Speaker: Ali (named)', 'quote-anonymous': 'Role: official', 'anonymous-badge': '1 quote' },
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
    expected: { 'source-anonymous': [[16, 24]], 'quote-anonymous': [[2, 5], [9, 14], [30, 32]], 'anonymous-badge': [[20, 20], [51, 51]] },
    hoverHas: { 'anonymous-badge': '2 quotes' },
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
    hoverHas: { 'quote-indirect': 'Speaker: not given' },
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
    hoverHas: { claim: 'Why: quantity, date' },
  },
];
