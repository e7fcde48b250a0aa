/**
 * Which documents are news articles. The language id is contributed in package.json with
 * its file-name patterns (`*.ar.txt`, `*.en.txt`, `*.fr.txt`, `*.article.txt`).
 */
import type * as vscode from 'vscode';

/** The language id of article documents (package.json `contributes.languages`). */
export const ARTICLE_LANGUAGE_ID = 'news-article';

/** True when `document` is a news article the extension analyses. */
export function isArticleDocument(document: vscode.TextDocument): boolean {
  return document.languageId === ARTICLE_LANGUAGE_ID;
}
