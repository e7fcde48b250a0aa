/**
 * Cases for renderArticle: a text, its paragraphs and marks in; each paragraph's tree out,
 * written compactly: a leaf is its text, a mark fragment is `[markId, head?, ...children]`.
 */
import type { ArticleMark } from '../../../../src/vscode/reading-view/article-marks';
import type { ParagraphInput } from '../../../../src/vscode/reading-view/render-article';

/** A compact tree: text leaves as strings, fragments as `{ id, head, children }`. */
export type Shape = string | { readonly id: string; readonly head: boolean; readonly children: readonly Shape[] };

export interface RenderCase {
  readonly name: string;
  readonly text: string;
  readonly paragraphs: readonly ParagraphInput[];
  readonly marks: readonly ArticleMark[];
  /** Per paragraph: its tree. */
  readonly expected: readonly (readonly Shape[])[];
  /** Per paragraph: its dir, when the case is about direction. */
  readonly dirs?: readonly ('rtl' | 'ltr')[];
}

const mark = (id: string, start: number, end: number, layer: ArticleMark['layer'] = 'finding'): ArticleMark => ({
  id, layer, kind: 'quote', look: 'quote-direct', start, end,
});
const f = (id: string, head: boolean, ...children: Shape[]): Shape => ({ id, head, children });
const whole = (text: string, language: ParagraphInput['language'] = 'en'): ParagraphInput[] => [{ start: 0, end: text.length, language }];

export const RENDER_CASES: readonly RenderCase[] = [
  { name: 'no marks: one leaf per paragraph', text: 'abcdefghij', paragraphs: whole('abcdefghij'), marks: [], expected: [['abcdefghij']] },
  {
    name: 'a mark inside another nests',
    text: 'abcdefghij', paragraphs: whole('abcdefghij'),
    marks: [mark('A', 0, 10), mark('B', 2, 5)],
    expected: [[f('A', true, 'ab', f('B', true, 'cde'), 'fghij')]],
  },
  {
    name: 'crossing marks: the inner one is closed at its parent’s end and continued',
    text: 'abcdefghij', paragraphs: whole('abcdefghij'),
    marks: [mark('A', 0, 6), mark('B', 3, 9)],
    expected: [[f('A', true, 'abc', f('B', true, 'def')), f('B', false, 'ghi'), 'j']],
  },
  {
    name: 'same range: the finding is outside, the annotation (stronger) inside',
    text: 'abcdef', paragraphs: whole('abcdef'),
    marks: [mark('f1', 1, 4, 'finding'), mark('a1', 1, 4, 'annotation')],
    expected: [['a', f('f1', true, f('a1', true, 'bcd')), 'ef']],
  },
  {
    name: 'adjacent marks stay siblings',
    text: 'abcdef', paragraphs: whole('abcdef'),
    marks: [mark('A', 0, 3), mark('B', 3, 6)],
    expected: [[f('A', true, 'abc'), f('B', true, 'def')]],
  },
  {
    name: 'a mark across a paragraph break is clipped to each paragraph; only the first part is the head',
    text: 'abcd\n\nefgh',
    paragraphs: [{ start: 0, end: 4, language: 'en' }, { start: 6, end: 10, language: 'en' }],
    marks: [mark('A', 2, 8)],
    expected: [['ab', f('A', true, 'cd')], [f('A', false, 'ef'), 'gh']],
  },
  {
    name: 'a mark wholly between paragraphs is not drawn',
    text: 'ab\n\n\ncd',
    paragraphs: [{ start: 0, end: 2, language: 'en' }, { start: 5, end: 7, language: 'en' }],
    marks: [mark('A', 3, 4)],
    expected: [['ab'], ['cd']],
  },
  {
    name: 'Arabic paragraphs are rtl even when they start with a Latin name; English ones ltr; undetermined ones by their first strong letter',
    text: 'BBC قالت إن\n\nPeskov said\n\nقال\n\n123',
    paragraphs: [
      { start: 0, end: 11, language: 'ar' },
      { start: 13, end: 24, language: 'en' },
      { start: 26, end: 29, language: 'und' },
      { start: 31, end: 34, language: 'und' },
    ],
    marks: [],
    expected: [['BBC قالت إن'], ['Peskov said'], ['قال'], ['123']],
    // The digits-only paragraph takes the first paragraph's direction.
    dirs: ['rtl', 'ltr', 'rtl', 'rtl'],
  },
  {
    name: 'tashkeel and astral characters: leaves cut at code-unit offsets, the text kept whole',
    // قالَ (4 letters + fatha) then 𝔸 (2 units) then 😀 (2 units) then مُتخصّصة
    text: 'قالَ 𝔸 😀 مُتخصّصة', paragraphs: whole('قالَ 𝔸 😀 مُتخصّصة', 'ar'),
    marks: [mark('A', 5, 7), mark('B', 11, 20)],
    expected: [['قالَ ', f('A', true, '𝔸'), ' 😀 ', f('B', true, 'مُتخصّصة')]],
    dirs: ['rtl'],
  },
];
