/**
 * Makes (or refreshes) `npm start`'s sample workspace: the Arabic seed article and English
 * articles, each with a sidecar the core generates when the sidecar is absent. Existing
 * articles and sidecars are kept, so an analyst's edits survive restarts.
 *
 * Usage: tsx scripts/vscode/make-sample-workspace.ts DIR
 * Prints one line per file it wrote; exits 1 on an error (a broken sidecar is reported, kept).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analysis';
import { fromAnalysis } from '../../src/core/sidecar';
import { readTextFile } from '../../src/io/read-text-file';
import { sidecarPathFor } from '../../src/io/sidecar-path';
import { createSidecarFile } from '../../src/io/sidecar-store';

const ROOT = path.resolve(__dirname, '..', '..');

/** The articles to offer: the Arabic seed article and every English fixture. */
function sampleArticles(): string[] {
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  const english = path.join(fixtures, 'en');
  const found = [path.join(fixtures, 'haftar-moscow.ar.txt')];
  found.push(...fs.readdirSync(english).filter((n) => n.endsWith('.en.txt')).sort().map((n) => path.join(english, n)));
  return found;
}

async function makeSampleWorkspace(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for (const source of sampleArticles()) {
    const article = path.join(dir, path.basename(source));
    if (!fs.existsSync(article)) {
      fs.copyFileSync(source, article);
      console.log(`[sample] wrote ${article}`);
    }
    if (fs.existsSync(sidecarPathFor(article))) continue;
    const { text } = await readTextFile(article);
    const analysis = analyze(text);
    await createSidecarFile(article, {
      version: 1,
      article: { path: path.basename(article), language: analysis.language },
      annotations: fromAnalysis(analysis, text),
    });
    console.log(`[sample] wrote ${sidecarPathFor(article)}`);
  }
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/vscode/make-sample-workspace.ts DIR');
  process.exit(2);
}
makeSampleWorkspace(path.resolve(dir)).catch((err: unknown) => {
  console.error(`[sample] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
