import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkArticlePath, parseSidecar, resolveSidecar, SIDECAR_SCHEMA } from '../../../src/core/sidecar';
import { EXAMPLE_SIDECAR, SEED_ARTICLE, withTempDir } from './sidecar-files';

describe('annotations/ example sidecar', () => {
  it('validates beside a copy of the seed article and every annotation is anchored', () => {
    withTempDir((dir) => {
      const sidecarPath = path.join(dir, 'haftar-moscow.ar.txt.annotations.yaml');
      fs.copyFileSync(EXAMPLE_SIDECAR, sidecarPath);
      fs.copyFileSync(SEED_ARTICLE, path.join(dir, 'haftar-moscow.ar.txt'));
      const doc = parseSidecar(fs.readFileSync(sidecarPath, 'utf8'), sidecarPath);
      const { article, annotations } = doc.sidecar;
      assert.equal(article.path, 'haftar-moscow.ar.txt');
      assert.equal(checkArticlePath(article.path), null);
      const text = fs.readFileSync(path.join(dir, article.path), 'utf8').replace(/^\uFEFF/, '');
      const count = (kind: string) => annotations.filter((a) => a.kind === kind).length;
      assert.deepEqual([count('source'), count('quote'), count('claim')], [9, 11, 7]);
      const anchors = resolveSidecar(doc.sidecar, text);
      assert.equal(anchors.length, annotations.length);
      for (const [i, a] of anchors.entries()) {
        const ann = annotations[i]!;
        assert.deepEqual(a, { id: ann.id, status: 'anchored', start: ann.target.start, end: ann.target.end, score: 1 });
        assert.equal(text.slice(ann.target.start, ann.target.end), ann.target.exact);
      }
      // 8 of the 11 quotes come from the one anonymous source, as the gold list says.
      const anonymous = annotations.filter((a) => a.kind === 'source' && a.identity === 'anonymous').map((a) => a.id);
      assert.deepEqual(anonymous, ['src-libya-specialist']);
      assert.equal(annotations.filter((a) => a.kind === 'quote' && a.speaker === 'src-libya-specialist').length, 8);
    });
  });

  it('is in text order and explains itself in comments', () => {
    const text = fs.readFileSync(EXAMPLE_SIDECAR, 'utf8');
    const starts = parseSidecar(text, EXAMPLE_SIDECAR).sidecar.annotations.map((a) => a.target.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.ok(text.split('\n').filter((l) => l.trimStart().startsWith('#')).length >= 10);
  });

  it('the schema file is the one the core validates with', () => {
    const onDisk = JSON.parse(fs.readFileSync(path.join(path.dirname(EXAMPLE_SIDECAR), 'sidecar.schema.json'), 'utf8')) as unknown;
    assert.deepEqual(onDisk, SIDECAR_SCHEMA);
  });
});
