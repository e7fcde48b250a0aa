import * as assert from 'node:assert/strict';
import {
  createSidecarDocument, mergeIntoDocument, mergeSidecars, parseSidecar, type Annotation, type Sidecar,
} from '../../../src/core/sidecar';
import { BASE, MERGE_CASES, type MergeCase } from './merge-sidecars.cases';

/** The expected annotations with `RENAMED:x` ids replaced by the ids the merge chose. */
function expectedFor(c: MergeCase, result: Sidecar): Record<string, Annotation> {
  const plain = Object.keys(c.expected).filter((k) => !k.startsWith('RENAMED:'));
  const renames = new Map<string, string>();
  for (const key of Object.keys(c.expected).filter((k) => k.startsWith('RENAMED:'))) {
    const want = c.expected[key] as Annotation;
    const found = result.annotations.find((a) => !plain.includes(a.id) && a.target.start === want.target.start);
    assert.ok(found, `renamed ${key} is in the result`);
    assert.notEqual(found.id, want.id);
    assert.ok(found.id.startsWith(want.kind === 'source' ? 'src-' : 'clm-'), found.id);
    renames.set(key, found.id);
  }
  const fix = (v: string | undefined): string | undefined => (v !== undefined ? (renames.get(v) ?? v) : v);
  const out: Record<string, Annotation> = {};
  for (const [key, a] of Object.entries(c.expected)) {
    const id = renames.get(key) ?? key;
    const speaker = fix(a.speaker), source = fix(a.source);
    out[id] = { ...a, id, ...(speaker ? { speaker } : {}), ...(source ? { source } : {}) };
  }
  return out;
}

const byId = (s: Sidecar): Record<string, Annotation> => Object.fromEntries(s.annotations.map((a) => [a.id, a]));

describe('mergeSidecars', () => {
  for (const c of MERGE_CASES) {
    it(c.name, () => {
      const base = c.base ? c.base(BASE) : BASE;
      const ours = c.ours(base), theirs = c.theirs(base);
      const { sidecar, conflicts } = mergeSidecars(base, ours, theirs);
      assert.deepEqual(byId(sidecar), expectedFor(c, sidecar));
      assert.deepEqual(conflicts, c.conflicts);
      assert.deepEqual(sidecar.retired ?? [], c.retired ?? []);
      // The merged file is valid: references resolve, nothing dangles, it stringifies.
      const reread = parseSidecar(createSidecarDocument(sidecar).toString(), 'merged.yaml');
      assert.deepEqual(byId(reread.sidecar), byId(sidecar));
      if (c.name.startsWith('article')) assert.equal(sidecar.article.sha256, 'b'.repeat(64));
    });
  }
});

describe('mergeIntoDocument', () => {
  for (const c of MERGE_CASES) {
    it(`${c.name} (on the document from disk, comments kept)`, () => {
      const base = c.base ? c.base(BASE) : BASE;
      const ours = c.ours(base), theirs = c.theirs(base);
      const onDisk = '# their file, with a comment\n' + createSidecarDocument(theirs).toString();
      const doc = parseSidecar(onDisk, 'theirs.yaml');
      const conflicts = mergeIntoDocument(doc, base, ours);
      const expected = mergeSidecars(base, ours, theirs);
      assert.deepEqual(conflicts, expected.conflicts);
      assert.deepEqual(byId(doc.sidecar), byId(expected.sidecar));
      assert.deepEqual([...(doc.sidecar.retired ?? [])].sort(), expected.sidecar.retired ?? []);
      const saved = doc.toString();
      assert.ok(saved.startsWith('# their file, with a comment\n'));
      assert.deepEqual(byId(parseSidecar(saved, 'saved.yaml').sidecar), byId(expected.sidecar));
    });
  }
});
