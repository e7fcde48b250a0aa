/**
 * Durable sidecar files: atomic writes, loading, saving with a merge when the file changed on
 * disk, never overwriting a broken sidecar, and exact offsets for BOM/CRLF articles. Real
 * files in temp folders, the real `yaml` parser, no mocks of `fs`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { resolveSidecar, SidecarParseError } from '../../../src/core/sidecar';
import type { Sidecar } from '../../../src/core/sidecar/types';
import { writeFileAtomic } from '../../../src/io/atomic-write';
import { FileReadError, readTextFile } from '../../../src/io/read-text-file';
import { sha256Hex } from '../../../src/io/sha256';
import { ArticlePathError, articlePathForSidecar, articleRelPathFor, isSidecarPath, sidecarPathFor } from '../../../src/io/sidecar-path';
import { createSidecarFile, loadSidecarFile, saveSidecarFile, SidecarExistsError } from '../../../src/io/sidecar-store';
import { ENCODING_CASES, FAILING_WRITES, MERGE_CASES } from './store.cases';
import {
  assertUntouched,
  listDir,
  makeTempDir,
  offsetOf,
  removeTempDir,
  SEED_ANNOTATIONS,
  SEED_NAME,
  SEED_TEXT,
  sidecarObject,
  sidecarYaml,
  snapshotFile,
  writeArticleWithSidecar,
} from './temp-sidecars';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  removeTempDir(dir);
});

describe('sidecar paths', () => {
  it('puts the sidecar beside the article: NAME.EXT -> NAME.EXT.annotations.yaml', () => {
    assert.equal(sidecarPathFor('news/a.ar.txt'), 'news/a.ar.txt.annotations.yaml');
    assert.ok(isSidecarPath('news/a.ar.txt.annotations.yaml'));
    assert.ok(!isSidecarPath('news/a.ar.txt'));
    assert.ok(!isSidecarPath('news/.annotations.yaml'));
  });

  it('resolves article.path inside the folder and refuses every way out', () => {
    assert.equal(articlePathForSidecar(path.join('d', 'a.txt.annotations.yaml'), 'a.txt'), path.join('d', 'a.txt'));
    assert.equal(articlePathForSidecar(path.join('d', 's.yaml'), 'sub/../b.txt'), path.join('d', 'b.txt'));
    for (const bad of ['../secret.txt', '/etc/passwd', 'a/../../b', '..\\..\\x', 'C:\\Windows\\x', '\\\\server\\share\\x', '', '.', 'a\0b']) {
      assert.throws(() => articlePathForSidecar('d/s.annotations.yaml', bad), ArticlePathError, JSON.stringify(bad));
    }
  });

  it('stores the article path relative to the sidecar, with forward slashes', () => {
    assert.equal(articleRelPathFor(path.join(dir, 'a.txt.annotations.yaml'), path.join(dir, 'a.txt')), 'a.txt');
  });
});

describe('sha256Hex', () => {
  it('hashes the UTF-8 text, ignoring a BOM', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('\uFEFFabc'), sha256Hex('abc'));
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.notEqual(sha256Hex('a\r\nb'), sha256Hex('a\nb'));
  });
});

describe('writeFileAtomic', () => {
  it('writes a new file, replaces an existing one, and leaves no temporary file', async () => {
    const file = path.join(dir, 'a.yaml');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, new TextEncoder().encode('second, as bytes'));
    await writeFileAtomic(file, ['third ', Buffer.from('in chunks')]);
    assert.equal(fs.readFileSync(file, 'utf8'), 'third in chunks');
    assert.deepEqual(listDir(dir), ['a.yaml']);
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const file = path.join(dir, 'a.yaml');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
  });

  it('writes through a symbolic link, keeping the link', async () => {
    const real = path.join(dir, 'real.yaml');
    const link = path.join(dir, 'link.yaml');
    fs.writeFileSync(real, 'old');
    fs.symlinkSync(real, link);
    await writeFileAtomic(link, 'new');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(real, 'utf8'), 'new');
  });

  for (const c of FAILING_WRITES) {
    it(`fails cleanly: ${c.name}`, async () => {
      const target = c.setup(dir);
      const before = fs.existsSync(target) && fs.statSync(target).isFile() ? snapshotFile(target) : null;
      const listing = listDir(dir);
      await assert.rejects(writeFileAtomic(target, c.data, { overwrite: c.overwrite }), (err: NodeJS.ErrnoException) => {
        if (c.expect.code) assert.ok(c.expect.code.includes(err.code ?? ''), `code ${err.code} not in ${c.expect.code.join('/')}`);
        if (c.expect.message) assert.match(err.message, c.expect.message);
        return true;
      });
      assert.deepEqual(listDir(dir), listing, 'a temporary file was left behind (or the target appeared)');
      if (before) assertUntouched(before);
    });
  }
});

describe('loadSidecarFile', () => {
  it('reads, parses and snapshots a sidecar; the file is not touched', async () => {
    const { sidecarPath, articlePath } = writeArticleWithSidecar(dir);
    const snap = snapshotFile(sidecarPath);
    const loaded = await loadSidecarFile(sidecarPath);
    assert.equal(loaded.path, sidecarPath);
    assert.equal(loaded.articlePath, articlePath);
    assert.equal(loaded.raw, fs.readFileSync(sidecarPath, 'utf8'));
    assert.equal(loaded.rawSha, sha256Hex(loaded.raw));
    assert.equal(loaded.base.annotations.length, SEED_ANNOTATIONS.length);
    assert.deepEqual(loaded.base, JSON.parse(JSON.stringify(loaded.doc.sidecar)));
    loaded.doc.updateAnnotation('qt-peskov', { note: 'changed in memory' });
    assert.equal(loaded.base.annotations.find((a) => a.id === 'qt-peskov')?.note, undefined, 'the base snapshot followed an edit');
    assertUntouched(snap);
  });

  it('throws FileReadError for a missing sidecar', async () => {
    await assert.rejects(loadSidecarFile(path.join(dir, 'none.txt.annotations.yaml')), (err: unknown) => err instanceof FileReadError && err.problem === 'missing');
  });
});

describe('saveSidecarFile', () => {
  it('load -> change one note -> save: comments kept, exactly one line differs, no temp files', async () => {
    const { sidecarPath } = writeArticleWithSidecar(dir);
    const before = fs.readFileSync(sidecarPath, 'utf8');
    const loaded = await loadSidecarFile(sidecarPath);
    const index = loaded.doc.sidecar.annotations.findIndex((a) => a.id === 'src-specialist');
    loaded.doc.updateAnnotation('src-specialist', { status: 'disputed' });
    const result = await saveSidecarFile(loaded, loaded.doc);
    assert.equal(result.merged, false);
    assert.deepEqual(result.conflicts, []);
    const after = fs.readFileSync(sidecarPath, 'utf8');
    const changed = diffLines(before, after);
    assert.equal(changed.length, 1, `changed lines: ${JSON.stringify(changed)}`);
    assert.match(changed[0] ?? '', /status: disputed/);
    assert.ok(after.startsWith('# Annotations by a careful analyst'));
    assert.ok(after.includes('# the article beside this file\narticle:\n'));
    assert.ok(after.includes('language: ar # Arabic\n'));
    assert.equal((parseDocument(after).toJS() as Sidecar).annotations[index]?.status, 'disputed');
    assert.equal(result.loaded.raw, after);
    assert.deepEqual(listDir(dir), [SEED_NAME, SEED_NAME + '.annotations.yaml']);
  });

  it('saves twice in a row from the returned LoadedSidecar without a spurious merge', async () => {
    const { sidecarPath } = writeArticleWithSidecar(dir);
    const first = await loadSidecarFile(sidecarPath);
    first.doc.updateAnnotation('qt-peskov', { note: 'one' });
    const saved = await saveSidecarFile(first, first.doc);
    saved.loaded.doc.updateAnnotation('qt-peskov', { note: 'two' });
    const again = await saveSidecarFile(saved.loaded, saved.loaded.doc);
    assert.equal(again.merged, false);
    assert.equal((await loadSidecarFile(sidecarPath)).doc.sidecar.annotations.find((a) => a.id === 'qt-peskov')?.note, 'two');
  });

  for (const c of MERGE_CASES) {
    it(`merges an external change: ${c.name}`, async () => {
      const { sidecarPath } = writeArticleWithSidecar(dir);
      const loaded = await loadSidecarFile(sidecarPath);
      c.ours(loaded.doc);
      fs.writeFileSync(sidecarPath, c.theirs(fs.readFileSync(sidecarPath, 'utf8')));
      const result = await saveSidecarFile(loaded, loaded.doc);
      assert.equal(result.merged, true);
      assert.deepEqual([...result.conflicts].sort(), [...c.expectConflicts].sort());
      const text = fs.readFileSync(sidecarPath, 'utf8');
      const reloaded = await loadSidecarFile(sidecarPath);
      c.check(reloaded.doc.sidecar, text);
      assert.equal(result.loaded.raw, text);
      assert.deepEqual(listDir(dir), [SEED_NAME, SEED_NAME + '.annotations.yaml']);
    });
  }

  it('never overwrites a sidecar that stopped parsing on disk: throws, file byte-for-byte the broken one', async () => {
    const { sidecarPath } = writeArticleWithSidecar(dir);
    const loaded = await loadSidecarFile(sidecarPath);
    loaded.doc.updateAnnotation('qt-peskov', { note: 'ours' });
    fs.writeFileSync(sidecarPath, fs.readFileSync(sidecarPath, 'utf8').replace('annotations:', 'annotations: [unclosed'));
    const broken = snapshotFile(sidecarPath);
    await assert.rejects(saveSidecarFile(loaded, loaded.doc), (err: unknown) => {
      assert.ok(err instanceof SidecarParseError, String(err));
      assert.equal(err.file, sidecarPath);
      assert.ok(err.line > 1);
      assert.match(err.message, new RegExp(`^${escapeRegExp(sidecarPath)}:\\d+:\\d+: `));
      return true;
    });
    assertUntouched(broken);
    assert.deepEqual(listDir(dir), [SEED_NAME, SEED_NAME + '.annotations.yaml']);
  });

  it('never overwrites a sidecar that stopped validating on disk (a dangling speaker)', async () => {
    const { sidecarPath } = writeArticleWithSidecar(dir);
    const loaded = await loadSidecarFile(sidecarPath);
    loaded.doc.updateAnnotation('qt-peskov', { note: 'ours' });
    fs.writeFileSync(sidecarPath, fs.readFileSync(sidecarPath, 'utf8').replace('speaker: src-peskov', 'speaker: src-nobody'));
    const broken = snapshotFile(sidecarPath);
    await assert.rejects(saveSidecarFile(loaded, loaded.doc), SidecarParseError);
    assertUntouched(broken);
  });

  it('writes nothing when nothing changed (the file keeps its bytes and mtime)', async () => {
    const { sidecarPath } = writeArticleWithSidecar(dir);
    const snap = snapshotFile(sidecarPath);
    const loaded = await loadSidecarFile(sidecarPath);
    const result = await saveSidecarFile(loaded, loaded.doc);
    assert.equal(result.merged, false);
    assert.equal(result.loaded.mtimeMs, snap.mtimeMs);
    assertUntouched(snap);
  });

  it('writes a sidecar deleted on disk since it was loaded back from memory', async () => {
    const { sidecarPath } = writeArticleWithSidecar(dir);
    const loaded = await loadSidecarFile(sidecarPath);
    loaded.doc.updateAnnotation('qt-peskov', { note: 'the only copy' });
    fs.unlinkSync(sidecarPath);
    const result = await saveSidecarFile(loaded, loaded.doc);
    assert.equal(result.merged, false);
    assert.match(fs.readFileSync(sidecarPath, 'utf8'), /the only copy/);
  });

  it('keeps a sidecar BOM and CRLF line endings; only the changed line differs', async () => {
    const { sidecarPath } = writeArticleWithSidecar(dir);
    const crlf = '\uFEFF' + fs.readFileSync(sidecarPath, 'utf8').replace(/\n/g, '\r\n');
    fs.writeFileSync(sidecarPath, crlf);
    const loaded = await loadSidecarFile(sidecarPath);
    assert.equal(loaded.bom, true);
    assert.equal(loaded.eol, '\r\n');
    loaded.doc.updateAnnotation('clm-2019', { status: 'verified' });
    await saveSidecarFile(loaded, loaded.doc);
    const bytes = fs.readFileSync(sidecarPath);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM lost');
    const after = bytes.subarray(3).toString('utf8');
    assert.equal(after.split('\n').length, after.split('\r\n').length, 'a bare LF was written');
    assert.equal(diffLines(crlf.slice(1), after).length, 1);
  });
});

describe('createSidecarFile', () => {
  it('creates the sidecar beside the article, with article.path relative to it', async () => {
    const articlePath = path.join(dir, SEED_NAME);
    fs.writeFileSync(articlePath, SEED_TEXT);
    const sidecar = sidecarObject('somewhere/else.txt', SEED_TEXT, SEED_ANNOTATIONS) as unknown as Sidecar;
    const loaded = await createSidecarFile(articlePath, sidecar);
    assert.equal(loaded.path, sidecarPathFor(articlePath));
    assert.equal(loaded.articlePath, articlePath);
    const reread = await loadSidecarFile(loaded.path);
    assert.equal(reread.doc.sidecar.article.path, SEED_NAME);
    assert.equal(reread.doc.sidecar.annotations.length, SEED_ANNOTATIONS.length);
  });

  it('refuses to overwrite an existing sidecar', async () => {
    const { articlePath, sidecarPath } = writeArticleWithSidecar(dir);
    const snap = snapshotFile(sidecarPath);
    const sidecar = sidecarObject(SEED_NAME, SEED_TEXT, SEED_ANNOTATIONS.slice(0, 1)) as unknown as Sidecar;
    await assert.rejects(createSidecarFile(articlePath, sidecar), SidecarExistsError);
    assertUntouched(snap);
    assert.deepEqual(listDir(dir), [SEED_NAME, SEED_NAME + '.annotations.yaml']);
  });
});

describe('articles with a BOM and/or CRLF: offsets exact', () => {
  for (const c of ENCODING_CASES) {
    it(c.name, async () => {
      const text = c.crlf ? SEED_TEXT.replace(/\n/g, '\r\n') : SEED_TEXT;
      const bytes = Buffer.concat([Buffer.from(c.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
      // The sidecar was made against the text as an editor shows it: BOM removed, line endings kept.
      const { sidecarPath, articlePath } = writeArticleWithSidecar(dir, { text, articleBytes: bytes, sidecarText: sidecarYaml(SEED_NAME, text) });
      const loaded = await loadSidecarFile(sidecarPath);
      const article = await readTextFile(articlePath);
      assert.equal(article.bom, c.bom);
      assert.equal(sha256Hex(article.text), loaded.doc.sidecar.article.sha256);
      const anchors = resolveSidecar(loaded.doc.sidecar, article.text);
      for (const spec of SEED_ANNOTATIONS) {
        const anchor = anchors.find((a) => a.id === spec.id);
        const start = offsetOf(text, spec.phrase);
        assert.equal(anchor?.status, 'anchored', spec.id);
        assert.equal(anchor?.start, start, spec.id);
        assert.equal(anchor?.end, start + spec.phrase.length, spec.id);
        assert.equal(article.text.slice(start, start + spec.phrase.length), spec.phrase);
      }
    });
  }
});

/** The lines of `after` that differ from `before`, when both have the same number of lines. */
function diffLines(before: string, after: string): string[] {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  assert.equal(b.length, a.length, `line count changed: ${a.length} -> ${b.length}`);
  return b.filter((line, i) => line !== a[i]);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
