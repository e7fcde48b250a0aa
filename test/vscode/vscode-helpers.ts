/**
 * What the suites share: opening an article the way a user does, the extension's API, waiting
 * for the workbench, and asking the runner for a screenshot.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/vscode/extension';
import type { DecorationSnapshot } from '../../src/vscode/decorations/register-decorations';

/** `publisher.name` from package.json. */
export const EXTENSION_ID = 'news-annotator.news-annotator';

/** The test workspace's folder (a fresh copy per run, so tests may write to it). */
export function workspaceUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  return folder.uri;
}

/** Opens `name` from the workspace in an editor, as a user would. */
export async function openArticle(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceUri(), name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Polls `probe` until it returns a value other than `undefined`; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The active extension's API (after asserting it activated on its own). */
export async function activeApi(): Promise<NewsAnnotatorApi> {
  const extension = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed in the Extension Development Host`);
  await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
  return extension.exports;
}

/** The decorations the extension set on `uri`, waiting until it has set some. */
export function decorationsOf(api: NewsAnnotatorApi, uri: vscode.Uri): Promise<DecorationSnapshot> {
  return waitFor(`decorations on ${uri.path}`, () => api.decorationsFor(uri));
}

/** `[start, end)` UTF-16 offsets of VS Code ranges, for comparing with the core's spans. */
export function offsetsOf(document: vscode.TextDocument, ranges: readonly vscode.Range[]): [number, number][] {
  return ranges.map((r) => [document.offsetAt(r.start), document.offsetAt(r.end)]);
}

/**
 * Asks `npm run test:vscode` to save `test-results/NAME.png` of the workbench (the runner
 * watches the extension host's log for this line), then waits for the capture.
 */
export async function saveScreenshot(name: string): Promise<void> {
  await sleep(800); // let the editor paint the decorations first
  console.log(`__SCREENSHOT__ ${name}`);
  await sleep(1500);
}
