/**
 * Cases for text-prep.test.ts: the text-preparation steps rewritten for speed (script counts,
 * paragraphs, the token-column search). The expected values are those of the former code.
 */
import type { ScriptCounts } from '../../../src/core/analysis/detect-language';
import type { ParagraphRange } from '../../../src/core/analysis/split-paragraphs';

export const SCRIPT_CASES: ReadonlyArray<{ name: string; text: string; start?: number; end?: number; counts: ScriptCounts }> = [
  { name: 'English', text: 'The minister said', counts: { arabic: 0, latin: 15, french: 0 } },
  { name: 'French function words', text: 'Le ministre a dit que la situation est grave', counts: { arabic: 0, latin: 36, french: 36 } },
  { name: 'Arabic then French', text: 'قال le ministre: les négociations', counts: { arabic: 3, latin: 25, french: 25 } },
  { name: 'a function word only as a whole run (été, not lesxyz)', text: 'lesxyz thexyz été', counts: { arabic: 0, latin: 15, french: 15 } },
  { name: 'Arabic punctuation and digits are in the Arabic block', text: 'قال الوزير، 12 ٣', counts: { arabic: 11, latin: 0, french: 0 } },
  { name: 'letters past U+00FF', text: 'Straße über ŁÓDŹ', counts: { arabic: 0, latin: 14, french: 0 } },
  { name: 'a run at the end of the range', text: 'the', counts: { arabic: 0, latin: 3, french: 0 } },
  { name: 'a range inside the text', text: 'xx the yy', start: 3, end: 6, counts: { arabic: 0, latin: 3, french: 0 } },
  { name: 'a range cutting a word', text: 'ab les', start: 4, end: 6, counts: { arabic: 0, latin: 2, french: 0 } },
];

export const PARAGRAPH_CASES: ReadonlyArray<{ name: string; text: string; paragraphs: readonly ParagraphRange[] }> = [
  { name: 'blank lines separate', text: 'One.\n\nTwo.\nstill two.\n\n\nThree.', paragraphs: [{ start: 0, end: 4 }, { start: 6, end: 21 }, { start: 24, end: 30 }] },
  { name: 'no blank line: one paragraph a line, trimmed', text: 'Line one\nLine two\n  Line three  ', paragraphs: [{ start: 0, end: 8 }, { start: 9, end: 17 }, { start: 20, end: 30 }] },
  { name: 'CRLF and lone CR', text: '\n\nFirst\r\n\r\nSecond\rThird', paragraphs: [{ start: 2, end: 7 }, { start: 11, end: 23 }] },
  { name: 'line and paragraph separators', text: 'A\u2028B\u2029\u2029C', paragraphs: [{ start: 0, end: 3 }, { start: 5, end: 6 }] },
  { name: 'blank text', text: '  \n \n', paragraphs: [] },
  { name: 'empty text', text: '', paragraphs: [] },
  { name: 'one line', text: 'Only one', paragraphs: [{ start: 0, end: 8 }] },
  { name: 'a trailing break', text: 'Head\n\nBody\n', paragraphs: [{ start: 0, end: 4 }, { start: 6, end: 10 }] },
];

export const FIRST_AT_LEAST_CASES: ReadonlyArray<{ name: string; column: readonly number[]; from: number; value: number; index: number }> = [
  { name: 'empty column', column: [], from: 0, value: 5, index: 0 },
  { name: 'at from', column: [1, 3, 5], from: 0, value: 1, index: 0 },
  { name: 'past every entry', column: [1, 3, 5], from: 0, value: 6, index: 3 },
  { name: 'between entries', column: [1, 3, 5, 7, 9, 11, 13], from: 0, value: 8, index: 4 },
  { name: 'equal entries: the first', column: [2, 4, 4, 4, 6], from: 0, value: 4, index: 1 },
  { name: 'never before from', column: [1, 3, 5, 7], from: 2, value: 0, index: 2 },
  { name: 'from at the end', column: [1, 3], from: 2, value: 0, index: 2 },
];
