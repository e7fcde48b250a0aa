import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { ARABIC_FRAME_CASES } from './arabic-frames.cases';

describe('analysis: Arabic cue frames, content and speakers', () => {
  for (const c of ARABIC_FRAME_CASES) {
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
