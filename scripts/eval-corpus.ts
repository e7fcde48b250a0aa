/**
 * The corpus part of `npm run eval`: runs the shared scorer (`../shared/eval/score.py`) on the
 * real labelled dev sets (`polnear-dev`, `ar-dev` in `../shared/corpus`) against a fresh CLI
 * bundle, and turns its JSON into a Markdown table. The corpus stays outside the repository:
 * when it, the scorer or `python3` is missing, the result says so and the fixture tables are
 * printed alone.
 *
 * The bundle goes to a private temporary folder, never `dist/` (shared by everyone who builds).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

/** The sets scored, in table order. */
export const CORPUS_SETS = ['polnear-dev', 'ar-dev'] as const;

/** One kind's figures as the scorer prints them (`p`/`f1` absent where only recall is scored). */
export interface KindScore {
  readonly r: number;
  readonly gold: number;
  readonly pred: number;
  readonly p?: number;
  readonly f1?: number;
}

/** One set's figures as the scorer prints them. */
export interface SetScore {
  readonly files: number;
  readonly quote?: KindScore;
  readonly source?: KindScore;
  readonly anonymous?: KindScore;
  readonly vague?: KindScore;
  readonly claim?: KindScore;
  readonly speaker_accuracy?: { readonly acc: number; readonly n: number };
}

/** What {@link runCorpusEval} found: the scores, or why there are none. */
export type CorpusEval = { readonly ran: true; readonly sets: Readonly<Record<string, SetScore>> } | { readonly ran: false; readonly skipped: string };

/**
 * Where the repository's sibling `shared/` folder is expected: `../shared` of the repo root, or
 * `NEWS_ANNOTATOR_SHARED` when set (how the skip path is tried: point it at a missing folder).
 */
function sharedDir(): string {
  return process.env['NEWS_ANNOTATOR_SHARED'] ?? resolve(__dirname, '..', '..', 'shared');
}

/**
 * Bundles the CLI and scores it on the dev sets. Returns `ran: false` with the reason when the
 * corpus, the scorer or python3 is absent; throws when the bundle fails to build or the scorer
 * fails on a present corpus (a broken analyzer must not look like a skipped run).
 */
export function runCorpusEval(): CorpusEval {
  const corpus = join(sharedDir(), 'corpus');
  const scorer = join(sharedDir(), 'eval', 'score.py');
  if (!existsSync(corpus)) return { ran: false, skipped: `no corpus at ${corpus}` };
  if (!existsSync(scorer)) return { ran: false, skipped: `no scorer at ${scorer}` };
  const py = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (py.error || py.status !== 0) return { ran: false, skipped: 'python3 is not on PATH' };

  const dir = mkdtempSync(join(tmpdir(), 'news-annotator-eval-'));
  try {
    const cli = join(dir, 'cli.js');
    buildSync({ entryPoints: [resolve(__dirname, '..', 'src', 'cli', 'main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
    const args = [scorer, ...CORPUS_SETS.flatMap((s) => ['--set', s]), '--', process.execPath, cli, 'analyze', '--format', 'json'];
    const run = spawnSync('python3', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`score.py exited ${run.status}: ${run.stderr.slice(-2000)}`);
    return { ran: true, sets: parseScorerOutput(run.stdout) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The scorer's metrics object from its stdout: one JSON object (indented), then a one-line
 * summary. Throws when there is no such object.
 */
export function parseScorerOutput(stdout: string): Record<string, SetScore> {
  const lines = stdout.trimEnd().split('\n');
  if (!stdout.startsWith('{') || lines.length < 2) throw new Error(`score.py printed no metrics object: ${stdout.slice(0, 200)}`);
  return JSON.parse(lines.slice(0, -1).join('\n')) as Record<string, SetScore>;
}

/** A figure as the scorer rounds it (3 decimals): close to a target, the third one matters. */
function num(x: number | undefined): string {
  return x === undefined ? '—' : x.toFixed(3);
}

function prf(k: KindScore | undefined): string {
  if (!k) return '—';
  return k.p === undefined ? `R ${num(k.r)}` : `${num(k.p)} / ${num(k.r)} / ${num(k.f1)}`;
}

/** The Markdown table of {@link runCorpusEval}'s result (or the one line saying it was skipped). */
export function corpusMarkdown(result: CorpusEval): string[] {
  if (!result.ran) return [`**Real news, dev sets**: skipped (${result.skipped}).`, ''];
  const rows = Object.entries(result.sets).map(([name, s]) => {
    const claim = s.claim ? `${num(s.claim.r)} (${s.claim.pred} for ${s.claim.gold})` : '—';
    const anon = s.anonymous ? `${num(s.anonymous.f1)} (${s.anonymous.gold} gold)` : '—';
    const vague = s.vague ? `${num(s.vague.f1)} (${s.vague.gold} gold)` : '—';
    return `| ${name} (${s.files}) | ${prf(s.quote)} | ${num(s.speaker_accuracy?.acc)} | ${prf(s.source)} | ${anon} | ${vague} | ${claim} |`;
  });
  return [
    '**Real news, dev sets** (`../shared/corpus`, scored by `../shared/eval/score.py`)',
    '',
    '| set (articles) | quote P / R / F1 | speaker acc. | source P / R / F1 or recall | anonymous F1 | vague F1 | claim recall (predicted for labelled) |',
    '|---|---|---:|---|---|---|---|',
    ...rows,
    '',
  ];
}
