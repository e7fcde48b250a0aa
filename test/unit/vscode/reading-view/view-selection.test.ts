import * as assert from 'node:assert/strict';
import { checkViewSelection } from '../../../../src/vscode/reading-view/view-selection';

// مُتخصّصة carries a damma and a shadda (combining marks, one code unit each); 𝔸 and 😀 are two units each.
const TEXT = 'قالت مُتخصّصة 𝔸 😀.';
const at = (word: string): number => TEXT.indexOf(word);

describe('checkViewSelection', () => {
  const cases: { name: string; start: unknown; end: unknown; expected: [number, number] | 'refused' }[] = [
    { name: 'a word with tashkeel is kept as selected, marks included', start: at('مُتخصّصة'), end: at('مُتخصّصة') + 'مُتخصّصة'.length, expected: [5, 13] },
    { name: 'a selection ending after a combining mark keeps it', start: 5, end: 7, expected: [5, 7] },
    { name: 'an astral character selected whole', start: at('𝔸'), end: at('𝔸') + 2, expected: [14, 16] },
    { name: 'a start between a surrogate pair’s halves moves back', start: at('𝔸') + 1, end: at('𝔸') + 2, expected: [14, 16] },
    { name: 'an end between an emoji’s halves moves forward', start: at('😀'), end: at('😀') + 1, expected: [17, 19] },
    { name: 'a caret (empty selection) is fine', start: 3, end: 3, expected: [3, 3] },
    { name: 'the whole text', start: 0, end: TEXT.length, expected: [0, TEXT.length] },
    { name: 'past the end is refused', start: 0, end: TEXT.length + 1, expected: 'refused' },
    { name: 'negative is refused', start: -1, end: 2, expected: 'refused' },
    { name: 'backwards is refused', start: 4, end: 2, expected: 'refused' },
    { name: 'fractions are refused', start: 1.5, end: 2, expected: 'refused' },
    { name: 'strings are refused', start: '1', end: 2, expected: 'refused' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = checkViewSelection(TEXT, c.start, c.end);
      if (c.expected === 'refused') assert.ok('refused' in got, JSON.stringify(got));
      else assert.deepEqual(got, { start: c.expected[0], end: c.expected[1] });
    });
  }
  it('the checked offsets are the words themselves', () => {
    const got = checkViewSelection(TEXT, at('𝔸') + 1, at('😀') + 1);
    assert.ok(!('refused' in got));
    assert.equal(TEXT.slice(got.start, got.end), '𝔸 😀');
  });
});
