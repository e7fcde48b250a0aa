import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { LANGUAGE_CASES } from './language.cases';

describe('analysis: paragraph and article language', () => {
  for (const c of LANGUAGE_CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      assert.deepEqual(a.paragraphs.map((p) => p.language), c.paragraphs);
      assert.equal(a.language, c.article);
      for (const p of a.paragraphs) assert.equal(c.text.slice(p.start, p.end).trim(), c.text.slice(p.start, p.end));
    });
  }
});
