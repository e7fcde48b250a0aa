import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { CUE_CASES } from './cues.cases';

describe('analysis: reporting cues, indirect quotes and speakers', () => {
  for (const c of CUE_CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      const label = (id: string | null): string | null => (id === null ? null : (a.sources.find((s) => s.id === id)?.label ?? `missing ${id}`));
      assert.deepEqual(
        a.quotes.map((q) => ({ text: q.text, direct: q.direct, speaker: label(q.speaker) })),
        c.quotes,
      );
    });
  }
});
