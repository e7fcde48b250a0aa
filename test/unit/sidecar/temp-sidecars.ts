/**
 * Real sidecar files on disk for the store, hostile and CLI tests: temp folders, the seed
 * article, hand-built sidecars (written with the `yaml` package, not with the code under test),
 * and byte-for-byte snapshots to prove a file was not touched.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stringify } from 'yaml';

/** test/fixtures: beside this file's folder in the tests; from the repository root when bundled (the benchmark). */
const FIXTURES = [path.join(__dirname, '../../fixtures'), path.resolve('test/fixtures')].find((d) => fs.existsSync(path.join(d, 'haftar-moscow.ar.txt'))) ?? path.resolve('test/fixtures');

/** The seed article (Arabic, LF, no BOM). */
export const SEED_TEXT = fs.readFileSync(path.join(FIXTURES, 'haftar-moscow.ar.txt'), 'utf8');
export const SEED_NAME = 'haftar-moscow.ar.txt';

/** W3C TextQuoteSelector context length, as the core uses. */
const CONTEXT = 32;

/** An annotation to put in a test sidecar, located by a phrase of the article. */
export interface SpecAnnotation {
  readonly id: string;
  readonly kind: 'claim' | 'source' | 'quote' | 'note';
  readonly phrase: string;
  /** 1-based occurrence of `phrase`; default 1. */
  readonly occurrence?: number;
  readonly identity?: 'named' | 'vague' | 'anonymous';
  readonly speaker?: string;
  readonly source?: string;
  readonly note?: string;
}

/** Five annotations on the seed: two sources, two quotes by them, a claim. */
export const SEED_ANNOTATIONS: readonly SpecAnnotation[] = [
  { id: 'src-peskov', kind: 'source', identity: 'named', phrase: 'المتحدث باسم الكرملين دميتري بيسكوف' },
  { id: 'qt-peskov', kind: 'quote', phrase: 'الوضع في ليبيا والمنطقة', speaker: 'src-peskov' },
  { id: 'clm-2019', kind: 'claim', phrase: 'وهو اللقاء الأول بين بوتين وحفتر منذ عام 2019' },
  { id: 'src-specialist', kind: 'source', identity: 'anonymous', phrase: 'متخصصة في الشؤون الليبية رفضت الكشف عن هويتها لأسباب أمنية' },
  { id: 'qt-no-fight', kind: 'quote', phrase: 'لا يمكن أن يقع الاقتتال بين الجبهتين', speaker: 'src-specialist' },
];

/** Start offset (UTF-16) of the `occurrence`-th `phrase` in `text`. @throws when it is not there. */
export function offsetOf(text: string, phrase: string, occurrence = 1): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`test setup: ${JSON.stringify(phrase)} (#${occurrence}) is not in the text`);
  }
  return at;
}

/** A W3C quote + position target for `text[start, end)`. */
export function targetAt(text: string, start: number, end: number) {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
    end,
  };
}

/** The plain sidecar object for `annotations` on `text` (in text order). */
export function sidecarObject(articleRelPath: string, text: string, annotations: readonly SpecAnnotation[]) {
  const items = annotations.map((a) => {
    const start = offsetOf(text, a.phrase, a.occurrence);
    const item: Record<string, unknown> = { id: a.id, kind: a.kind, target: targetAt(text, start, start + a.phrase.length) };
    if (a.identity) item.identity = a.identity;
    if (a.speaker) item.speaker = a.speaker;
    if (a.source) item.source = a.source;
    item.status = 'unverified';
    if (a.note) item.note = a.note;
    return item;
  });
  items.sort((x, y) => (x.target as { start: number }).start - (y.target as { start: number }).start);
  return {
    version: 1,
    article: { path: articleRelPath, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), language: 'ar' },
    annotations: items,
  };
}

/**
 * A sidecar's YAML text, with hand-written comments: one on top, one on its own line above
 * `article:`, one after the `language` value. (A comment after `article:` itself would move
 * to its own line on the first save: the `yaml` package re-renders it there.)
 */
export function sidecarYaml(articleRelPath: string, text: string, annotations: readonly SpecAnnotation[] = SEED_ANNOTATIONS): string {
  const body = stringify(sidecarObject(articleRelPath, text, annotations), { lineWidth: 0 });
  return `# Annotations by a careful analyst — keep this comment\n${body.replace('article:\n', '# the article beside this file\narticle:\n').replace('  language: ar\n', '  language: ar # Arabic\n')}`;
}

/** A new empty temp folder; remove it with {@link removeTempDir}. */
export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-test-'));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes the article (as bytes given, or UTF-8 text) and its sidecar into `dir`. */
export function writeArticleWithSidecar(
  dir: string,
  options: { name?: string; text?: string; articleBytes?: Buffer; sidecarText?: string; annotations?: readonly SpecAnnotation[] } = {},
): { articlePath: string; sidecarPath: string } {
  const name = options.name ?? SEED_NAME;
  const text = options.text ?? SEED_TEXT;
  const articlePath = path.join(dir, name);
  const sidecarPath = articlePath + '.annotations.yaml';
  fs.writeFileSync(articlePath, options.articleBytes ?? Buffer.from(text, 'utf8'));
  fs.writeFileSync(sidecarPath, options.sidecarText ?? sidecarYaml(name, text, options.annotations));
  return { articlePath, sidecarPath };
}

/** A file's bytes and mtime, to prove later that it was not touched. */
export interface FileSnapshot {
  readonly file: string;
  readonly bytes: Buffer;
  readonly mtimeMs: number;
}

export function snapshotFile(file: string): FileSnapshot {
  return { file, bytes: fs.readFileSync(file), mtimeMs: fs.statSync(file).mtimeMs };
}

/** Asserts `snapshot.file` has the same bytes and mtime as when the snapshot was taken. */
export function assertUntouched(snapshot: FileSnapshot): void {
  const now = fs.readFileSync(snapshot.file);
  assert.ok(now.equals(snapshot.bytes), `${snapshot.file} changed on disk`);
  assert.equal(fs.statSync(snapshot.file).mtimeMs, snapshot.mtimeMs, `${snapshot.file}: mtime changed`);
}

/** The names in `dir`, sorted (to catch stray temporary files). */
export function listDir(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** A CliIo that records what the command printed. */
export function recordingIo(): { io: { stdout: (l: string) => void; stderr: (l: string) => void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (l) => out.push(l), stderr: (l) => err.push(l) }, out, err };
}
