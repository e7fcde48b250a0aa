/**
 * Which documents are news articles: every document of the `news-article` language
 * (package.json `contributes.languages`: `*.ar.txt`, `*.en.txt`, `*.fr.txt`, `*.article.txt`,
 * `*.article`, `*.news`), and files of any other language that a glob of the
 * `newsAnnotator.articles` setting names (default `**\/articles/**\/*.{txt,md}`).
 */
import * as vscode from 'vscode';
import { isSidecarPath } from '../../io/sidecar-path';

/** The language id of article documents (package.json `contributes.languages`). */
export const ARTICLE_LANGUAGE_ID = 'news-article';

/** The configuration section of every setting of the extension. */
export const SETTINGS_SECTION = 'newsAnnotator';

/** `newsAnnotator.articles`: glob patterns of files analysed whatever their language. */
export const ARTICLES_SETTING = 'articles';

/** The default of `newsAnnotator.articles` (as in package.json). */
export const DEFAULT_ARTICLE_GLOBS: readonly string[] = ['**/articles/**/*.{txt,md}'];

/** The globs of `newsAnnotator.articles` now (non-strings dropped). */
export function articleGlobs(): readonly string[] {
  const value = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>(ARTICLES_SETTING, DEFAULT_ARTICLE_GLOBS);
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string' && g.length > 0) : DEFAULT_ARTICLE_GLOBS;
}

/**
 * True when `document` is a news article the extension analyses: its language is
 * `news-article`, or it is a file (or untitled document) one of `globs` matches — a glob is
 * tried against the absolute path and relative to each workspace folder, so both
 * `**\/articles/**\/*.txt` and a workspace-relative `notes/report.txt` work. A sidecar file is
 * never an article.
 */
export function isArticleDocument(document: vscode.TextDocument, globs: readonly string[] = articleGlobs()): boolean {
  if (isSidecarPath(document.uri.path)) return false;
  if (document.languageId === ARTICLE_LANGUAGE_ID) return true;
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return false;
  const folders = vscode.workspace.workspaceFolders ?? [];
  return globs.some(
    (glob) =>
      vscode.languages.match({ pattern: glob }, document) > 0 ||
      folders.some((folder) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0),
  );
}

/** `text` as a glob that matches exactly that path (glob syntax characters wrapped in `[...]`). */
export function escapeGlob(text: string): string {
  return text.replace(/[*?[\]{}!]/g, (c) => `[${c}]`);
}
