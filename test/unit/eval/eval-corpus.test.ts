/**
 * scripts/eval-corpus.ts: the corpus part of `npm run eval`. The real corpus is not in the
 * repository, so the pipeline (bundle the CLI, run `score.py`, parse, tabulate) runs against a
 * stand-in `shared/` folder made here: a scorer that checks it was handed the CLI command and
 * prints metrics in the real scorer's shape.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusMarkdown, parseScorerOutput, runCorpusEval } from '../../../scripts/eval-corpus';

const METRICS = {
  'polnear-dev': {
    quote: { r: 0.5, gold: 10, pred: 8, p: 0.625, f1: 0.556 },
    source: { r: 0.4, gold: 5, pred: 9 },
    anonymous: { r: 0.5, gold: 2, pred: 2, p: 0.5, f1: 0.5 },
    claim: { r: 0.75, gold: 4, pred: 7 },
    speaker_accuracy: { acc: 0.8, n: 5 },
    files: 3,
  },
};

// Prints METRICS when its command ends with the CLI's `analyze --format json`, fails otherwise.
const FAKE_SCORER = `import json, sys
args = sys.argv[1:]
cmd = args[args.index("--") + 1:]
if cmd[-3:] != ["analyze", "--format", "json"] or not cmd[1].endswith("cli.js"):
    sys.exit("unexpected command: " + " ".join(cmd))
print(json.dumps(json.loads(${JSON.stringify(JSON.stringify(METRICS))}), indent=1))
print("polnear-dev: quote F1 0.556 | summary {not json}")
`;

describe('scripts/eval-corpus.ts', () => {
  const saved = process.env['NEWS_ANNOTATOR_SHARED'];
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'eval-corpus-test-'));
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['NEWS_ANNOTATOR_SHARED'];
    else process.env['NEWS_ANNOTATOR_SHARED'] = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('parses the metrics object before the summary line', () => {
    const out = `${JSON.stringify(METRICS, null, 1)}\npolnear-dev: quote F1 0.556 {x}\n`;
    assert.deepEqual(parseScorerOutput(out), METRICS);
  });

  it('throws on output with no metrics object', () => {
    assert.throws(() => parseScorerOutput('Traceback (most recent call last):\n'), /no metrics object/);
  });

  it('says it skipped when there is no corpus, and why', () => {
    process.env['NEWS_ANNOTATOR_SHARED'] = join(dir, 'missing');
    const r = runCorpusEval();
    assert.equal(r.ran, false);
    assert.match(corpusMarkdown(r).join('\n'), /skipped \(no corpus at .*missing/);
  });

  it('bundles the CLI, runs the scorer on it and tabulates its figures', function () {
    if (spawnSync('python3', ['--version']).status !== 0) this.skip();
    this.timeout(60_000);
    mkdirSync(join(dir, 'corpus'));
    mkdirSync(join(dir, 'eval'));
    writeFileSync(join(dir, 'eval', 'score.py'), FAKE_SCORER);
    process.env['NEWS_ANNOTATOR_SHARED'] = dir;
    const r = runCorpusEval();
    assert.ok(r.ran);
    assert.deepEqual(r.sets, METRICS);
    const table = corpusMarkdown(r);
    assert.ok(table.includes('| polnear-dev (3) | 0.625 / 0.500 / 0.556 | 0.800 | R 0.400 | 0.500 (2 gold) | — | 0.750 (7 for 4) |'), table.join('\n'));
  });

  it('throws when the scorer fails on a present corpus', function () {
    if (spawnSync('python3', ['--version']).status !== 0) this.skip();
    this.timeout(60_000);
    mkdirSync(join(dir, 'corpus'));
    mkdirSync(join(dir, 'eval'));
    writeFileSync(join(dir, 'eval', 'score.py'), 'import sys\nsys.exit("analyzer exited 2")\n');
    process.env['NEWS_ANNOTATOR_SHARED'] = dir;
    assert.throws(() => runCorpusEval(), /score\.py exited 1: analyzer exited 2/);
  });
});
