/**
 * Cases for uncoveredFindings / switchFindings. Text (offsets index into it):
 * `Ali said "yes". A source said no. Media reported it.`
 */
import type { Analysis } from '../../../../src/core/analysis/types';
import { ALL_FINDINGS, type CoveringAnnotation, type FindingSwitches } from '../../../../src/vscode/article/visible-findings';

const span = (start: number, end: number) => ({ start, end, text: '' });
export const ANALYSIS: Analysis = {
  language: 'en',
  paragraphs: [{ start: 0, end: 51, language: 'en' }],
  sources: [
    { id: 's1', identity: 'named', label: 'Ali', mentions: [span(0, 3), span(40, 42)] },
    { id: 's2', identity: 'anonymous', label: 'a source', mentions: [span(16, 24)] },
  ],
  quotes: [
    { id: 'q1', start: 9, end: 14, text: '"yes"', direct: true, speaker: 's1' },
    { id: 'q2', start: 30, end: 32, text: 'no', direct: false, speaker: 's2' },
  ],
  claims: [{ id: 'c1', start: 33, end: 51, text: 'Media reported it.', attributedTo: null, reasons: ['event'] }],
};

export interface CoverageCase {
  readonly name: string;
  readonly annotations: readonly CoveringAnnotation[];
  readonly switches?: FindingSwitches;
  /** Ids left (sources with the mention starts left). */
  readonly sources: readonly [string, number[]][];
  readonly quotes: readonly string[];
  readonly claims: readonly string[];
}

export const COVERAGE_CASES: readonly CoverageCase[] = [
  { name: 'no annotation: every finding', annotations: [], sources: [['s1', [0, 40]], ['s2', [16]]], quotes: ['q1', 'q2'], claims: ['c1'] },
  {
    name: 'a quote annotation overlapping by one code unit covers the quote finding',
    annotations: [{ kind: 'quote', start: 13, end: 20 }],
    sources: [['s1', [0, 40]], ['s2', [16]]],
    quotes: ['q2'],
    claims: ['c1'],
  },
  {
    name: 'touching is not overlapping (end exclusive)',
    annotations: [{ kind: 'quote', start: 14, end: 20 }, { kind: 'claim', start: 20, end: 33 }],
    sources: [['s1', [0, 40]], ['s2', [16]]],
    quotes: ['q1', 'q2'],
    claims: ['c1'],
  },
  {
    name: 'another kind covers nothing: a claim annotation over a quote leaves the quote',
    annotations: [{ kind: 'claim', start: 0, end: 15 }, { kind: 'note', start: 30, end: 32 }],
    sources: [['s1', [0, 40]], ['s2', [16]]],
    quotes: ['q1', 'q2'],
    claims: ['c1'],
  },
  {
    name: 'a source annotation covers one mention; a source with none left is dropped',
    annotations: [{ kind: 'source', start: 0, end: 3 }, { kind: 'source', start: 15, end: 25 }],
    sources: [['s1', [40]]],
    quotes: ['q1', 'q2'],
    claims: ['c1'],
  },
  {
    name: 'orphans cover nothing',
    annotations: [{ kind: 'quote', start: null, end: null }, { kind: 'claim', start: null, end: null }],
    sources: [['s1', [0, 40]], ['s2', [16]]],
    quotes: ['q1', 'q2'],
    claims: ['c1'],
  },
  {
    name: 'switches: claims off',
    annotations: [],
    switches: { ...ALL_FINDINGS, claims: false },
    sources: [['s1', [0, 40]], ['s2', [16]]],
    quotes: ['q1', 'q2'],
    claims: [],
  },
  {
    name: 'switches: sources and quotes off',
    annotations: [],
    switches: { ...ALL_FINDINGS, sources: false, quotes: false },
    sources: [],
    quotes: [],
    claims: ['c1'],
  },
  {
    name: 'the toggle hides every kind',
    annotations: [],
    switches: { ...ALL_FINDINGS, all: false },
    sources: [],
    quotes: [],
    claims: [],
  },
];
