/**
 * What a report is made of, from paths on disk (an article, a sidecar, or a folder searched
 * recursively): each article's text and sidecar, read with the durability rules of the
 * sidecar store. Shared by `news-annotator report` and the Export Report command. Reads only.
 *
 * In a folder, an article is a file with a sidecar beside it, or a file named like an article
 * (`*.ar.txt`, `*.en.txt`, `*.fr.txt`, `*.article.txt`, as package.json's language contribution
 * says) without one. `node_modules` and `.git` folders (and other dot-folders) are skipped.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SidecarParseError } from '../core/sidecar';
import type { Sidecar } from '../core/sidecar/types';
import { errorCode } from './error-code';
import { FileReadError, readTextFile } from './read-text-file';
import { ArticlePathError, articlePathForSidecarName, isSidecarPath, sidecarPathFor } from './sidecar-path';
import { loadSidecarFile } from './sidecar-store';

/** File names that are articles even without a sidecar. */
export const ARTICLE_NAME = /\.(ar|en|fr|article)\.txt$/i;

/** Folders never searched. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** One article ready for the report core. */
export interface ReportSource {
  /** The article's file path (as found: relative when the given path was). */
  readonly articlePath: string;
  /** The sidecar's path when there is one. */
  readonly sidecarPath: string | null;
  readonly text: string;
  readonly sidecar: Sidecar | null;
}

/** A file that was left out, with why: one line, `FILE:LINE:COLUMN: message` for a bad sidecar. */
export interface ReportProblem {
  readonly file: string;
  readonly message: string;
}

/** A path given by the user that cannot be read at all (missing, unreadable). */
export class ReportInputError extends Error {
  override readonly name = 'ReportInputError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/**
 * The articles under `paths`, in path order (each folder's files sorted by name, code-unit
 * order), each once. Invalid sidecars, and sidecars whose article cannot be read, are left
 * out and listed in `problems` (the sidecar is never touched).
 * @param onProgress called after each article is read, with (done, total).
 * @param isCancelled checked between articles; when it returns `true` the rest is skipped.
 * @throws {ReportInputError} when a path given cannot be read at all.
 */
export async function collectReportSources(
  paths: readonly string[],
  onProgress?: (done: number, total: number) => void,
  isCancelled?: () => boolean,
): Promise<{ sources: ReportSource[]; problems: ReportProblem[] }> {
  // article path -> sidecar path (or null)
  const articles = new Map<string, string | null>();
  const direct = new Set<string>(); // articles named on the command line: unreadable is fatal
  const problems: ReportProblem[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (err) {
      throw new ReportInputError(p, errorCode(err) === 'ENOENT' ? 'no such file or folder' : `cannot be read (${err instanceof Error ? err.message : String(err)})`);
    }
    if (stat.isDirectory()) await walk(p, articles);
    else if (isSidecarPath(p)) articles.set(articlePathForSidecarName(p) ?? p, p);
    else {
      articles.set(p, (await exists(sidecarPathFor(p))) ? sidecarPathFor(p) : null);
      direct.add(p);
    }
  }
  const sources: ReportSource[] = [];
  let done = 0;
  for (const [articlePath, sidecarPath] of articles) {
    if (isCancelled?.()) break;
    const loaded = await loadOne(articlePath, sidecarPath, problems, direct.has(articlePath));
    if (loaded) sources.push(loaded);
    onProgress?.(++done, articles.size);
  }
  return { sources, problems };
}

async function loadOne(articlePath: string, sidecarPath: string | null, problems: ReportProblem[], strict: boolean): Promise<ReportSource | null> {
  let sidecar: Sidecar | null = null;
  let realArticle = articlePath;
  if (sidecarPath) {
    try {
      const loaded = await loadSidecarFile(sidecarPath);
      sidecar = loaded.doc.sidecar;
      realArticle = loaded.articlePath;
    } catch (err) {
      problems.push({ file: sidecarPath, message: sidecarMessage(sidecarPath, err) });
      return null;
    }
  }
  try {
    const text = (await readTextFile(realArticle)).text;
    return { articlePath: realArticle, sidecarPath, text, sidecar };
  } catch (err) {
    if (!(err instanceof FileReadError)) throw err;
    if (strict) throw new ReportInputError(realArticle, err.message.slice(err.file.length + 2));
    problems.push({ file: realArticle, message: oneLine(sidecarPath ? `${sidecarPath}: article ${err.message}` : err.message) });
    return null;
  }
}

/** A bad sidecar as one line per problem (`FILE:LINE:COLUMN: message`, as the parser locates it). */
function sidecarMessage(sidecarPath: string, err: unknown): string {
  if (err instanceof SidecarParseError) return oneLine(err.message);
  if (err instanceof FileReadError || err instanceof ArticlePathError) return oneLine(`${sidecarPath}:1:1: ${err.message.slice(err.file.length + 2)}`);
  throw err;
}

async function walk(dir: string, articles: Map<string, string | null>): Promise<void> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(entries.map((e) => e.name));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) await walk(full, articles);
      continue;
    }
    if (!e.isFile()) continue;
    if (isSidecarPath(e.name)) {
      const article = articlePathForSidecarName(full) ?? full;
      articles.set(article, full);
    } else if (ARTICLE_NAME.test(e.name) && !names.has(e.name + '.annotations.yaml') && !articles.has(full)) {
      articles.set(full, null);
    }
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return false;
    throw err;
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
