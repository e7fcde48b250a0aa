/**
 * The golden round trip on the seed article with the real analysis engine: analyze ->
 * fromAnalysis -> stringify -> file -> read -> parseSidecar -> resolveSidecar: every
 * annotation anchored at the offsets the analysis gave.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../src/core/analysis';
import { fromAnalysis, parseSidecar, resolveSidecar, stringifySidecar } from '../../../src/core/sidecar';
import { readSeed, withTempDir } from './sidecar-files';

describe('golden round trip: analyze(seed) through a sidecar file', () => {
  it('anchors every annotation at the same offsets', () => {
    const seed = readSeed();
    const analysis = analyze(seed);
    const anns = fromAnalysis(analysis, seed, { now: '2026-11-30T10:00:00Z' });
    assert.ok(anns.length >= analysis.sources.length, 'the analysis found something to annotate');
    withTempDir((dir) => {
      fs.writeFileSync(path.join(dir, 'haftar-moscow.ar.txt'), seed);
      const file = path.join(dir, 'haftar-moscow.ar.txt.annotations.yaml');
      fs.writeFileSync(file, stringifySidecar({ version: 1, article: { path: 'haftar-moscow.ar.txt', language: analysis.language }, annotations: anns }));
      const doc = parseSidecar(fs.readFileSync(file, 'utf8'), file);
      assert.deepEqual(doc.sidecar.annotations, anns);
      const text = fs.readFileSync(path.join(dir, doc.sidecar.article.path), 'utf8');
      const anchors = resolveSidecar(doc.sidecar, text);
      assert.deepEqual(anchors, anns.map((a) => ({ id: a.id, status: 'anchored', start: a.target.start, end: a.target.end, score: 1 })));
      // Every span of the analysis is in the sidecar.
      const spans = new Set(anns.map((a) => `${a.kind}:${a.target.start}:${a.target.end}`));
      for (const q of analysis.quotes) assert.ok(spans.has(`quote:${q.start}:${q.end}`));
      for (const c of analysis.claims) assert.ok(spans.has(`claim:${c.start}:${c.end}`));
    });
  });
});
