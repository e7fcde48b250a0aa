/**
 * Cases for summarizeSourcing and filterSourcing: small articles with hand-made findings and
 * annotations, and the seed with its example sidecar. Expected results are outlines (see
 * `outline` in sourcing.test.ts): one line per group, source, unsourced list, orphan list and
 * the A/Q share, so a case reads like the Sources view.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis';
import type { Analysis, Identity, Quote, Source } from '../../../src/core/analysis/types';
import { parseSidecar, resolveSidecar, type Annotation } from '../../../src/core/sidecar';
import type { PlacedAnnotation, SourcingFilter } from '../../../src/core/sourcing';

/** A two-sentence article every small case shares. */
export const TEXT = 'Officials said the dam is safe. A source said the dam leaks. Reports say 40 died.';

/** `[start, end)` of `words` in {@link TEXT} (first occurrence). */
function at(words: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}

function source(id: string, identity: Identity, ...mentions: string[]): Source {
  return { id, identity, label: mentions[0] ?? id, mentions: mentions.map(at) };
}

function quote(id: string, words: string, speaker: string | null): Quote {
  return { id, ...at(words), direct: false, speaker };
}

/** The engine's findings on {@link TEXT}: two sources, two quotes, one claim with no source. */
export const FINDINGS: Analysis = {
  language: 'en',
  paragraphs: [{ start: 0, end: TEXT.length, language: 'en' }],
  sources: [source('s1', 'named', 'Officials'), source('s2', 'anonymous', 'A source')],
  quotes: [quote('q1', 'the dam is safe', 's1'), quote('q2', 'the dam leaks', 's2')],
  claims: [{ id: 'c1', ...at('40 died'), attributedTo: null, reasons: ['quantity'] }],
};

/** An annotation on `words` of {@link TEXT}, placed where they are (or orphaned: `null` offsets). */
function placed(id: string, kind: Annotation['kind'], words: string, extra: Partial<Annotation> = {}, orphan = false): PlacedAnnotation {
  const r = at(words);
  const annotation: Annotation = {
    id, kind, status: 'unverified', target: { exact: words, prefix: '', suffix: '', start: r.start, end: r.end }, ...extra,
  };
  return { annotation, start: orphan ? null : r.start, end: orphan ? null : r.end };
}

export interface SummaryCase {
  readonly name: string;
  readonly analysis: Analysis;
  readonly annotations: readonly PlacedAnnotation[];
  readonly hasSidecar: boolean;
  readonly filter?: SourcingFilter;
  readonly outline: readonly string[];
}

const NO_FINDINGS: Analysis = { ...FINDINGS, sources: [], quotes: [], claims: [] };

export const SUMMARY_CASES: readonly SummaryCase[] = [
  {
    name: 'findings only: anonymous first, the share from the findings',
    analysis: FINDINGS,
    annotations: [],
    hasSidecar: false,
    outline: [
      'anonymous: 1 quotes, 0 claims',
      '  finding:s2 "A source" quotes [finding:q2] claims []',
      'vague: 0 quotes, 0 claims',
      'named: 1 quotes, 0 claims',
      '  finding:s1 "Officials" quotes [finding:q1] claims []',
      'unsourced quotes [] claims [finding:c1]',
      'orphans []',
      'share 1/2 finding; sources anonymous 1, vague 0, named 1',
    ],
  },
  {
    name: 'an annotation covers the finding of the same kind on overlapping words: it appears once, as the annotation',
    analysis: FINDINGS,
    annotations: [
      placed('src-a', 'source', 'A source', { identity: 'anonymous' }),
      placed('qt-a', 'quote', 'dam leaks', { speaker: 'src-a' }),
    ],
    hasSidecar: true,
    outline: [
      'anonymous: 1 quotes, 0 claims',
      '  annotation:src-a "A source" quotes [annotation:qt-a] claims []',
      'vague: 0 quotes, 0 claims',
      'named: 1 quotes, 0 claims',
      '  finding:s1 "Officials" quotes [finding:q1] claims []',
      'unsourced quotes [] claims [finding:c1]',
      'orphans []',
      'share 1/1 annotation; sources anonymous 1, vague 0, named 0',
    ],
  },
  {
    name: 'a finding quote under a finding source that an annotation covers moves under the annotation, still a finding',
    analysis: FINDINGS,
    annotations: [placed('src-a', 'source', 'A source', { identity: 'anonymous' })],
    hasSidecar: true,
    outline: [
      'anonymous: 1 quotes, 0 claims',
      '  annotation:src-a "A source" quotes [finding:q2] claims []',
      'vague: 0 quotes, 0 claims',
      'named: 1 quotes, 0 claims',
      '  finding:s1 "Officials" quotes [finding:q1] claims []',
      'unsourced quotes [] claims [finding:c1]',
      'orphans []',
      // The sidecar holds no quote annotation: 0 of 0.
      'share 0/0 annotation; sources anonymous 1, vague 0, named 0',
    ],
  },
  {
    name: 'an annotation source on longer words than the finding it covers is labelled with the finding’s shorter label',
    analysis: FINDINGS,
    annotations: [placed('src-a', 'source', 'A source said', { identity: 'anonymous' })],
    hasSidecar: true,
    outline: [
      'anonymous: 1 quotes, 0 claims',
      '  annotation:src-a "A source" quotes [finding:q2] claims []',
      'vague: 0 quotes, 0 claims',
      'named: 1 quotes, 0 claims',
      '  finding:s1 "Officials" quotes [finding:q1] claims []',
      'unsourced quotes [] claims [finding:c1]',
      'orphans []',
      'share 0/0 annotation; sources anonymous 1, vague 0, named 0',
    ],
  },
  {
    name: 'a different kind on the same words covers nothing',
    analysis: FINDINGS,
    annotations: [placed('clm-leak', 'claim', 'the dam leaks')],
    hasSidecar: true,
    outline: [
      'anonymous: 1 quotes, 0 claims',
      '  finding:s2 "A source" quotes [finding:q2] claims []',
      'vague: 0 quotes, 0 claims',
      'named: 1 quotes, 0 claims',
      '  finding:s1 "Officials" quotes [finding:q1] claims []',
      'unsourced quotes [] claims [annotation:clm-leak, finding:c1]',
      'orphans []',
      'share 0/0 annotation; sources anonymous 0, vague 0, named 0',
    ],
  },
  {
    name: 'a source annotation without identity takes the covered finding’s; with none to cover, vague',
    analysis: FINDINGS,
    annotations: [
      placed('src-off', 'source', 'Officials'),
      placed('src-rep', 'source', 'Reports'),
      placed('clm-died', 'claim', '40 died', { source: 'src-rep' }),
    ],
    hasSidecar: true,
    outline: [
      'anonymous: 1 quotes, 0 claims',
      '  finding:s2 "A source" quotes [finding:q2] claims []',
      'vague: 0 quotes, 1 claims',
      '  annotation:src-rep "Reports" quotes [] claims [annotation:clm-died]',
      'named: 1 quotes, 0 claims',
      '  annotation:src-off "Officials" quotes [finding:q1] claims []',
      'unsourced quotes [] claims []',
      'orphans []',
      'share 0/0 annotation; sources anonymous 0, vague 1, named 1',
    ],
  },
  {
    name: 'orphans are listed with their stored words and counted nowhere else; an orphaned source still heads its quotes',
    analysis: NO_FINDINGS,
    annotations: [
      placed('src-a', 'source', 'A source', { identity: 'anonymous' }, true),
      placed('qt-a', 'quote', 'the dam leaks', { speaker: 'src-a' }),
      placed('qt-gone', 'quote', 'the dam is safe', { speaker: 'src-a' }, true),
      placed('nt-1', 'note', 'Reports', { note: 'which reports?' }, true),
    ],
    hasSidecar: true,
    outline: [
      'anonymous: 1 quotes, 0 claims',
      '  annotation:src-a "A source" (orphaned) quotes [annotation:qt-a] claims []',
      'vague: 0 quotes, 0 claims',
      'named: 0 quotes, 0 claims',
      'unsourced quotes [] claims []',
      'orphans [source "A source", quote "the dam is safe", note "Reports"]',
      'share 1/1 annotation; sources anonymous 0, vague 0, named 0',
    ],
  },
  {
    name: 'a quote whose speaker names no source annotation is unsourced',
    analysis: NO_FINDINGS,
    annotations: [placed('qt-a', 'quote', 'the dam leaks', { speaker: 'src-missing' }), placed('qt-b', 'quote', 'the dam is safe')],
    hasSidecar: true,
    outline: [
      'anonymous: 0 quotes, 0 claims',
      'vague: 0 quotes, 0 claims',
      'named: 0 quotes, 0 claims',
      'unsourced quotes [annotation:qt-b, annotation:qt-a] claims []',
      'orphans []',
      'share 0/2 annotation; sources anonymous 0, vague 0, named 0',
    ],
  },
  {
    name: 'sources with more resting on them come first within a group',
    analysis: {
      ...FINDINGS,
      sources: [source('s1', 'named', 'Officials'), source('s3', 'named', 'Reports')],
      quotes: [quote('q1', 'the dam is safe', 's1'), quote('q3', '40 died', 's3'), quote('q4', 'the dam leaks', 's3')],
      claims: [],
    },
    annotations: [],
    hasSidecar: false,
    outline: [
      'anonymous: 0 quotes, 0 claims',
      'vague: 0 quotes, 0 claims',
      'named: 3 quotes, 0 claims',
      '  finding:s3 "Reports" quotes [finding:q4, finding:q3] claims []',
      '  finding:s1 "Officials" quotes [finding:q1] claims []',
      'unsourced quotes [] claims []',
      'orphans []',
      'share 0/3 finding; sources anonymous 0, vague 0, named 2',
    ],
  },
  // Filters.
  {
    name: 'filter by layer: annotations only (a finding source stays as the parent of nothing: dropped)',
    analysis: FINDINGS,
    annotations: [placed('src-a', 'source', 'A source', { identity: 'anonymous' })],
    hasSidecar: true,
    filter: { layer: 'annotation' },
    outline: [
      'anonymous: 0 quotes, 0 claims',
      '  annotation:src-a "A source" quotes [] claims []',
      'vague: 0 quotes, 0 claims',
      'named: 0 quotes, 0 claims',
      'unsourced quotes [] claims []',
      'orphans []',
      'share 0/0 annotation; sources anonymous 1, vague 0, named 0',
    ],
  },
  {
    name: 'filter by layer: findings only keeps the annotation source as the parent of its findings',
    analysis: FINDINGS,
    annotations: [placed('src-a', 'source', 'A source', { identity: 'anonymous' }), placed('nt', 'note', 'Reports', {}, true)],
    hasSidecar: true,
    filter: { layer: 'finding' },
    outline: [
      'anonymous: 1 quotes, 0 claims',
      '  annotation:src-a "A source" quotes [finding:q2] claims []',
      'vague: 0 quotes, 0 claims',
      'named: 1 quotes, 0 claims',
      '  finding:s1 "Officials" quotes [finding:q1] claims []',
      'unsourced quotes [] claims [finding:c1]',
      'orphans []',
      'share 0/0 annotation; sources anonymous 1, vague 0, named 0',
    ],
  },
  {
    name: 'filter by text: a matching quote keeps its source; a matching source keeps all beneath it; case-insensitive',
    analysis: FINDINGS,
    annotations: [],
    hasSidecar: false,
    filter: { text: 'LEAKS' },
    outline: [
      'anonymous: 1 quotes, 0 claims',
      '  finding:s2 "A source" quotes [finding:q2] claims []',
      'vague: 0 quotes, 0 claims',
      'named: 0 quotes, 0 claims',
      'unsourced quotes [] claims []',
      'orphans []',
      'share 1/2 finding; sources anonymous 1, vague 0, named 1',
    ],
  },
  {
    name: 'filter by tag and status: annotations only',
    analysis: FINDINGS,
    annotations: [
      placed('src-a', 'source', 'A source', { identity: 'anonymous' }),
      placed('qt-a', 'quote', 'the dam leaks', { speaker: 'src-a', tags: ['dam'], status: 'disputed' }),
      placed('clm-d', 'claim', '40 died', { tags: ['dam'] }),
      placed('nt', 'note', 'Reports', { tags: ['dam'] }, true),
    ],
    hasSidecar: true,
    filter: { tag: 'dam', status: 'unverified' },
    outline: [
      'anonymous: 0 quotes, 0 claims',
      'vague: 0 quotes, 0 claims',
      'named: 0 quotes, 0 claims',
      'unsourced quotes [] claims [annotation:clm-d]',
      'orphans [note "Reports"]',
      'share 1/1 annotation; sources anonymous 1, vague 0, named 0',
    ],
  },
];

// The seed article with its example sidecar (annotations/), through the real engine and parser.
const ROOT = join(__dirname, '..', '..', '..');
export const SEED_TEXT = readFileSync(join(ROOT, 'test', 'fixtures', 'haftar-moscow.ar.txt'), 'utf8');
const seedSidecar = parseSidecar(readFileSync(join(ROOT, 'annotations', 'haftar-moscow.ar.txt.annotations.yaml'), 'utf8'), 'example').sidecar;

/** The example sidecar's annotations resolved against `text`, as the extension tracks them. */
export function seedAnnotations(text: string): PlacedAnnotation[] {
  const anchors = resolveSidecar(seedSidecar, text);
  return seedSidecar.annotations.map((annotation, i) => ({ annotation, start: anchors[i]!.start, end: anchors[i]!.end }));
}

export const SEED_ANALYSIS = analyze(SEED_TEXT);

/** The seed: what must hold whatever the engine adds (checked field by field in the test). */
export interface SeedCase {
  readonly name: string;
  readonly text: string;
  readonly hasSidecar: boolean;
  readonly share: string;
  /** The first source of the first group, and its annotation quotes. */
  readonly firstSource: { readonly id: string; readonly identity: Identity; readonly annotationQuotes: number } | null;
  readonly orphans: readonly string[];
}

/** The seed with the paragraph of the specialist's last quote cut out (its annotation orphaned). */
const CUT = SEED_TEXT.indexOf('وتابعت إن “حفتر طلب الدعم');
const SEED_CUT = SEED_TEXT.slice(0, CUT) + SEED_TEXT.slice(SEED_TEXT.indexOf('\n', CUT));

export const SEED_CASES: readonly SeedCase[] = [
  {
    name: 'the seed with its example sidecar: 8 anonymous of 11 quotes, the specialist first with her 8',
    text: SEED_TEXT, hasSidecar: true, share: '8/11 annotation',
    firstSource: { id: 'src-libya-specialist', identity: 'anonymous', annotationQuotes: 8 }, orphans: [],
  },
  {
    name: 'the seed edited: the cut quote is orphaned, 7 of 10',
    text: SEED_CUT, hasSidecar: true, share: '7/10 annotation',
    firstSource: { id: 'src-libya-specialist', identity: 'anonymous', annotationQuotes: 7 }, orphans: ['qt-western-support'],
  },
];
