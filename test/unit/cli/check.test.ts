/**
 * `news-annotator check` on real files: exit codes, the JSON shape, `--fix` keeping comments,
 * nothing written without `--fix`, article arguments, BOM + CRLF articles.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { runCheck } from '../../../src/cli/check-command';
import type { Sidecar } from '../../../src/core/sidecar/types';
import { sha256Hex } from '../../../src/io/sha256';
import {
  assertUntouched,
  listDir,
  makeTempDir,
  offsetOf,
  recordingIo,
  removeTempDir,
  SEED_ANNOTATIONS,
  SEED_NAME,
  SEED_TEXT,
  sidecarYaml,
  snapshotFile,
  writeArticleWithSidecar,
} from '../sidecar/temp-sidecars';

interface JsonReport {
  sidecar: string;
  article: string | null;
  valid: boolean;
  errors: { message: string; line: number; column: number }[];
  annotations: { id: string; status: string; start: number | null; end: number | null; score: number | null }[];
}

async function check(args: string[]): Promise<{ code: number; reports: JsonReport[]; out: string[]; err: string[] }> {
  const { io, out, err } = recordingIo();
  const code = await runCheck(args, io);
  const json = args.includes('json') || args.includes('--format=json');
  return { code, reports: json ? out.map((l) => JSON.parse(l) as JsonReport) : [], out, err };
}

/** The article with `phrase` removed (a sentence deleted: its annotation must become an orphan). */
function without(text: string, phrase: string): string {
  assert.ok(text.includes(phrase));
  return text.replace(phrase, '');
}

const INSERTED = 'فقرة جديدة أضيفت في أعلى المقال بعد نشره.\n\n';
const NO_FIGHT = 'لا يمكن أن يقع الاقتتال بين الجبهتين';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  removeTempDir(dir);
});

describe('news-annotator check', () => {
  it('a valid sidecar on an unchanged article: exit 0, the JSON shape exactly, every annotation anchored', async () => {
    const { sidecarPath, articlePath } = writeArticleWithSidecar(dir);
    const { code, reports } = await check([sidecarPath, '--format', 'json']);
    assert.equal(code, 0);
    assert.equal(reports.length, 1);
    const r = reports[0] as JsonReport;
    assert.deepEqual(Object.keys(r), ['sidecar', 'article', 'valid', 'errors', 'annotations']);
    assert.equal(r.sidecar, sidecarPath);
    assert.equal(r.article, articlePath);
    assert.equal(r.valid, true);
    assert.deepEqual(r.errors, []);
    assert.equal(r.annotations.length, SEED_ANNOTATIONS.length);
    for (const spec of SEED_ANNOTATIONS) {
      const a = r.annotations.find((x) => x.id === spec.id);
      const start = offsetOf(SEED_TEXT, spec.phrase);
      assert.deepEqual(a && Object.keys(a), ['id', 'status', 'start', 'end', 'score']);
      assert.deepEqual(a, { id: spec.id, status: 'anchored', start, end: start + spec.phrase.length, score: 1 });
    }
  });

  it('an article argument means its sidecar; --format=json works too', async () => {
    const { sidecarPath, articlePath } = writeArticleWithSidecar(dir);
    const { code, reports } = await check(['--format=json', articlePath]);
    assert.equal(code, 0);
    assert.equal(reports[0]?.sidecar, sidecarPath);
  });

  it('an orphan after editing the article: exit 1, start/end/score null; text format lists it with its exact text', async () => {
    const { sidecarPath, articlePath } = writeArticleWithSidecar(dir);
    fs.writeFileSync(articlePath, without(SEED_TEXT, NO_FIGHT));
    const { code, reports } = await check([sidecarPath, '--format', 'json']);
    assert.equal(code, 1);
    const orphan = reports[0]?.annotations.find((a) => a.id === 'qt-no-fight');
    assert.deepEqual(orphan, { id: 'qt-no-fight', status: 'orphaned', start: null, end: null, score: null });
    for (const a of reports[0]?.annotations ?? []) if (a.id !== 'qt-no-fight') assert.notEqual(a.status, 'orphaned', a.id);

    const text = await check([sidecarPath]);
    assert.equal(text.code, 1);
    assert.match(text.out[0] ?? '', /5 annotations: 4 anchored, 0 moved, 0 fuzzy, 1 orphaned/);
    assert.ok(text.out.some((l) => l.includes('qt-no-fight') && l.includes(NO_FIGHT)), text.out.join('\n'));
  });

  it('without --fix nothing is written, even when annotations moved or are orphaned', async () => {
    const { sidecarPath, articlePath } = writeArticleWithSidecar(dir);
    fs.writeFileSync(articlePath, INSERTED + without(SEED_TEXT, NO_FIGHT));
    const sidecar = snapshotFile(sidecarPath);
    const article = snapshotFile(articlePath);
    const listing = listDir(dir);
    assert.equal((await check([sidecarPath, '--format', 'json'])).code, 1);
    assert.equal((await check([articlePath])).code, 1);
    assertUntouched(sidecar);
    assertUntouched(article);
    assert.deepEqual(listDir(dir), listing);
  });

  it('--fix saves the new positions and selectors, keeps comments, leaves orphans as they were', async () => {
    const { sidecarPath, articlePath } = writeArticleWithSidecar(dir);
    const before = fs.readFileSync(sidecarPath, 'utf8');
    const edited = INSERTED + without(SEED_TEXT, NO_FIGHT);
    fs.writeFileSync(articlePath, edited);

    const fixed = await check([sidecarPath, '--format', 'json', '--fix']);
    assert.equal(fixed.code, 1, 'the orphan is still reported');
    const after = fs.readFileSync(sidecarPath, 'utf8');
    assert.ok(after.startsWith('# Annotations by a careful analyst — keep this comment\n'));
    assert.ok(after.includes('# the article beside this file\narticle:\n'));
    assert.ok(after.includes('language: ar # Arabic\n'));
    // Only selector, position and fingerprint lines changed.
    const a = before.split('\n');
    const b = after.split('\n');
    assert.equal(b.length, a.length);
    const changed = b.filter((line, i) => line !== a[i]);
    assert.ok(changed.length > 0);
    for (const line of changed) assert.match(line, /^\s*(start|end|prefix|suffix|sha256):/, line);

    const saved = parseDocument(after).toJS() as Sidecar;
    const original = parseDocument(before).toJS() as Sidecar;
    assert.equal(saved.article.sha256, sha256Hex(edited));
    for (const spec of SEED_ANNOTATIONS) {
      const target = saved.annotations.find((x) => x.id === spec.id)?.target;
      if (spec.id === 'qt-no-fight') {
        assert.deepEqual(target, original.annotations.find((x) => x.id === spec.id)?.target, 'the orphan changed');
        continue;
      }
      const start = offsetOf(edited, spec.phrase);
      assert.equal(target?.start, start, spec.id);
      assert.equal(target?.end, start + spec.phrase.length, spec.id);
      assert.equal(target?.exact, spec.phrase);
    }
    // Checked again: everything but the orphan is where it was saved.
    const again = await check([sidecarPath, '--format', 'json']);
    assert.equal(again.code, 1);
    for (const r of again.reports[0]?.annotations ?? []) assert.equal(r.status, r.id === 'qt-no-fight' ? 'orphaned' : 'anchored', r.id);
    assert.deepEqual(listDir(dir), [SEED_NAME, SEED_NAME + '.annotations.yaml']);
  });

  it('--fix on an unchanged article writes nothing', async () => {
    const { sidecarPath } = writeArticleWithSidecar(dir);
    const snap = snapshotFile(sidecarPath);
    const { code, out } = await check([sidecarPath, '--fix']);
    assert.equal(code, 0);
    assert.match(out.join('\n'), /nothing to re-anchor/);
    assertUntouched(snap);
  });

  it('an invalid sidecar: exit 2 with file:line:column; the other sidecars are still checked', async () => {
    const good = writeArticleWithSidecar(dir);
    const orphanDir = path.join(dir, 'o');
    const badDir = path.join(dir, 'b');
    fs.mkdirSync(orphanDir);
    fs.mkdirSync(badDir);
    const orphan = writeArticleWithSidecar(orphanDir);
    fs.writeFileSync(orphan.articlePath, without(SEED_TEXT, NO_FIGHT));
    const bad = writeArticleWithSidecar(badDir, { sidecarText: sidecarYaml(SEED_NAME, SEED_TEXT).replace('kind: quote', 'kind: quip') });
    const { code, reports } = await check([bad.sidecarPath, orphan.sidecarPath, good.sidecarPath, '--format', 'json']);
    assert.equal(code, 2, '2 wins over 1');
    assert.deepEqual(reports.map((r) => r.valid), [false, true, true]);
    const error = reports[0]?.errors[0];
    const line = fs.readFileSync(bad.sidecarPath, 'utf8').split('\n').findIndex((l) => l.includes('kind: quip')) + 1;
    assert.equal(error?.line, line);
    assert.ok(error?.message.startsWith(`${bad.sidecarPath}:${line}:`), error?.message);
    assert.equal(exitOf(reports[1]), 1);
    assert.equal(exitOf(reports[2]), 0);
    assert.deepEqual(reports[0]?.annotations, []);
  });

  it('every problem of an invalid sidecar is its own error entry, in file order', async () => {
    const text = sidecarYaml(SEED_NAME, SEED_TEXT).replace(/kind: quote/g, 'kind: quip');
    const { sidecarPath } = writeArticleWithSidecar(dir, { sidecarText: text });
    const { code, reports, out } = await check([sidecarPath, '--format', 'json']);
    assert.equal(code, 2);
    const lines = text.split('\n').flatMap((l, i) => (l.includes('kind: quip') ? [i + 1] : []));
    assert.equal(lines.length, 2);
    assert.deepEqual(reports[0]?.errors.map((e) => e.line), lines, out.join('\n'));
    const plain = await check([sidecarPath]);
    assert.deepEqual(plain.out.map((l) => l.split(':').slice(0, 2).join(':')), lines.map((n) => `${sidecarPath}:${n}`));
  });

  it('a missing sidecar or a missing article: exit 2, with the place to look', async () => {
    const missing = await check([path.join(dir, 'nothing.txt'), '--format', 'json']);
    assert.equal(missing.code, 2);
    assert.equal(missing.reports[0]?.sidecar, path.join(dir, 'nothing.txt.annotations.yaml'));
    assert.equal(missing.reports[0]?.article, path.join(dir, 'nothing.txt'));
    assert.match(missing.reports[0]?.errors[0]?.message ?? '', /no such file/);

    const { sidecarPath, articlePath } = writeArticleWithSidecar(dir);
    fs.unlinkSync(articlePath);
    const noArticle = await check([sidecarPath, '--format', 'json']);
    assert.equal(noArticle.code, 2);
    const error = noArticle.reports[0]?.errors[0];
    const pathLine = fs.readFileSync(sidecarPath, 'utf8').split('\n').findIndex((l) => l.includes(`path: ${SEED_NAME}`)) + 1;
    assert.equal(error?.line, pathLine, 'the error points at article.path');
    assert.match(error?.message ?? '', new RegExp(`no such file`));
    assert.equal(noArticle.reports[0]?.article, articlePath);
  });

  for (const variant of [
    { name: 'an article with a BOM and CRLF, annotated as it is', annotateCrlf: true },
    { name: 'an article annotated with LF, then saved with a BOM and CRLF (--fix makes offsets exact)', annotateCrlf: false },
  ]) {
    it(variant.name, async () => {
      const crlf = SEED_TEXT.replace(/\n/g, '\r\n');
      const annotated = variant.annotateCrlf ? crlf : SEED_TEXT;
      const { sidecarPath } = writeArticleWithSidecar(dir, {
        articleBytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]),
        sidecarText: sidecarYaml(SEED_NAME, annotated),
      });
      const args = [sidecarPath, '--format', 'json', ...(variant.annotateCrlf ? [] : ['--fix'])];
      const { code, reports } = await check(args);
      assert.equal(code, 0);
      for (const spec of SEED_ANNOTATIONS) {
        const a = reports[0]?.annotations.find((x) => x.id === spec.id);
        const start = offsetOf(crlf, spec.phrase);
        assert.equal(a?.start, start, spec.id);
        assert.equal(a?.end, start + spec.phrase.length, spec.id);
        assert.equal(a?.status, variant.annotateCrlf ? 'anchored' : 'moved', spec.id);
      }
      const after = await check([sidecarPath, '--format', 'json']);
      for (const a of after.reports[0]?.annotations ?? []) assert.equal(a.status, 'anchored', a.id);
    });
  }

  it('bad arguments: exit 2 with a usage line on stderr', async () => {
    for (const args of [[], ['--format', 'xml', 'a.txt'], ['--frobnicate', 'a.txt'], ['--format']]) {
      const { code, err, out } = await check(args);
      assert.equal(code, 2, JSON.stringify(args));
      assert.match(err.join('\n'), /usage: news-annotator check/);
      assert.deepEqual(out, []);
    }
  });
});

function exitOf(r: JsonReport | undefined): number {
  if (!r || !r.valid) return 2;
  return r.annotations.some((a) => a.status === 'orphaned') ? 1 : 0;
}
