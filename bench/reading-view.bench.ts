/**
 * The reading view's update path: what the extension does before each data message (debounced
 * after an edit, a re-analysis or a sidecar change): collect both layers' marks, lay the article
 * out (`renderArticle`), and serialise the message. A 200 KB Arabic article (the seed repeated)
 * with its findings and 1,000 annotations; median and worst of 20 runs, and the message size.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analysis';
import type { Annotation } from '../src/core/sidecar/types';
import { collectMarks, type PlacedAnnotation } from '../src/vscode/reading-view/article-marks';
import { renderArticle } from '../src/vscode/reading-view/render-article';
import { makeRng } from '../test/unit/anchoring/random-article';

const ARTICLE_SIZE = 200_000; // as the keystroke bench (issue 7): a 200 KB article
const ANNOTATIONS = 1000;
const RUNS = 20;

const round = (ms: number): number => Math.round(ms * 100) / 100;

function seedText(): string {
  for (const dir of [join(__dirname, '..'), process.cwd()]) {
    const file = join(dir, 'test', 'fixtures', 'haftar-moscow.ar.txt');
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error('reading-view bench: test/fixtures/haftar-moscow.ar.txt not found (run from the repository root)');
}

export function benchReadingView(): Record<string, unknown> {
  const base = seedText();
  let text = base;
  while (text.length < ARTICLE_SIZE) text += '\n\n' + base;
  const analysis = analyze(text);
  const rng = makeRng(11);
  const kinds = ['claim', 'source', 'quote', 'note'] as const;
  const annotations: PlacedAnnotation[] = Array.from({ length: ANNOTATIONS }, (_, i) => {
    const start = Math.floor(rng() * (text.length - 200));
    const end = start + 10 + Math.floor(rng() * 150);
    const annotation: Annotation = {
      id: `a${i}`, kind: kinds[i % 4]!, status: 'unverified', note: i % 3 === 0 ? 'a note' : undefined,
      target: { exact: text.slice(start, end), prefix: '', suffix: '', start, end },
    };
    return { annotation, start, end };
  });
  const times: number[] = [];
  let bytes = 0;
  let marks = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const collected = collectMarks(text.length, analysis, annotations, () => null);
    const article = renderArticle(text, analysis.paragraphs, collected);
    bytes = JSON.stringify({ type: 'article', article }).length;
    times.push(performance.now() - t);
    marks = collected.marks.length;
  }
  times.sort((a, b) => a - b);
  return {
    chars: text.length, paragraphs: analysis.paragraphs.length, marks,
    medianMs: round(times[Math.floor(times.length / 2)]!), worstMs: round(times[times.length - 1]!),
    messageKB: Math.round(bytes / 1024),
  };
}
