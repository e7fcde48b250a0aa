/**
 * News Annotator: Export Report, through the command as a user (or another extension) runs
 * it: the report file is written where asked and holds the article's annotations; HTML opens
 * in a webview panel, Markdown in the preview.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { sidecarPathFor } from '../../src/io/sidecar-path';
import { openArticle, saveScreenshot, waitFor, workspaceUri } from './vscode-helpers';

const SEED = 'haftar-moscow.ar.txt';
/** dist/test/vscode/suites.js -> the repository's report fixture sidecar. */
const FIXTURE_SIDECAR = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'report', `${SEED}.annotations.yaml`);

suite('export report', () => {
  let sidecarPath = '';
  let saved: string | null = null;
  const written: string[] = [];

  suiteSetup(async () => {
    const editor = await openArticle(SEED);
    sidecarPath = sidecarPathFor(editor.document.uri.fsPath);
    saved = await fs.readFile(sidecarPath, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    await fs.writeFile(sidecarPath, await fs.readFile(FIXTURE_SIDECAR, 'utf8'), 'utf8');
  });

  suiteTeardown(async () => {
    if (saved === null) await fs.rm(sidecarPath, { force: true });
    else await fs.writeFile(sidecarPath, saved, 'utf8');
    for (const f of written) await fs.rm(f, { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('HTML of this article: written, returned, opened in a webview panel', async () => {
    const editor = await openArticle(SEED);
    const out = vscode.Uri.joinPath(workspaceUri(), 'seed-report.html').fsPath;
    written.push(out);
    const result = await vscode.commands.executeCommand<string | undefined>('newsAnnotator.exportReport', {
      format: 'html',
      scope: 'article',
      uri: editor.document.uri,
      out,
    });
    assert.equal(result, out);
    const html = await fs.readFile(out, 'utf8');
    assert.ok(html.includes(`content="default-src 'none'; style-src 'unsafe-inline'"`), 'the CSP meta tag');
    assert.ok(html.includes('8 of 11 quotes'), 'the headline of the seed');
    assert.ok(html.includes('&lt;img src=x onerror='), 'the reply with markup is escaped');
    assert.ok(!/<script/i.test(html), 'no script element');
    await waitFor('the report webview panel', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('newsAnnotator.report')),
    );
    await saveScreenshot('report-webview');
  });

  test('Markdown and CSV of the workspace', async () => {
    const md = vscode.Uri.joinPath(workspaceUri(), 'workspace-report.md').fsPath;
    const csv = vscode.Uri.joinPath(workspaceUri(), 'workspace-report.csv').fsPath;
    written.push(md, csv);
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.exportReport', { format: 'md', scope: 'workspace', out: md }), md);
    const text = await fs.readFile(md, 'utf8');
    assert.ok(text.includes('## Articles by share of quoted words from anonymous and vague sources'));
    assert.ok(text.includes('src-libya-specialist') || text.includes('متخصصة في الشؤون الليبية'), 'the seed article is in it');
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.exportReport', { format: 'csv', scope: 'workspace', out: csv, open: false }), csv);
    const rows = (await fs.readFile(csv, 'utf8')).split('\r\n');
    assert.ok(rows[0]?.startsWith('\uFEFFarticle,id,kind,'));
    assert.ok(rows.some((r) => r.startsWith('haftar-moscow.ar.txt,src-libya-specialist,source,anonymous')), 'a row per annotation');
  });

  test('brat of this article: a folder with the .txt, the .ann and annotation.conf', async () => {
    const editor = await openArticle(SEED);
    const out = vscode.Uri.joinPath(workspaceUri(), 'seed-brat').fsPath;
    written.push(out);
    const result = await vscode.commands.executeCommand<string>('newsAnnotator.exportReport', { format: 'brat', scope: 'article', uri: editor.document.uri, out, open: false });
    assert.equal(result, out);
    assert.deepEqual((await fs.readdir(out)).sort(), ['annotation.conf', 'haftar-moscow.ar.ann', 'haftar-moscow.ar.txt']);
    assert.ok((await fs.readFile(path.join(out, 'haftar-moscow.ar.ann'), 'utf8')).includes('\tSpokenBy Arg1:'));
  });
});
