/**
 * The keystroke path of issue 7: one character typed in a 200 KB article with 1,000
 * annotations. What the extension runs per change event: `applyEdits` on the annotations' ranges
 * (at once, on the event) and the incremental re-analysis (`analyzeIncremental`, after the
 * debounce). Each keystroke is timed alone; median and worst over many, for an Arabic article
 * (the seed repeated) and an English one (the fixtures repeated), with a full `analyze` of the
 * same text in the same run as the baseline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analysis';
import { analyzeIncremental } from '../src/core/analysis/analyze-incremental';
import type { Analysis } from '../src/core/analysis/types';
import { applyEdits, type TextChange } from '../src/core/anchoring';
import { makeRng } from '../test/unit/anchoring/random-article';

const ARTICLE_SIZE = 200_000; // issue 7: a 200 KB article
const ANNOTATIONS = 1000;
const KEYSTROKES = 300;
const TARGET_MEDIAN_MS = 10;
const TARGET_WORST_MS = 50;

function fixturesDir(): string {
  for (const dir of [join(__dirname, '..'), process.cwd()]) {
    const d = join(dir, 'test', 'fixtures');
    if (existsSync(d)) return d;
  }
  throw new Error('keystroke bench: test/fixtures not found (run from the repository root)');
}

function article(base: string): string {
  let text = base;
  while (text.length < ARTICLE_SIZE) text += '\n\n' + base;
  return text;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

function run(name: string, base: string): Record<string, unknown> {
  const rng = makeRng(name.length * 7919);
  let text = article(base);
  let analysis: Analysis = analyze(text);
  // 1,000 annotations: sentence-sized spans spread over the article.
  let ranges: ({ start: number; end: number } | null)[] = Array.from({ length: ANNOTATIONS }, () => {
    const start = Math.floor(rng() * (text.length - 200));
    return { start, end: start + 20 + Math.floor(rng() * 180) };
  });
  const fullTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    analyze(text);
    fullTimes.push(performance.now() - t);
  }
  const times: number[] = [];
  const editTimes: number[] = [];
  const regionSizes: number[] = [];
  let fullFallbacks = 0;
  for (let k = 0; k < KEYSTROKES + 20; k++) {
    const at = Math.floor(rng() * text.length);
    const typed = name === 'ar' ? 'ب' : 'e';
    const change: TextChange = { rangeOffset: at, rangeLength: 0, text: typed };
    const next = text.slice(0, at) + typed + text.slice(at);
    const t0 = performance.now();
    ranges = applyEdits(ranges.filter((r): r is { start: number; end: number } => r !== null), [change], { simultaneous: true });
    const t1 = performance.now();
    // the changed range, as the extension passes it from the change event
    const result = analyzeIncremental(analysis, text, next, undefined, { start: at, oldEnd: at, newEnd: at + typed.length });
    const t2 = performance.now();
    analysis = result.analysis;
    text = next;
    if (k < 20) continue; // warm-up
    editTimes.push(t1 - t0);
    times.push(t2 - t0);
    regionSizes.push(result.end - result.start);
    if (result.mode === 'full') fullFallbacks++;
  }
  times.sort((a, b) => a - b);
  editTimes.sort((a, b) => a - b);
  regionSizes.sort((a, b) => a - b);
  fullTimes.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  const fullMedian = quantile(fullTimes, 0.5);
  return {
    articleChars: text.length,
    annotations: ANNOTATIONS,
    keystrokes: KEYSTROKES,
    medianMs: round(median),
    p95Ms: round(quantile(times, 0.95)),
    worstMs: round(times[times.length - 1]!),
    applyEditsMedianMs: round(quantile(editTimes, 0.5)),
    regionMedianChars: quantile(regionSizes, 0.5),
    fullFallbacks,
    fullAnalysisMedianMs: round(fullMedian),
    speedupVsFull: Math.round((fullMedian / median) * 10) / 10,
    targetMedianMs: TARGET_MEDIAN_MS,
    targetWorstMs: TARGET_WORST_MS,
    meetsTargets: median <= TARGET_MEDIAN_MS && times[times.length - 1]! <= TARGET_WORST_MS,
  };
}

/** The keystroke figures for Arabic and English. */
export function benchKeystroke(): Record<string, unknown> {
  const dir = fixturesDir();
  const seed = readFileSync(join(dir, 'haftar-moscow.ar.txt'), 'utf8');
  const en = readdirSync(join(dir, 'en'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, 'en', f), 'utf8'))
    .join('\n\n');
  return { ar: run('ar', seed), en: run('en', en) };
}
