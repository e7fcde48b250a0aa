/**
 * normalizeSpan: anchoring's normal form (Arabic normalisation, CR dropped) and its map back to
 * raw offsets. `want.starts` / `want.ends` are the raw offsets of each normalised unit.
 */
export interface NormalSpanCase {
  readonly name: string;
  readonly raw: string;
  readonly from?: number;
  readonly to?: number;
  readonly want: { readonly text: string; readonly starts: readonly number[]; readonly ends: readonly number[] };
}

export const NORMAL_SPAN_CASES: readonly NormalSpanCase[] = [
  { name: 'plain text maps one to one', raw: 'ab', want: { text: 'ab', starts: [0, 1], ends: [1, 2] } },
  { name: 'CR is dropped and not part of the unit before it', raw: 'a\r\nb', want: { text: 'a\nb', starts: [0, 2, 3], ends: [1, 3, 4] } },
  {
    name: 'diacritics are dropped and belong to the letter before them',
    raw: 'بَتْ',
    want: { text: 'بت', starts: [0, 2], ends: [2, 4] },
  },
  { name: 'alef forms and case fold', raw: 'أA', want: { text: 'اa', starts: [0, 1], ends: [1, 2] } },
  { name: 'a slice maps to offsets in the whole text', raw: 'xx\r\nyy', from: 2, to: 5, want: { text: '\ny', starts: [3, 4], ends: [4, 5] } },
  { name: 'tatweel is dropped', raw: 'كـر', want: { text: 'كر', starts: [0, 2], ends: [2, 3] } },
];
