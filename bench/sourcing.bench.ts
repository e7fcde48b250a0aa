/**
 * Sourcing figures for `npm run bench`: what the Sources view and the status bar compute after
 * a change (debounced 150 ms in the extension) — `summarizeSourcing` over the analysis and the
 * tracked annotations, then `filterSourcing` with a text filter — on a 200 KB article (the seed
 * repeated) with up to 1,000 annotations made from the engine's findings (`fromAnalysis`: each
 * covers a finding, the worst case for the coverage checks; the count is in the output). Median and worst of 30 runs after a warm-up. Target:
 * median 10 ms or less (well inside the debounce).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../src/core/analysis';
import { fromAnalysis } from '../src/core/sidecar';
import { filterSourcing, summarizeSourcing } from '../src/core/sourcing';

const TARGET_BYTES = 200_000;
const ANNOTATIONS = 1_000;
const RUNS = 30;
const ROOT = path.resolve(__dirname, '..');

export function benchSourcing(): unknown {
  const seed = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'haftar-moscow.ar.txt'), 'utf8');
  const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(seed));
  const text = Array.from({ length: copies }, () => seed).join('\n\n');
  const analysis = analyze(text);
  const annotations = fromAnalysis(analysis, text)
    .slice(0, ANNOTATIONS)
    .map((annotation) => ({ annotation, start: annotation.target.start, end: annotation.target.end }));
  const summarize = (): number => {
    const t0 = performance.now();
    summarizeSourcing({ analysis, annotations, hasSidecar: true });
    return performance.now() - t0;
  };
  const summary = summarizeSourcing({ analysis, annotations, hasSidecar: true });
  const filter = (): number => {
    const t0 = performance.now();
    filterSourcing(summary, { text: 'فاغنر' });
    return performance.now() - t0;
  };
  const stats = (run: () => number): { medianMs: number; worstMs: number } => {
    for (let i = 0; i < 5; i++) run();
    const times = Array.from({ length: RUNS }, run).sort((a, b) => a - b);
    return { medianMs: Number(times[Math.floor(RUNS / 2)]!.toFixed(2)), worstMs: Number(times[RUNS - 1]!.toFixed(2)) };
  };
  return {
    article: { bytes: Buffer.byteLength(text), sources: analysis.sources.length, quotes: analysis.quotes.length, claims: analysis.claims.length },
    annotations: annotations.length,
    summarize: stats(summarize),
    filterText: stats(filter),
    targetMedianMs: 10,
  };
}
