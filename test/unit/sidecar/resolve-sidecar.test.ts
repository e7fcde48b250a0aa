import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseSidecar, reanchorDocument, resolveSidecar } from '../../../src/core/sidecar';
import { ARTICLE_EDIT_CASES } from './resolve-sidecar.cases';
import { diffLines } from './line-diff';
import { EXAMPLE_SIDECAR, readSeed } from './sidecar-files';

const seed = readSeed();
const exampleText = fs.readFileSync(EXAMPLE_SIDECAR, 'utf8');

describe('resolveSidecar + reanchorDocument', () => {
  for (const c of ARTICLE_EDIT_CASES) {
    it(c.name, () => {
      const doc = parseSidecar(exampleText, EXAMPLE_SIDECAR);
      const before = doc.sidecar.annotations;
      const text = c.edit(seed);
      const anchors = resolveSidecar(doc.sidecar, text);
      assert.deepEqual(anchors.map((a) => a.id), before.map((a) => a.id), 'one anchor per annotation, in file order');

      let moved = 0;
      anchors.forEach((anchor, i) => {
        const a = before[i]!;
        const want = c.where(a.target.start, a.target.exact, seed);
        if (want === null) {
          assert.deepEqual(anchor, { id: a.id, status: 'orphaned', start: null, end: null, score: null });
          return;
        }
        const status = want === a.target.start ? 'anchored' : c.status;
        if (status !== 'anchored') moved++;
        assert.equal(anchor.status, status, a.id);
        assert.equal(anchor.start, want, a.id);
        assert.equal(anchor.end, want + a.target.exact.length, a.id);
        assert.equal(text.slice(want, want + a.target.exact.length), a.target.exact);
      });

      const changed = reanchorDocument(doc, text, anchors);
      assert.equal(changed, moved);
      // After --fix every found annotation is anchored where it now is; orphans are untouched.
      const after = resolveSidecar(doc.sidecar, text);
      after.forEach((anchor, i) => {
        const a = before[i]!;
        const now = doc.sidecar.annotations[i]!;
        if (anchors[i]!.status === 'orphaned') {
          assert.equal(anchor.status, 'orphaned');
          assert.deepEqual(now, a, 'an orphan is left exactly as it was');
        } else {
          assert.equal(anchor.status, 'anchored', a.id);
          assert.equal(now.target.start, anchors[i]!.start);
        }
      });
      assert.equal(doc.sidecar.annotations.length, before.length, 'nothing is dropped');
      // Only target lines change in the file; comments and everything else stay.
      const diff = diffLines(exampleText, doc.toString());
      for (const line of [...diff.removed, ...diff.added]) {
        assert.match(line, /^ {6}(exact|prefix|suffix|start|end): /, line);
      }
    });
  }
});
