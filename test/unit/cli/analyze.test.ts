/**
 * `news-annotator analyze` on real files in a temp dir: in-process through `main()`, and once
 * as a real process (`node dist/cli.js`, built in `before`).
 */
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import { toAnalysisRecord } from '../../../src/cli/to-analysis-record';
import { analyze } from '../../../src/core/analysis';
import { FIXTURES_DIR } from '../../support/gold';

const REPO = path.resolve(__dirname, '..', '..', '..');
const SEED = fs.readFileSync(path.join(FIXTURES_DIR, 'haftar-moscow.ar.txt'), 'utf8');
const ENGLISH = fs.readFileSync(path.join(FIXTURES_DIR, 'en', 'grain-corridor.en.txt'), 'utf8');

interface Run {
  readonly code: number;
  readonly stdout: string[];
  readonly stderr: string[];
}

async function run(...argv: string[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

const SOURCE_KEYS = ['id', 'identity', 'label', 'role', 'reason', 'mentions'];
const QUOTE_KEYS = ['id', 'start', 'end', 'text', 'direct', 'speaker', 'cue', 'type'];
const CLAIM_KEYS = ['id', 'start', 'end', 'text', 'attributedTo', 'reasons'];
const SPAN_KEYS = ['start', 'end', 'text'];
const OPTIONAL = new Set(['role', 'reason', 'cue', 'type']);

/** Asserts `keys` are `order` without the absent optional keys, in that order. */
function assertKeys(object: object, order: readonly string[], what: string): void {
  const keys = Object.keys(object);
  assert.deepEqual(keys, order.filter((k) => keys.includes(k) || !OPTIONAL.has(k)), `${what} keys`);
  for (const k of OPTIONAL) {
    if (k in object) assert.notEqual((object as Record<string, unknown>)[k], null, `${what}.${k} is omitted, not null`);
  }
}

/** Asserts the exact JSON Lines shape, and that every span is a slice of `text`. */
function assertRecordShape(record: Record<string, unknown>, text: string): void {
  assert.deepEqual(Object.keys(record), ['file', 'language', 'sources', 'quotes', 'claims']);
  const slice = (s: { start: number; end: number; text: string }, what: string): void => {
    assertKeys(s, SPAN_KEYS, what);
    assert.equal(text.slice(s.start, s.end), s.text, `${what} text is the slice`);
  };
  const ids = new Set<string>();
  for (const s of record['sources'] as { id: string; identity: string; label: string; mentions: { start: number; end: number; text: string }[] }[]) {
    assertKeys(s, SOURCE_KEYS, `source ${s.id}`);
    assert.ok(['named', 'vague', 'anonymous'].includes(s.identity));
    assert.equal(typeof s.label, 'string');
    s.mentions.forEach((m, i) => slice(m, `source ${s.id} mention ${i}`));
    ids.add(s.id);
  }
  for (const q of record['quotes'] as { id: string; start: number; end: number; text: string; direct: boolean; speaker: string | null; cue?: { start: number; end: number; text: string } }[]) {
    assertKeys(q, QUOTE_KEYS, `quote ${q.id}`);
    slice({ start: q.start, end: q.end, text: q.text }, `quote ${q.id}`);
    assert.equal(typeof q.direct, 'boolean');
    assert.ok(q.speaker === null || ids.has(q.speaker), `quote ${q.id} speaker`);
    if (q.cue) slice(q.cue, `quote ${q.id} cue`);
  }
  for (const c of record['claims'] as { id: string; start: number; end: number; text: string; attributedTo: string | null; reasons: unknown[] }[]) {
    assertKeys(c, CLAIM_KEYS, `claim ${c.id}`);
    slice({ start: c.start, end: c.end, text: c.text }, `claim ${c.id}`);
    assert.ok(c.attributedTo === null || ids.has(c.attributedTo), `claim ${c.id} source`);
    assert.ok(Array.isArray(c.reasons) && c.reasons.every((r) => typeof r === 'string'));
  }
}

describe('news-annotator analyze', () => {
  let dir: string;
  let seedWithBom: string;
  let english: string;
  let binary: string;
  let latin1: string;
  let missing: string;
  let lexicon: string;
  let badLexicon: string;
  let netizens: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-analyze-'));
    seedWithBom = path.join(dir, 'seed with space.ar.txt');
    fs.writeFileSync(seedWithBom, '\ufeff' + SEED, 'utf8');
    english = path.join(dir, 'grain.en.txt');
    fs.writeFileSync(english, ENGLISH, 'utf8');
    binary = path.join(dir, 'image.png');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    latin1 = path.join(dir, 'latin1.en.txt');
    fs.writeFileSync(latin1, Buffer.from('Caf\xe9 owners said prices rose.', 'latin1'));
    missing = path.join(dir, 'no-such-article.en.txt');
    netizens = path.join(dir, 'netizens.en.txt');
    fs.writeFileSync(netizens, 'Netizens said the bridge had been closed since Monday.\n', 'utf8');
    lexicon = path.join(dir, 'workspace-lexicon.yaml');
    fs.writeFileSync(lexicon, 'language: en\nvague:\n  - netizens\n', 'utf8');
    badLexicon = path.join(dir, 'bad-lexicon.yaml');
    fs.writeFileSync(badLexicon, 'language: en\nvague:\n  - netizens\nsynonyms: [a, b]\n', 'utf8');
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--format json: one line per file, exactly the documented keys, offsets into the text without BOM', async () => {
    const r = await run('analyze', '--format', 'json', seedWithBom, english);
    assert.deepEqual(r.stderr, []);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.length, 2);
    const [seedRecord, englishRecord] = r.stdout.map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(seedRecord && englishRecord);
    assert.equal(seedRecord['file'], seedWithBom);
    assert.equal(englishRecord['file'], english);
    assertRecordShape(seedRecord, SEED);
    assertRecordShape(englishRecord, ENGLISH);
    assert.equal(seedRecord['language'], 'ar');
    assert.equal(englishRecord['language'], 'en');
    // The BOM is removed before analysis: the same result as analysing the text without it.
    assert.deepEqual(seedRecord, JSON.parse(JSON.stringify(toAnalysisRecord(seedWithBom, analyze(SEED)))));
    assert.ok((seedRecord['quotes'] as unknown[]).length >= 11, 'the seed has quotes');
  });

  it('missing, directory, binary and non-UTF-8 files: one line each naming the file, exit 2, the others still analysed', async () => {
    const r = await run('analyze', '--format', 'json', missing, dir, seedWithBom, binary, latin1, english);
    assert.equal(r.code, 2);
    assert.deepEqual(
      r.stdout.map((l) => (JSON.parse(l) as { file: string }).file),
      [seedWithBom, english],
    );
    assert.equal(r.stderr.length, 4, r.stderr.join('\n'));
    [missing, dir, binary, latin1].forEach((file, i) => {
      const line = r.stderr[i] ?? '';
      assert.ok(line.includes(file), `${JSON.stringify(line)} names ${file}`);
      assert.ok(!line.includes('\n'), 'one line');
    });
    assert.match(r.stderr[0] ?? '', /no such file/);
    assert.match(r.stderr[1] ?? '', /directory/);
    assert.match(r.stderr[2] ?? '', /binary/);
    assert.match(r.stderr[3] ?? '', /UTF-8/);
  });

  it('--format text (the default): per source with what it said, anonymous first, then vague, then named; claims; counts', async () => {
    const r = await run('analyze', seedWithBom);
    assert.equal(r.code, 0);
    assert.deepEqual(r.stderr, []);
    const out = r.stdout.join('\n');
    const json = toAnalysisRecord(seedWithBom, analyze(SEED));
    assert.ok(r.stdout[0]?.startsWith(seedWithBom), 'starts with the file');
    assert.ok(out.includes(`${json.sources.length} sources`) && out.includes(`${json.quotes.length} quotes`) && out.includes(`${json.claims.length} claims`), 'counts');
    const anonymous = out.indexOf('Anonymous sources');
    const vague = out.indexOf('Vague sources');
    const named = out.indexOf('Named sources');
    assert.ok(anonymous !== -1 && vague !== -1 && named !== -1, 'all three kinds in the seed');
    assert.ok(anonymous < vague && vague < named, 'anonymous, then vague, then named');
    assert.ok(out.indexOf('Claims (') > named, 'claims after the sources');
    // The specialist's quotes are listed under the anonymous heading, before the vague one.
    const specialistQuote = 'لا يمكن أن يقع الاقتتال بين الجبهتين';
    const at = out.indexOf(specialistQuote);
    assert.ok(at > anonymous && at < vague, 'the anonymous specialist’s quote is under her');
  });

  it('several files in text format are separated by a blank line', async () => {
    const r = await run('analyze', '--format=text', english, seedWithBom);
    assert.equal(r.code, 0);
    const second = r.stdout.findIndex((l) => l.startsWith(seedWithBom));
    assert.ok(second > 0);
    assert.equal(r.stdout[second - 1], '');
  });

  for (const [name, args, pattern] of [
    ['an unknown flag', ['--frobnicate'], /unknown option '--frobnicate'/],
    ['an unknown format', ['--format', 'xml'], /--format' must be json or text, not "xml"/],
    ['a flag without its value', ['--format'], /--format' needs a value/],
    ['no file at all', [], /no FILE given/],
  ] as const) {
    it(`${name}: one-line error, exit 2, nothing analysed`, async () => {
      // The file comes first so that a flag missing its value cannot take the file's name as its value.
      const withFile = name === 'no file at all' ? [...args] : [english, ...args];
      const r = await run('analyze', ...withFile);
      assert.equal(r.code, 2);
      assert.deepEqual(r.stdout, []);
      assert.equal(r.stderr.length, 1);
      assert.match(r.stderr[0] ?? '', pattern);
    });
  }

  it('a bad lexicon: one line with file:line:column, exit 2, nothing analysed', async () => {
    const r = await run('analyze', '--lexicon', badLexicon, '--format', 'json', english);
    assert.equal(r.code, 2);
    assert.deepEqual(r.stdout, []);
    assert.equal(r.stderr.length, 1);
    assert.ok((r.stderr[0] ?? '').includes(`${badLexicon}:4:1:`), r.stderr[0]);
  });

  it('a missing lexicon file: one line naming it, exit 2', async () => {
    const r = await run('analyze', '--lexicon', missing, english);
    assert.equal(r.code, 2);
    assert.deepEqual(r.stdout, []);
    assert.equal(r.stderr.length, 1);
    assert.ok((r.stderr[0] ?? '').includes(missing));
  });

  it('--lexicon adds a vague-source word that changes the result', async () => {
    type Rec = { sources: { identity: string; mentions: { text: string }[] }[] };
    const vagueNetizens = (rec: Rec): boolean => rec.sources.some((s) => s.identity === 'vague' && s.mentions.some((m) => m.text.includes('Netizens')));
    const plain = await run('analyze', '--format', 'json', netizens);
    const extended = await run('analyze', '--format', 'json', '--lexicon', lexicon, netizens);
    assert.equal(plain.code, 0);
    assert.equal(extended.code, 0);
    assert.equal(vagueNetizens(JSON.parse(plain.stdout[0] ?? '{}') as Rec), false, 'without the lexicon, "Netizens" is not a vague source');
    assert.equal(vagueNetizens(JSON.parse(extended.stdout[0] ?? '{}') as Rec), true, 'with it, it is');
  });

  describe('as a process: node dist/cli.js', () => {
    const cli = path.join(REPO, 'dist', 'cli.js');
    before(function () {
      this.timeout(60_000);
      execFileSync(process.execPath, ['scripts/build.mjs', '--only', 'cli'], { cwd: REPO, stdio: 'pipe' });
    });

    it('prints JSON Lines, a one-line error for a missing file, and exits 2', () => {
      const r = spawnSync(process.execPath, [cli, 'analyze', '--format', 'json', seedWithBom, missing, english], { encoding: 'utf8' });
      assert.equal(r.status, 2, r.stderr);
      const lines = r.stdout.split('\n').filter((l) => l !== '');
      assert.equal(lines.length, 2);
      const first = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
      assertRecordShape(first, SEED);
      assert.deepEqual(first, JSON.parse(JSON.stringify(toAnalysisRecord(seedWithBom, analyze(SEED)))));
      const errors = r.stderr.split('\n').filter((l) => l !== '');
      assert.equal(errors.length, 1);
      assert.ok(errors[0]?.includes(missing));
    });

    it('exits 0 on success and 2 on a bad flag', () => {
      assert.equal(spawnSync(process.execPath, [cli, 'analyze', english], { encoding: 'utf8' }).status, 0);
      const bad = spawnSync(process.execPath, [cli, 'analyze', '--format', 'yaml', english], { encoding: 'utf8' });
      assert.equal(bad.status, 2);
      assert.equal(bad.stdout, '');
    });
  });
});
