/**
 * `news-annotator report` on real files in a temp dir, in-process through `main()`.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import { FIXTURES_DIR } from '../../support/gold';

const REPORT = path.join(FIXTURES_DIR, 'report');

async function run(...argv: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

describe('news-annotator report', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-report-'));
    fs.cpSync(path.join(REPORT, 'workspace'), path.join(dir, 'ws'), { recursive: true });
    fs.copyFileSync(path.join(FIXTURES_DIR, 'haftar-moscow.ar.txt'), path.join(dir, 'ws', 'haftar-moscow.ar.txt'));
    fs.copyFileSync(path.join(REPORT, 'haftar-moscow.ar.txt.annotations.yaml'), path.join(dir, 'ws', 'haftar-moscow.ar.txt.annotations.yaml'));
    fs.mkdirSync(path.join(dir, 'ws', 'node_modules', 'x'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'ws', 'node_modules', 'x', 'skip.en.txt'), 'Not an article of ours.');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a folder, Markdown to stdout: every article, node_modules skipped, exit 0', async () => {
    const r = await run('report', path.join(dir, 'ws'), '--format', 'md');
    assert.equal(r.code, 0, r.stderr.join('\n'));
    const md = r.stdout.join('\n');
    for (const a of ['ar/benghazi-aid.ar.txt', 'ar/sirte-port.ar.txt', 'en/flood-relief.en.txt', 'haftar-moscow.ar.txt']) assert.ok(md.includes(a), a);
    assert.ok(!md.includes('skip.en.txt'));
    assert.ok(md.includes('8 of 11 quotes'));
  });

  it('an article path and a sidecar path both work; --out FILE writes atomically', async () => {
    const out = path.join(dir, 'r.csv');
    const r = await run('report', path.join(dir, 'ws', 'ar', 'sirte-port.ar.txt.annotations.yaml'), path.join(dir, 'ws', 'haftar-moscow.ar.txt'), '--format', 'csv', '--out', out);
    assert.equal(r.code, 0, r.stderr.join('\n'));
    const csv = fs.readFileSync(out, 'utf8');
    assert.ok(csv.startsWith('\uFEFFarticle,'));
    assert.ok(csv.includes('src-libya-specialist') && csv.includes('qt-two-weeks'));
    assert.deepEqual(fs.readdirSync(dir).sort(), ['r.csv', 'ws'], 'no temp file left');
  });

  it('an invalid sidecar is reported FILE:LINE:COL and skipped, the rest produced, exit 1; the sidecar untouched', async () => {
    const bad = path.join(dir, 'ws', 'ar', 'benghazi-aid.ar.txt.annotations.yaml');
    const broken = 'version: 1\narticle:\n  path: benghazi-aid.ar.txt\nannotations:\n  - id: [unclosed\n';
    fs.writeFileSync(bad, broken);
    const r = await run('report', path.join(dir, 'ws'), '--format', 'jsonld');
    assert.equal(r.code, 1);
    assert.equal(r.stderr.length, 1);
    assert.match(r.stderr[0]!, /benghazi-aid\.ar\.txt\.annotations\.yaml:\d+:\d+: /);
    const doc = JSON.parse(r.stdout.join('\n')) as { first: { items: { id: string }[] } };
    assert.ok(doc.first.items.some((i) => i.id.includes('sirte-port')));
    assert.ok(!doc.first.items.some((i) => i.id.includes('benghazi-aid')));
    assert.equal(fs.readFileSync(bad, 'utf8'), broken);
  });

  it('unreadable input: exit 2, one line, nothing written', async () => {
    const out = path.join(dir, 'x.html');
    const r = await run('report', path.join(dir, 'missing.ar.txt'), '--format', 'html', '--out', out);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.length, 1);
    assert.match(r.stderr[0]!, /missing\.ar\.txt: no such file/);
    assert.ok(!fs.existsSync(out));
  });

  it('brat needs --out DIR; with it, a .txt and .ann per article and annotation.conf', async () => {
    const r1 = await run('report', path.join(dir, 'ws'), '--format', 'brat');
    assert.equal(r1.code, 2);
    const out = path.join(dir, 'brat');
    const r2 = await run('report', path.join(dir, 'ws'), '--format', 'brat', '--out', out, '--include-findings');
    assert.equal(r2.code, 0, r2.stderr.join('\n'));
    assert.ok(fs.existsSync(path.join(out, 'annotation.conf')));
    assert.ok(fs.existsSync(path.join(out, 'en', 'flood-relief.en.ann')));
    assert.equal(fs.readFileSync(path.join(out, 'en', 'flood-relief.en.txt'), 'utf8'), fs.readFileSync(path.join(dir, 'ws', 'en', 'flood-relief.en.txt'), 'utf8'));
    assert.ok(fs.readFileSync(path.join(out, 'haftar-moscow.ar.ann'), 'utf8').includes('\tFinding T'), '--include-findings marks findings');
  });

  it('bad arguments: exit 2', async () => {
    assert.equal((await run('report', dir)).code, 2, 'no --format');
    assert.equal((await run('report', dir, '--format', 'pdf')).code, 2);
    assert.equal((await run('report', '--format', 'md')).code, 2, 'no PATH');
  });
});
