import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { SPEAKER_CASES } from './speakers.cases';

describe('analysis: speaker linking and source merging', () => {
  for (const c of SPEAKER_CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      const label = (id: string | null): string | null => (id === null ? null : (a.sources.find((s) => s.id === id)?.label ?? `missing ${id}`));
      assert.deepEqual(
        a.quotes.map((q) => label(q.speaker)),
        c.speakers,
      );
      if (c.sources) assert.deepEqual(a.sources.map((s) => [s.label, s.mentions.length]), c.sources);
    });
  }
});
