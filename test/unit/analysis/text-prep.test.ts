import * as assert from 'node:assert/strict';
import { countScripts } from '../../../src/core/analysis/detect-language';
import { splitParagraphs } from '../../../src/core/analysis/split-paragraphs';
import { firstAtLeast } from '../../../src/core/analysis/tokenize';
import { FIRST_AT_LEAST_CASES, PARAGRAPH_CASES, SCRIPT_CASES } from './text-prep.cases';

describe('analysis: text preparation', () => {
  describe('countScripts', () => {
    for (const c of SCRIPT_CASES) it(c.name, () => assert.deepEqual(countScripts(c.text, c.start ?? 0, c.end ?? c.text.length), c.counts));
  });
  describe('splitParagraphs', () => {
    for (const c of PARAGRAPH_CASES) it(c.name, () => assert.deepEqual(splitParagraphs(c.text), c.paragraphs));
  });
  describe('firstAtLeast', () => {
    for (const c of FIRST_AT_LEAST_CASES) it(c.name, () => assert.equal(firstAtLeast(Int32Array.from(c.column), c.from, c.value), c.index));
    it('agrees with a linear search on random columns', () => {
      let seed = 7;
      const rand = (n: number): number => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed % n;
      };
      for (let r = 0; r < 300; r++) {
        const column = new Int32Array(rand(80));
        for (let i = 1; i < column.length; i++) column[i] = column[i - 1]! + rand(3);
        const from = rand(column.length + 1);
        const value = rand((column[column.length - 1] ?? 0) + 3) - 1;
        let want = from;
        while (want < column.length && column[want]! < value) want++;
        assert.equal(firstAtLeast(column, from, value), want);
      }
    });
  });
});
