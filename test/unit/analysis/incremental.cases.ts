/**
 * Edits for the incremental re-analysis: each names where in the seed (by a phrase it holds)
 * the edit goes and what it does. Written for these tests, not taken from any corpus.
 */

/** One edit: replace `remove` characters at the first occurrence of `at` (+ `offset`) with `insert`. */
export interface IncrementalCase {
  readonly name: string;
  readonly at: string;
  readonly offset?: number;
  readonly remove?: number;
  readonly insert: string;
}

export const SEED_EDITS: readonly IncrementalCase[] = [
  { name: 'a letter typed inside a later quote of the specialist', at: 'طلب الدعم العسكري', offset: 3, insert: 'ا' },
  { name: 'a word added at the end of a paragraph', at: 'لأسباب أمنية', offset: 0, insert: 'جدا ' },
  { name: 'a space typed after a follow-up cue (وتابعت)', at: 'وتابعت', offset: 6, insert: ' ' },
  { name: 'a character deleted in the first paragraph', at: 'الكرملين', offset: 2, remove: 1, insert: '' },
  { name: 'a new sentence pasted into a paragraph', at: 'لأسباب أمنية', offset: 0, insert: 'وقال مسؤول روسي إن الزيارة مهمة. ' },
];

export const ENGLISH_EDITS: readonly IncrementalCase[] = [
  { name: 'a letter typed in the middle of a word', at: 'corridor', offset: 3, insert: 'r' },
  { name: 'a sentence appended to a paragraph', at: '.', offset: 1, insert: ' Officials said the talks would resume on Monday.' },
];
