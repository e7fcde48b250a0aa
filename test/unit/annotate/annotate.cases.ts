/**
 * Cases for the annotate core: small English texts with their findings, what accepting gives,
 * ranges that must be refused, labels to find.
 */
import type { Analysis } from '../../../src/core/analysis/types';
import type { AnnotateProblem } from '../../../src/core/annotate';

export const TEXT = 'Peskov said "the talks went well". A source who asked not to be named said 1,000 fighters left.';

const span = (text: string): { start: number; end: number; text: string } => ({ start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length, text });
const peskov = span('Peskov');
const anon = span('A source');
const q1 = { id: 'q1', ...span('the talks went well'), direct: true, speaker: 's1' };
const q2 = { id: 'q2', ...span('1,000 fighters left'), direct: false, speaker: 's2' };
const c1 = { id: 'c1', ...span('1,000 fighters left'), attributedTo: 's2', reasons: ['quantity'] };

export const ANALYSIS: Analysis = {
  language: 'en',
  paragraphs: [{ start: 0, end: TEXT.length, language: 'en' }],
  sources: [
    { id: 's1', identity: 'named', label: 'Peskov', mentions: [peskov] },
    { id: 's2', identity: 'anonymous', label: 'a source', role: 'source', reason: 'asked not to be named', mentions: [anon] },
  ],
  quotes: [q1, q2],
  claims: [c1],
};

/** Accept All on texts already partly annotated: which kinds (in order) are added. */
export interface AcceptAllCase {
  readonly name: string;
  /** Existing annotations as [kind, start, end] (ids made up). */
  readonly existing: readonly ['source' | 'quote' | 'claim' | 'note', number | null, number | null][];
  readonly added: readonly string[];
}

export const ACCEPT_ALL_CASES: readonly AcceptAllCase[] = [
  { name: 'nothing annotated: everything, sources first', existing: [], added: ['source', 'source', 'quote', 'quote', 'claim'] },
  { name: 'a quote annotated on overlapping words: that quote skipped', existing: [['quote', 15, 20]], added: ['source', 'source', 'quote', 'claim'] },
  { name: 'a claim on the same words as a quote does not cover the quote', existing: [['claim', 12, 33]], added: ['source', 'source', 'quote', 'quote', 'claim'] },
  { name: 'a source annotated: reused, not added again', existing: [['source', 0, 6]], added: ['source', 'quote', 'quote', 'claim'] },
  { name: 'an orphan covers nothing', existing: [['quote', null, null]], added: ['source', 'source', 'quote', 'quote', 'claim'] },
  { name: 'a note covers nothing', existing: [['note', 74, 94]], added: ['source', 'source', 'quote', 'quote', 'claim'] },
  { name: 'touching ranges do not overlap', existing: [['quote', 6, 13]], added: ['source', 'source', 'quote', 'quote', 'claim'] },
];

/** Ranges `newAnnotation` refuses. */
export const BAD_RANGES: readonly { readonly name: string; readonly text: string; readonly start: number; readonly end: number; readonly problem: AnnotateProblem }[] = [
  { name: 'empty', text: TEXT, start: 5, end: 5, problem: 'range' },
  { name: 'reversed', text: TEXT, start: 9, end: 3, problem: 'range' },
  { name: 'past the end', text: TEXT, start: 90, end: 200, problem: 'range' },
  { name: 'negative', text: TEXT, start: -1, end: 3, problem: 'range' },
  { name: 'not integers', text: TEXT, start: 1.5, end: 3, problem: 'range' },
  { name: 'white space only', text: 'a   b', start: 1, end: 4, problem: 'range' },
  { name: 'splits a surrogate pair', text: 'x😀y', start: 0, end: 2, problem: 'range' },
];

/** `findLabel(text, label, near)`. */
export const LABELS: readonly { readonly text: string; readonly label: string; readonly near: number; readonly found: [number, number] | null }[] = [
  { text: 'TASS said. Later TASS added.', label: 'TASS', near: 8, found: [0, 4] },
  { text: 'TASS said. Later TASS added.', label: 'TASS', near: 26, found: [17, 21] },
  { text: 'TASS said.', label: ' TASS ', near: 9, found: [0, 4] },
  { text: 'TASS said.', label: 'RIA', near: 0, found: null },
  { text: 'TASS said.', label: '   ', near: 0, found: null },
];
