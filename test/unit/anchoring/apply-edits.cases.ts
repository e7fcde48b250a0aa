/**
 * applyEdits: one range [10, 20) (or as stated) through changes in VS Code's
 * TextDocumentContentChangeEvent shape; `want` is the range afterwards, `null` when its text is gone.
 */
import type { TextChange } from '../../../src/core/anchoring';

export interface ApplyEditsCase {
  readonly name: string;
  readonly range?: { start: number; end: number };
  readonly changes: readonly TextChange[];
  readonly simultaneous?: boolean;
  readonly want: { start: number; end: number } | null;
}

const ins = (at: number, text: string): TextChange => ({ rangeOffset: at, rangeLength: 0, text });
const del = (at: number, length: number): TextChange => ({ rangeOffset: at, rangeLength: length, text: '' });
const rep = (at: number, length: number, text: string): TextChange => ({ rangeOffset: at, rangeLength: length, text });

export const APPLY_EDITS_CASES: readonly ApplyEditsCase[] = [
  { name: 'no change', changes: [], want: { start: 10, end: 20 } },
  { name: 'insertion before shifts', changes: [ins(3, 'abcd')], want: { start: 14, end: 24 } },
  { name: 'deletion before shifts back', changes: [del(2, 5)], want: { start: 5, end: 15 } },
  { name: 'replacement before shifts by the difference', changes: [rep(0, 4, 'xy')], want: { start: 8, end: 18 } },
  { name: 'deletion ending exactly at the start shifts', changes: [del(6, 4)], want: { start: 6, end: 16 } },
  { name: 'insertion after leaves it', changes: [ins(25, 'abc')], want: { start: 10, end: 20 } },
  { name: 'deletion starting exactly at the end leaves it', changes: [del(20, 5)], want: { start: 10, end: 20 } },
  { name: 'insertion exactly at the start does not extend: it shifts', changes: [ins(10, 'abc')], want: { start: 13, end: 23 } },
  { name: 'insertion exactly at the end does not extend', changes: [ins(20, 'abc')], want: { start: 10, end: 20 } },
  { name: 'insertion inside grows', changes: [ins(15, 'abc')], want: { start: 10, end: 23 } },
  { name: 'deletion inside shrinks', changes: [del(12, 3)], want: { start: 10, end: 17 } },
  { name: 'replacement inside touching the start is inside', changes: [rep(10, 2, 'abcd')], want: { start: 10, end: 22 } },
  { name: 'replacement inside touching the end is inside', changes: [rep(18, 2, 'a')], want: { start: 10, end: 19 } },
  { name: 'deletion overlapping the start trims it', changes: [del(5, 10)], want: { start: 5, end: 10 } },
  { name: 'replacement overlapping the start keeps what is left, after the new text', changes: [rep(5, 10, 'abc')], want: { start: 8, end: 13 } },
  { name: 'deletion overlapping the end trims it', changes: [del(15, 10)], want: { start: 10, end: 15 } },
  { name: 'replacement overlapping the end trims it before the new text', changes: [rep(15, 10, 'abcdefgh')], want: { start: 10, end: 15 } },
  { name: 'deleting exactly the range orphans it', changes: [del(10, 10)], want: null },
  { name: 'replacing exactly the range orphans it', changes: [rep(10, 10, 'something else')], want: null },
  { name: 'deleting around the range orphans it', changes: [del(0, 30)], want: null },
  { name: 'once orphaned, later changes keep it orphaned', changes: [del(10, 10), ins(0, 'abc')], want: null },
  {
    name: 'a sequence: each offset in the text left by the previous change',
    changes: [ins(0, 'abcde'), del(15, 2), ins(20, 'xyz')],
    want: { start: 15, end: 26 },
  },
  {
    name: 'VS Code multi-cursor event (changes listed end to start) applied in order',
    changes: [ins(25, '#'), ins(15, '#'), ins(5, '#')],
    want: { start: 11, end: 22 },
  },
  {
    name: 'simultaneous changes against the original text, in any order: an insertion at the original end does not extend',
    changes: [ins(5, '#'), ins(20, '#')],
    simultaneous: true,
    want: { start: 11, end: 21 },
  },
  {
    name: 'the same changes taken as a sequence mean something else',
    changes: [ins(5, '#'), ins(20, '#')],
    want: { start: 11, end: 22 },
  },
  { name: 'an empty range is a point: insertion at it goes before it', range: { start: 10, end: 10 }, changes: [ins(10, 'ab')], want: { start: 12, end: 12 } },
  { name: 'an empty range survives a deletion starting at it', range: { start: 10, end: 10 }, changes: [del(10, 3)], want: { start: 10, end: 10 } },
  { name: 'an empty range inside a deletion is gone', range: { start: 10, end: 10 }, changes: [del(8, 4)], want: null },
];
