/** Real files for sidecar tests: the seed article, the example sidecar, temp folders. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
export const SEED_ARTICLE = path.join(ROOT, 'test', 'fixtures', 'haftar-moscow.ar.txt');
export const SEED_GOLD = path.join(ROOT, 'test', 'fixtures', 'haftar-moscow.expected.yaml');
export const EXAMPLE_SIDECAR = path.join(ROOT, 'annotations', 'haftar-moscow.ar.txt.annotations.yaml');

/** The seed article's text as an editor sees it (UTF-8, BOM removed). */
export function readSeed(): string {
  return fs.readFileSync(SEED_ARTICLE, 'utf8').replace(/^\uFEFF/, '');
}

/** Runs `body` with a fresh temp folder, removed afterwards. */
export function withTempDir<T>(body: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecar-test-'));
  try {
    return body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
