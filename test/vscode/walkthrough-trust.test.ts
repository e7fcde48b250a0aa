/**
 * The walkthrough's sample article, the workspace lexicon (loaded in a trusted workspace; the
 * harness runs with trust on, so the restricted path is covered by the unit tests of
 * package.json and by reading the code), and the sidecar's own schema diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../src/vscode/extension';
import { activeApi, EXTENSION_ID, saveScreenshot, sleep, waitFor, workspaceUri } from './vscode-helpers';

const SEED = 'haftar-moscow.ar.txt';

async function extensionFile(...parts: string[]): Promise<string> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return fs.readFile(path.join(extension.extensionPath, ...parts), 'utf8');
}

suite('walkthrough, workspace lexicon, sidecar schema', () => {
  let api: NewsAnnotatorApi;
  const written: string[] = [];
  const write = async (name: string, text: string): Promise<vscode.Uri> => {
    const uri = vscode.Uri.joinPath(workspaceUri(), name);
    await fs.writeFile(uri.fsPath, text, 'utf8');
    written.push(uri.fsPath);
    return uri;
  };

  suiteSetup(async () => {
    api = await activeApi();
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('newsAnnotator').update('lexicon', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const file of written) await fs.rm(file, { force: true });
  });

  test('Open the Sample Article opens the workspace’s seed, or the bundled copy', async () => {
    const inWorkspace = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.openSample');
    assert.equal(inWorkspace?.fsPath, vscode.Uri.joinPath(workspaceUri(), SEED).fsPath);
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, inWorkspace.fsPath);

    const bundled = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.openSample', { bundled: true });
    assert.ok(bundled && bundled.fsPath !== inWorkspace.fsPath);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.fsPath, bundled.fsPath);
    assert.equal(editor.document.languageId, 'news-article');
    assert.equal(editor.document.getText(), (await fs.readFile(inWorkspace.fsPath, 'utf8')).replace(/^\uFEFF/, ''));
    // The copy comes with the example sidecar: its counts are the annotations'.
    await waitFor('the bundled sample’s status bar', () => (api.sourcingStatus()?.text.includes('8/11 quotes anonymous') ? true : undefined), 10_000);
  });

  test('the walkthrough opens (screenshot)', async () => {
    // The walkthrough shows its media beside the steps only in a wide editor.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    // The colours step shows the legend, drawn in the theme's colours.
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: `${EXTENSION_ID}#newsAnnotator.gettingStarted`, step: 'colours' }, false);
    await sleep(1500);
    await saveScreenshot('walkthrough-colours');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.commands.executeCommand('newsAnnotator.showSources');
  });

  test('a workspace lexicon is loaded in a trusted workspace and changes the findings; a broken one is reported and not used', async () => {
    assert.equal(vscode.workspace.isTrusted, true, 'the harness trusts its workspace');
    const text = await extensionFile('test', 'fixtures', SEED);
    const article = await write('lexicon-check.ar.txt', text);
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document, { preview: false });
    const identityOfLibyanMedia = (): string | undefined =>
      api.articles.get(article)?.analysis.sources.find((s) => s.mentions.some((m) => m.text.includes('وسائل إعلام ليبية')))?.identity;
    await waitFor('the built-in analysis', () => identityOfLibyanMedia());
    assert.equal(identityOfLibyanMedia(), 'vague');

    await write('newsroom-lexicon.yaml', 'language: ar\nanonymousSources: [وسائل إعلام ليبية]\n');
    await vscode.workspace.getConfiguration('newsAnnotator').update('lexicon', 'newsroom-lexicon.yaml', vscode.ConfigurationTarget.Workspace);
    const loaded = await waitForStatus(api, 'loaded');
    assert.equal(loaded.kind === 'loaded' && path.basename(loaded.path), 'newsroom-lexicon.yaml');
    await waitFor('the re-analysis with the lexicon', () => (identityOfLibyanMedia() === 'anonymous' ? true : undefined));

    await write('newsroom-lexicon.yaml', 'language: ar\nanonymousSources: [\n');
    const broken = await waitForStatus(api, 'error');
    assert.match(broken.kind === 'error' ? broken.message : '', /newsroom-lexicon\.yaml:\d+:\d+/);
    await waitFor('the built-in analysis again', () => (identityOfLibyanMedia() === 'vague' ? true : undefined));

    await vscode.workspace.getConfiguration('newsAnnotator').update('lexicon', undefined, vscode.ConfigurationTarget.Workspace);
    assert.equal((await waitForStatus(api, 'none')).kind, 'none');
  });

  test('a schema error in a sidecar is reported on the sidecar at its line and column', async () => {
    const example = await extensionFile('annotations', `${SEED}.annotations.yaml`);
    const broken = example.replace('path: haftar-moscow.ar.txt', 'path: schema-check.ar.txt').replace('identity: vague', 'identity: famous');
    const line = broken.split('\n').findIndex((l) => l.includes('identity: famous'));
    const column = broken.split('\n')[line]!.indexOf('famous');
    const sidecar = await write('schema-check.ar.txt.annotations.yaml', broken);
    const article = await write('schema-check.ar.txt', await extensionFile('test', 'fixtures', SEED));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article), { preview: false });
    const [diagnostic] = await waitFor('the sidecar’s diagnostic', () => {
      const found = vscode.languages.getDiagnostics(sidecar);
      return found.length > 0 ? found : undefined;
    });
    assert.ok(diagnostic);
    assert.equal(diagnostic.source, 'News Annotator');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic.message, /identity must be one of/);
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character], [line, column]);
    assert.equal(await fs.readFile(sidecar.fsPath, 'utf8'), broken, 'the broken sidecar is left as it was');
  });
});

async function waitForStatus(api: NewsAnnotatorApi, kind: string): Promise<Awaited<ReturnType<NewsAnnotatorApi['workspaceLexicon']>>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const status = await api.workspaceLexicon();
    if (status.kind === kind) return status;
    if (Date.now() > deadline) assert.fail(`the workspace lexicon is ${JSON.stringify(status)}, not ${kind}`);
    await sleep(100);
  }
}
