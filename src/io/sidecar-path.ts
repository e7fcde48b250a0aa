/**
 * Where an article's sidecar lives, and which article a sidecar points to. The ONE place for
 * sidecar path logic: everything else (the CLI, the extension, the store) asks here, so a later
 * setting that puts sidecars in a mirror folder changes this file only.
 *
 * Layout today: `NAME.EXT` -> `NAME.EXT.annotations.yaml`, in the same folder.
 */
import * as path from 'node:path';

/** What a sidecar's file name adds to its article's file name. */
export const SIDECAR_SUFFIX = '.annotations.yaml';

/** Why a sidecar's `article.path` was refused. */
export type ArticlePathProblem = 'empty' | 'absolute' | 'escapes' | 'folder' | 'invalid';

/**
 * A sidecar's `article.path` that does not name a file inside the sidecar's folder (or its
 * sub-folders). Defence in depth beside the core's own check: a sidecar from a stranger must
 * not make the tool read (or write next to) `/etc/passwd` or `../secret.txt`.
 */
export class ArticlePathError extends Error {
  override readonly name = 'ArticlePathError';
  constructor(
    /** The sidecar whose `article.path` this is. */
    readonly file: string,
    /** The path as written in the sidecar. */
    readonly articlePath: string,
    readonly problem: ArticlePathProblem,
  ) {
    super(`${file}: article.path ${JSON.stringify(articlePath)} ${DESCRIBE[problem]}`);
  }
}

const DESCRIBE: Record<ArticlePathProblem, string> = {
  empty: 'is empty',
  absolute: 'is absolute; it must be relative to the sidecar',
  escapes: "points outside the sidecar's folder",
  folder: "names the sidecar's folder, not a file",
  invalid: 'contains a NUL character',
};

/**
 * The sidecar path for an article: `NAME.EXT` -> `NAME.EXT.annotations.yaml` beside it.
 * Pure string work (no file system access); a relative `articlePath` gives a relative result.
 */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

/** Whether `p` names a sidecar (ends with {@link SIDECAR_SUFFIX}, and has a name before it). */
export function isSidecarPath(p: string): boolean {
  const base = path.basename(p);
  return base.length > SIDECAR_SUFFIX.length && base.endsWith(SIDECAR_SUFFIX);
}

/**
 * The article a sidecar belongs to, by its file name alone (`a.txt.annotations.yaml` ->
 * `a.txt`). `null` when `sidecarPath` is not a sidecar path. The sidecar's own `article.path`
 * is authoritative; this is for messages and for finding the article of a sidecar that fails
 * to parse.
 */
export function articlePathForSidecarName(sidecarPath: string): string | null {
  return isSidecarPath(sidecarPath) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : null;
}

/**
 * The value to store in a sidecar's `article.path`: the article's path relative to the
 * sidecar's folder, with `/` separators on every platform (so sidecars move between machines).
 */
export function articleRelPathFor(sidecarPath: string, articlePath: string): string {
  const rel = path.relative(path.dirname(path.resolve(sidecarPath)), path.resolve(articlePath));
  return rel.split(path.sep).join('/');
}

/**
 * Resolves a sidecar's `article.path` (relative to the sidecar's folder) to a path usable with
 * the file system. Relative when `sidecarPath` is relative. Both `/` and `\` count as
 * separators, whatever the platform, so a sidecar written on Windows cannot smuggle `..\..`.
 * Symbolic links are not followed (this is string work).
 * @throws {ArticlePathError} when `articleRelPath` is empty, absolute (`/etc/passwd`, `C:\x`,
 *   `\\server\share`), contains NUL, or leaves the sidecar's folder (`../secret.txt`,
 *   `a/../../b`).
 */
export function articlePathForSidecar(sidecarPath: string, articleRelPath: string): string {
  if (articleRelPath.length === 0) throw new ArticlePathError(sidecarPath, articleRelPath, 'empty');
  if (articleRelPath.includes('\0')) throw new ArticlePathError(sidecarPath, articleRelPath, 'invalid');
  if (path.posix.isAbsolute(articleRelPath) || path.win32.isAbsolute(articleRelPath) || /^[A-Za-z]:/.test(articleRelPath)) {
    throw new ArticlePathError(sidecarPath, articleRelPath, 'absolute');
  }
  const segments: string[] = [];
  for (const segment of articleRelPath.split(/[/\\]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) throw new ArticlePathError(sidecarPath, articleRelPath, 'escapes');
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  if (segments.length === 0) throw new ArticlePathError(sidecarPath, articleRelPath, 'folder');
  return path.join(path.dirname(sidecarPath), ...segments);
}
