/**
 * Report figures for `npm run bench`: a workspace report over 1,000 articles with sidecars
 * (the seed article and the report fixture sidecar, copied into a temp folder, each copy with
 * a numbered first line so the articles differ), in HTML and CSV. Measured end to end as the
 * CLI does it: collect and read the files (src/io), build the model (resolving every
 * annotation), render. Target: 3 s or less for 1,000 articles per format. Also 250 and 500
 * articles, with ms per article, to show the cost is linear. Best of 3 after a warm-up.
 * Real files in a temp folder, removed afterwards.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildArticleReport, buildWorkspaceReport, renderReport, type ReportFormat } from '../src/core/report';
import { collectReportSources } from '../src/io/report-inputs';
import { reportPathOf } from '../src/io/write-report';

const SIZES = [250, 500, 1000];
const RUNS = 3;
const ROOT = path.resolve(__dirname, '..');

function makeWorkspace(dir: string, n: number): void {
  const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'haftar-moscow.ar.txt'), 'utf8');
  const sidecar = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'report', 'haftar-moscow.ar.txt.annotations.yaml'), 'utf8');
  for (let i = 0; i < n; i++) {
    const sub = path.join(dir, `batch-${Math.floor(i / 100)}`);
    fs.mkdirSync(sub, { recursive: true });
    const name = `article-${String(i).padStart(4, '0')}.ar.txt`;
    // the same length of first line for every copy keeps the sidecar's offsets exact
    const numbered = text.replace(/^[^\n]*/, (line) => `${line.slice(0, line.length - 5)} ${String(i).padStart(4, '0')}`);
    fs.writeFileSync(path.join(sub, name), numbered);
    fs.writeFileSync(path.join(sub, name + '.annotations.yaml'), sidecar.replace('path: haftar-moscow.ar.txt', `path: ${name}`));
  }
}

async function runOnce(dir: string, format: ReportFormat): Promise<{ ms: number; bytes: number; articles: number }> {
  const t0 = performance.now();
  const { sources, problems } = await collectReportSources([dir]);
  if (problems.length > 0) throw new Error(`bench workspace has problems: ${problems[0]?.message}`);
  const articles = sources.map((s) => buildArticleReport({ path: reportPathOf(s.articlePath, dir), text: s.text, sidecar: s.sidecar }));
  const report = buildWorkspaceReport(articles, { title: 'bench', generated: new Date(0).toISOString() });
  const rendered = renderReport(report, format);
  const bytes = rendered.kind === 'file' ? Buffer.byteLength(rendered.content) : 0;
  return { ms: performance.now() - t0, bytes, articles: articles.length };
}

/** The section's figures: per format and size, best ms, ms per article, output size. */
export async function benchReport(): Promise<unknown> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-report-bench-'));
  try {
    const results: Record<string, unknown>[] = [];
    for (const n of SIZES) {
      const ws = path.join(dir, `ws-${n}`);
      makeWorkspace(ws, n);
      for (const format of ['html', 'csv'] as const) {
        await runOnce(ws, format); // warm-up
        let best = Infinity;
        let last = { ms: 0, bytes: 0, articles: 0 };
        for (let r = 0; r < RUNS; r++) {
          last = await runOnce(ws, format);
          best = Math.min(best, last.ms);
        }
        if (last.articles !== n) throw new Error(`expected ${n} articles, got ${last.articles}`);
        results.push({ format, articles: n, ms: Math.round(best), msPerArticle: Math.round((best / n) * 100) / 100, outputMB: Math.round((last.bytes / 1e6) * 10) / 10 });
      }
    }
    const at1000 = results.filter((r) => r['articles'] === 1000);
    return { targetMs: 3000, withinTarget: at1000.every((r) => (r['ms'] as number) <= 3000), results };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
