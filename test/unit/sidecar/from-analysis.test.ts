import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fromAnalysis, parseSidecar, resolveSidecar, stringifySidecar } from '../../../src/core/sidecar';
import { goldAnalysis } from './gold-analysis';
import { readSeed, withTempDir } from './sidecar-files';

const seed = readSeed();

describe('fromAnalysis', () => {
  const analysis = goldAnalysis(seed);

  it('makes one annotation per source, quote and claim, linked by id, in text order', () => {
    const anns = fromAnalysis(analysis, seed, { author: 'tester', now: '2026-11-30T10:00:00Z' });
    const count = (k: string) => anns.filter((a) => a.kind === k).length;
    assert.deepEqual([count('source'), count('quote'), count('claim')], [9, 11, 7]);
    const ids = anns.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
    const starts = anns.map((a) => a.target.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    const byId = new Map(anns.map((a) => [a.id, a]));
    const specialist = anns.find((a) => a.kind === 'source' && a.identity === 'anonymous');
    assert.ok(specialist);
    assert.equal(specialist.target.exact, 'متخصصة في الشؤون الليبية رفضت الكشف عن هويتها لأسباب أمنية');
    assert.equal(anns.filter((a) => a.speaker === specialist.id).length, 8);
    for (const a of anns) {
      assert.equal(a.status, 'unverified');
      assert.equal(a.author, 'tester');
      assert.equal(a.created, '2026-11-30T10:00:00Z');
      assert.equal(seed.slice(a.target.start, a.target.end), a.target.exact);
      for (const ref of [a.speaker, a.source]) if (ref) assert.equal(byId.get(ref)?.kind, 'source');
      assert.match(a.id, /^(src|qt|clm)-[0-9a-f]{8}$/);
    }
    const indirect = anns.filter((a) => a.kind === 'quote' && a.direct === false);
    assert.deepEqual(indirect.map((a) => a.target.exact), ['عدد أفراد مجموعة فاغنر في ليبيا لا يتعدى ألف مقاتل']);
    assert.equal(anns.filter((a) => a.kind === 'claim' && a.source === undefined).length, 4);
  });

  it('gives the same ids for the same analysis, and avoids ids already taken or retired', () => {
    const first = fromAnalysis(analysis, seed);
    assert.deepEqual(fromAnalysis(analysis, seed).map((a) => a.id), first.map((a) => a.id));
    const taken = new Set([first[0]!.id, first[3]!.id]);
    const second = fromAnalysis(analysis, seed, { existingIds: taken });
    for (const a of second) assert.ok(!taken.has(a.id), a.id);
    assert.equal(second[0]!.id, `${first[0]!.id}-2`);
    assert.equal(second[1]!.id, first[1]!.id);
  });

  it('golden round trip on the gold list: stringify, write, read, parse, resolve: all anchored in place', () => {
    const anns = fromAnalysis(analysis, seed);
    withTempDir((dir) => {
      fs.writeFileSync(path.join(dir, 'haftar-moscow.ar.txt'), seed);
      const file = path.join(dir, 'haftar-moscow.ar.txt.annotations.yaml');
      fs.writeFileSync(file, stringifySidecar({ version: 1, article: { path: 'haftar-moscow.ar.txt', language: 'ar' }, annotations: anns }));
      const doc = parseSidecar(fs.readFileSync(file, 'utf8'), file);
      assert.deepEqual(doc.sidecar.annotations, anns);
      const text = fs.readFileSync(path.join(dir, doc.sidecar.article.path), 'utf8');
      const anchors = resolveSidecar(doc.sidecar, text);
      assert.deepEqual(anchors, anns.map((a) => ({ id: a.id, status: 'anchored', start: a.target.start, end: a.target.end, score: 1 })));
    });
  });
});
