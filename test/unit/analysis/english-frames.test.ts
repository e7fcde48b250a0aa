import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { FRAME_CASES, IDENTITY_FRAME_CASES } from './english-frames.cases';

describe('analysis: English reporting frames and cue classes', () => {
  for (const c of FRAME_CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      const label = (id: string | null): string | null => (id === null ? null : (a.sources.find((s) => s.id === id)?.label ?? `missing ${id}`));
      const found = a.quotes.map((q) => ({ text: q.text, speaker: label(q.speaker), ...(c.quotes.some((x) => x.text === q.text && x.type) ? { type: q.type } : {}) }));
      assert.deepEqual(found, c.quotes.map((q) => ({ text: q.text, speaker: q.speaker, ...(q.type ? { type: q.type } : {}) })));
      for (const t of c.absent ?? []) assert.ok(!a.quotes.some((q) => q.text.includes(t)), `no quote holds ${JSON.stringify(t)}`);
    });
  }
});

describe('analysis: English source identity from the head noun', () => {
  for (const c of IDENTITY_FRAME_CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      assert.deepEqual(
        a.sources.map((s) => ({ mention: s.mentions[0]!.text, identity: s.identity })),
        c.sources,
      );
    });
  }
});
