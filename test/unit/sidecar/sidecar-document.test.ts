import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseSidecar, SidecarEditError, type Annotation, type SidecarDocument } from '../../../src/core/sidecar';
import { EDIT_CASES } from './sidecar-document.cases';
import { diffLines } from './line-diff';

const FIXTURE = path.join(__dirname, 'fixtures', 'hand-commented.annotations.yaml');
const original = fs.readFileSync(FIXTURE, 'utf8');
const load = (): SidecarDocument => parseSidecar(original, FIXTURE);

function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'pipe' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

describe('SidecarDocument', () => {
  it('gives back a hand-written file byte for byte when nothing changed', () => {
    assert.equal(load().toString(), original);
  });

  for (const c of EDIT_CASES) {
    it(`keeps everything else: ${c.name}`, () => {
      const doc = load();
      c.edit(doc);
      const saved = doc.toString();
      const diff = diffLines(original, saved);
      assert.deepEqual(diff, { removed: [...c.removed], added: [...c.added] }, saved);
      // The saved text means what the document holds, and reads back the same.
      assert.deepEqual(parseSidecar(saved, 'saved.yaml').sidecar, doc.sidecar);
      for (const comment of original.split('\n').filter((l) => l.trim().startsWith('#'))) {
        assert.ok(saved.includes(comment), `comment kept: ${comment}`);
      }
    });
  }

  it('load -> change one note -> save is a one-line git diff', function () {
    if (!hasGit()) this.skip(); // git is on this project's machines; the LCS check above stands in elsewhere
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecar-diff-'));
    try {
      const before = path.join(dir, 'before.yaml');
      const after = path.join(dir, 'after.yaml');
      fs.writeFileSync(before, original);
      const doc = parseSidecar(fs.readFileSync(before, 'utf8'), before);
      doc.updateAnnotation('qt-situation', { note: 'second reading' });
      fs.writeFileSync(after, doc.toString());
      let out = '';
      try {
        execFileSync('git', ['diff', '--no-index', '--numstat', before, after], { encoding: 'utf8', stdio: 'pipe' });
      } catch (e) {
        // git diff exits 1 when the files differ: that is the case we expect.
        out = String((e as { stdout?: string }).stdout ?? '');
      }
      assert.match(out, /^1\t1\t/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a layout it cannot keep (4-space indent, a note folded over two lines) is normalised, not corrupted', () => {
    const odd = [
      'version: 1', 'article:', '    path: a.txt', 'annotations:', '    - id: src-a', '      kind: source',
      '      target: {exact: x, prefix: "", suffix: "", start: 0, end: 1}', '      status: unverified',
      '      note: a note written', '        over two lines', '',
    ].join('\n');
    const doc = parseSidecar(odd, 'odd.yaml');
    assert.equal(doc.getAnnotation('src-a')?.note, 'a note written over two lines');
    doc.updateAnnotation('src-a', { status: 'verified' });
    const saved = doc.toString();
    const back = parseSidecar(saved, 'saved.yaml').sidecar;
    assert.deepEqual(back, doc.sidecar);
    assert.equal(back.annotations[0]?.status, 'verified');
    assert.equal(back.annotations[0]?.note, 'a note written over two lines');
  });

  it('a CRLF file stays CRLF, and one changed note is one changed line', () => {
    const crlf = original.replace(/\n/g, '\r\n');
    const doc = parseSidecar(crlf, 'crlf.yaml');
    assert.equal(doc.toString(), crlf);
    doc.updateAnnotation('qt-situation', { note: 'second reading' });
    const saved = doc.toString();
    assert.equal(saved.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.deepEqual(diffLines(crlf, saved), { removed: ['    note: first reading\r'], added: ['    note: second reading\r'] });
  });

  it('keeps the data in step with the text through a series of edits', () => {
    const doc = load();
    doc.updateAnnotation('qt-situation', { status: 'verified', note: 'ok' });
    doc.addAnnotation({ id: 'note-1', kind: 'note', status: 'unverified', target: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 }, note: 'line 1\nline 2\n' });
    doc.removeAnnotation('clm-meeting');
    assert.deepEqual(doc.sidecar.annotations.map((a) => a.id), ['note-1', 'src-peskov', 'qt-situation']);
    assert.deepEqual(doc.sidecar.retired, ['clm-meeting']);
    const again = parseSidecar(doc.toString(), 'again.yaml');
    assert.deepEqual(again.sidecar, doc.sidecar);
    assert.equal(again.getAnnotation('note-1')?.note, 'line 1\nline 2\n');
  });

  const REFUSED: readonly { name: string; problem: string; edit: (d: SidecarDocument) => void }[] = [
    { name: 'a dangling speaker', problem: 'dangling-reference', edit: (d) => d.updateAnnotation('qt-situation', { speaker: 'src-nobody' }) },
    { name: 'a speaker that is not a source', problem: 'dangling-reference', edit: (d) => d.updateAnnotation('qt-situation', { speaker: 'clm-meeting' }) },
    { name: 'a duplicate id', problem: 'duplicate-id', edit: (d) => d.addAnnotation({ ...(d.getAnnotation('clm-meeting') as Annotation), id: 'src-peskov' }) },
    { name: 'a wrong type', problem: 'invalid', edit: (d) => d.updateAnnotation('qt-situation', { direct: 'yes' as unknown as boolean }) },
    { name: 'an unknown status', problem: 'invalid', edit: (d) => d.updateAnnotation('qt-situation', { status: 'maybe' as 'verified' }) },
    { name: 'start after end', problem: 'invalid', edit: (d) => d.setTarget('qt-situation', { exact: 'x', prefix: '', suffix: '', start: 9, end: 3 }) },
    { name: 'removing a source that is a speaker', problem: 'referenced', edit: (d) => d.removeAnnotation('src-peskov') },
    { name: 'turning a speaker into a claim', problem: 'invalid', edit: (d) => d.updateAnnotation('src-peskov', { kind: 'claim' }) },
    { name: 'an unknown id', problem: 'unknown-id', edit: (d) => d.updateAnnotation('nope', { note: 'x' }) },
    { name: 'an article path outside the folder', problem: 'invalid', edit: (d) => d.setArticle({ path: '../secret.txt' }) },
    { name: 'reusing a retired id', problem: 'duplicate-id', edit: (d) => {
      const a = d.getAnnotation('clm-meeting') as Annotation;
      d.removeAnnotation('clm-meeting');
      d.addAnnotation(a);
    } },
  ];
  for (const c of REFUSED) {
    it(`refuses ${c.name} and leaves the document unchanged`, () => {
      const doc = load();
      if (c.name === 'reusing a retired id') {
        assert.throws(() => c.edit(doc), (e: unknown) => e instanceof SidecarEditError && e.problem === c.problem);
        assert.equal(doc.getAnnotation('clm-meeting'), null);
        return;
      }
      const before = doc.sidecar;
      assert.throws(() => c.edit(doc), (e: unknown) => e instanceof SidecarEditError && e.problem === c.problem);
      assert.equal(doc.toString(), original);
      assert.deepEqual(doc.sidecar, before);
    });
  }
});
