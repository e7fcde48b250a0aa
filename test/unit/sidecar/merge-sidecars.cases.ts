/**
 * Three-way merges: a base, what we did, what they did (on disk), and what must come out.
 */
import type { Annotation, Sidecar } from '../../../src/core/sidecar';
import { hashHex } from '../../../src/core/sidecar/annotation-id';

const t = (start: number, exact: string) => ({ exact, prefix: '', suffix: '', start, end: start + exact.length });

export const SOURCE: Annotation = { id: 'src-a', kind: 'source', target: t(0, 'Peskov'), identity: 'named', status: 'unverified' };
export const QUOTE: Annotation = { id: 'qt-a', kind: 'quote', target: t(20, 'the situation'), speaker: 'src-a', direct: true, status: 'unverified' };
export const CLAIM: Annotation = { id: 'clm-a', kind: 'claim', target: t(50, 'a thousand fighters'), status: 'unverified', note: 'check' };

export const BASE: Sidecar = { version: 1, article: { path: 'a.txt', language: 'en' }, annotations: [SOURCE, QUOTE, CLAIM] };

type Edit = (s: Sidecar) => Sidecar;
const change = (id: string, patch: Partial<Annotation>): Edit => (s) => ({
  ...s, annotations: s.annotations.map((a) => (a.id === id ? { ...a, ...patch } : a)),
});
const remove = (id: string): Edit => (s) => ({
  ...s, annotations: s.annotations.filter((a) => a.id !== id), retired: [...(s.retired ?? []), id].sort(),
});
const add = (a: Annotation): Edit => (s) => ({ ...s, annotations: [...s.annotations, a] });
const both = (...edits: Edit[]): Edit => (s) => edits.reduce((acc, e) => e(acc), s);

export interface MergeCase {
  readonly name: string;
  /** The common ancestor, from BASE (default: BASE itself). */
  readonly base?: Edit;
  readonly ours: Edit;
  readonly theirs: Edit;
  /** The merged annotations by id (order aside). */
  readonly expected: Readonly<Record<string, Annotation>>;
  readonly conflicts: readonly string[];
  readonly retired?: readonly string[];
}

const NEW_CLAIM_OURS: Annotation = { id: 'clm-new', kind: 'claim', target: t(80, 'in 2019'), source: 'src-a', status: 'unverified' };
const NEW_CLAIM_THEIRS: Annotation = { id: 'clm-new', kind: 'claim', target: t(90, 'six sons'), status: 'disputed' };
const NEW_SOURCE_OURS: Annotation = { id: 'src-new', kind: 'source', target: t(100, 'TASS'), identity: 'named', status: 'unverified' };
const NEW_SOURCE_THEIRS: Annotation = { id: 'src-new', kind: 'source', target: t(110, 'Libyan media'), identity: 'vague', status: 'unverified' };

const R1 = { id: 'r1', body: 'Who else reports this?', author: 'amal', created: '2026-11-30T10:00:00Z' };
const R2_OURS = { id: 'r2', body: 'TASS does.', author: 'amal', created: '2026-11-30T11:00:00Z' };
const R2_THEIRS = { id: 'r2', body: 'Nobody yet.', author: 'omar', created: '2026-11-30T11:05:00Z' };
const THREAD: Annotation = { ...CLAIM, replies: [R1] };
const withThread: Edit = change('clm-a', { replies: [R1] });

export const MERGE_CASES: readonly MergeCase[] = [
  {
    name: 'different annotations changed on both sides: both survive',
    ours: change('qt-a', { status: 'verified' }),
    theirs: change('clm-a', { note: 'checked with TASS' }),
    expected: { 'src-a': SOURCE, 'qt-a': { ...QUOTE, status: 'verified' }, 'clm-a': { ...CLAIM, note: 'checked with TASS' } },
    conflicts: [],
  },
  {
    name: 'different fields of the same annotation: both survive, no conflict',
    ours: change('clm-a', { status: 'false', author: 'amal', modified: '2026-11-30T11:00:00Z' }),
    theirs: change('clm-a', { tags: ['wagner'] }),
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': { ...CLAIM, status: 'false', tags: ['wagner'] } },
    conflicts: [],
  },
  {
    name: 'the same field changed differently: theirs stays, ours in a conflict block',
    ours: change('clm-a', { note: 'ours', status: 'verified', author: 'amal', modified: '2026-11-30T11:00:00Z' }),
    theirs: change('clm-a', { note: 'theirs', author: 'omar', modified: '2026-11-30T12:00:00Z' }),
    expected: {
      'src-a': SOURCE, 'qt-a': QUOTE,
      'clm-a': {
        ...CLAIM, note: 'theirs', status: 'verified', author: 'omar', modified: '2026-11-30T12:00:00Z',
        conflict: { values: { note: 'ours' }, author: 'amal', modified: '2026-11-30T11:00:00Z' },
      },
    },
    conflicts: ['clm-a'],
  },
  {
    name: 'the same change on both sides: no conflict',
    ours: change('clm-a', { note: 'same' }),
    theirs: change('clm-a', { note: 'same' }),
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': { ...CLAIM, note: 'same' } },
    conflicts: [],
  },
  {
    name: 'ours removed a field theirs changed: conflict lists it as absent',
    ours: change('clm-a', { note: undefined }),
    theirs: change('clm-a', { note: 'theirs' }),
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': { ...CLAIM, note: 'theirs', conflict: { absent: ['note'] } } },
    conflicts: ['clm-a'],
  },
  {
    name: 'deleted by us, unchanged by them: deleted and retired',
    ours: remove('clm-a'),
    theirs: (s) => s,
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE },
    conflicts: [],
    retired: ['clm-a'],
  },
  {
    name: 'deleted by them, unchanged by us: stays deleted',
    ours: (s) => s,
    theirs: remove('clm-a'),
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE },
    conflicts: [],
    retired: ['clm-a'],
  },
  {
    name: 'deleted by us, edited by them: kept, marked deleted',
    ours: remove('clm-a'),
    theirs: change('clm-a', { status: 'false' }),
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': { ...CLAIM, status: 'false', conflict: { deleted: true } } },
    conflicts: ['clm-a'],
  },
  {
    name: 'edited by us, deleted by them: our version comes back, marked deleted',
    ours: change('clm-a', { status: 'verified' }),
    theirs: remove('clm-a'),
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': { ...CLAIM, status: 'verified', conflict: { deleted: true } } },
    conflicts: ['clm-a'],
  },
  {
    name: 'a source they deleted is still our speaker: it comes back, marked deleted',
    ours: add({ ...NEW_CLAIM_OURS }),
    theirs: both(remove('qt-a'), remove('src-a')),
    expected: { 'src-a': { ...SOURCE, conflict: { deleted: true } }, 'clm-a': CLAIM, 'clm-new': NEW_CLAIM_OURS },
    conflicts: ['src-a'],
    retired: ['qt-a'],
  },
  {
    name: 'additions on both sides with colliding ids: both kept, ours renamed, references follow',
    ours: both(add(NEW_SOURCE_OURS), add({ ...NEW_CLAIM_OURS, source: 'src-new' })),
    theirs: both(add(NEW_SOURCE_THEIRS), add(NEW_CLAIM_THEIRS)),
    expected: {
      'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': CLAIM,
      'src-new': NEW_SOURCE_THEIRS, 'clm-new': NEW_CLAIM_THEIRS,
      // Renamed with newAnnotationId (prefix + hash of kind, start and exact): deterministic.
      'RENAMED:src-new': NEW_SOURCE_OURS,
      'RENAMED:clm-new': { ...NEW_CLAIM_OURS, source: 'RENAMED:src-new' },
    },
    conflicts: [],
  },
  {
    name: 'the same addition on both sides: one annotation',
    ours: add(NEW_SOURCE_OURS),
    theirs: add(NEW_SOURCE_OURS),
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': CLAIM, 'src-new': NEW_SOURCE_OURS },
    conflicts: [],
  },
  {
    name: 'our addition under an id they retired: ours renamed',
    ours: add(NEW_SOURCE_OURS),
    theirs: both(add(NEW_SOURCE_THEIRS), remove('src-new')),
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': CLAIM, 'RENAMED:src-new': NEW_SOURCE_OURS },
    conflicts: [],
    retired: ['src-new'],
  },
  {
    base: withThread,
    name: 'replies: both sides reply at once under the same id: both kept, ours renamed (r- and a hash of it) after theirs',
    ours: change('clm-a', { replies: [R1, R2_OURS] }),
    theirs: change('clm-a', { replies: [R1, R2_THEIRS] }),
    expected: {
      'src-a': SOURCE,
      'qt-a': QUOTE,
      'clm-a': { ...CLAIM, replies: [R1, R2_THEIRS, { ...R2_OURS, id: `r-${hashHex(`${R2_OURS.id}\u0000${R2_OURS.created ?? ''}\u0000${R2_OURS.author ?? ''}\u0000${R2_OURS.body}`)}` }] },
    },
    conflicts: [],
  },
  {
    base: withThread,
    name: 'replies: one side edits a reply, the other adds one: both',
    ours: change('clm-a', { replies: [{ ...R1, body: 'Who else? Asked TASS.' }] }),
    theirs: change('clm-a', { replies: [R1, R2_THEIRS] }),
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': { ...CLAIM, replies: [{ ...R1, body: 'Who else? Asked TASS.' }, R2_THEIRS] } },
    conflicts: [],
  },
  {
    base: withThread,
    name: 'replies: one side deletes a reply the other left alone: deleted',
    ours: change('clm-a', { replies: undefined, note: 'check again' }),
    theirs: change('clm-a', { tags: ['wagner'] }),
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': { ...CLAIM, note: 'check again', tags: ['wagner'] } },
    conflicts: [],
  },
  {
    base: withThread,
    name: 'replies: the same reply edited differently: theirs stays, our thread in the conflict block',
    ours: change('clm-a', { replies: [{ ...R1, body: 'ours' }] }),
    theirs: change('clm-a', { replies: [{ ...R1, body: 'theirs' }] }),
    expected: {
      'src-a': SOURCE, 'qt-a': QUOTE,
      'clm-a': { ...THREAD, replies: [{ ...R1, body: 'theirs' }], conflict: { values: { replies: [{ ...R1, body: 'ours' }] } } },
    },
    conflicts: ['clm-a'],
  },
  {
    base: withThread,
    name: 'replies: deleted on one side, edited on the other: the edited reply stays',
    ours: change('clm-a', { replies: [{ ...R1, body: 'edited' }] }),
    theirs: change('clm-a', { replies: undefined }),
    expected: {
      'src-a': SOURCE, 'qt-a': QUOTE,
      'clm-a': { ...CLAIM, replies: [{ ...R1, body: 'edited' }] },
    },
    conflicts: [],
  },
  {
    name: 'article changed on one side only: that side wins',
    ours: (s) => ({ ...s, article: { ...s.article, sha256: 'b'.repeat(64) } }),
    theirs: (s) => s,
    expected: { 'src-a': SOURCE, 'qt-a': QUOTE, 'clm-a': CLAIM },
    conflicts: [],
  },
];
