/**
 * The Sources view and the status bar on the seed article with its example sidecar
 * (annotations/haftar-moscow.ar.txt.annotations.yaml copied beside it): the counts an analyst
 * reads, selecting an item, the filter, Show Sources, and screenshots in a dark and a light theme.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseSidecar, type Annotation } from '../../src/core/sidecar';
import { sidecarPathFor } from '../../src/io/sidecar-path';
import type { NewsAnnotatorApi } from '../../src/vscode/extension';
import type { SourcesNode } from '../../src/vscode/views/sources-nodes';
import { activeApi, EXTENSION_ID, openArticle, saveScreenshot, sleep, waitFor } from './vscode-helpers';

const SEED = 'haftar-moscow.ar.txt';
const SPECIALIST = 'src-libya-specialist';
/** `increaseViewWidth` steps (60 px each) for the screenshots. */
const WIDEN_STEPS = 3;

/** The example sidecar's text and annotations, from the extension's own folder. */
async function exampleSidecar(): Promise<{ text: string; annotations: readonly Annotation[] }> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const file = path.join(extension.extensionPath, 'annotations', `${SEED}.annotations.yaml`);
  const text = await fs.readFile(file, 'utf8');
  return { text, annotations: parseSidecar(text, file).sidecar.annotations };
}

/**
 * Widens (or, negative, narrows) the side bar by `steps` of the workbench's resize step, with
 * the bottom panel closed: an analyst reading sources gives them room, and the default width
 * cuts the descriptions off.
 */
async function widenSideBar(steps: number): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closePanel');
  // The resize commands act on the editor when run from an extension (the side bar gets what the editor gives up).
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  const command = steps > 0 ? 'workbench.action.decreaseViewWidth' : 'workbench.action.increaseViewWidth';
  for (let i = 0; i < Math.abs(steps); i++) await vscode.commands.executeCommand(command);
}

async function setTheme(name: string): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('colorTheme', name, vscode.ConfigurationTarget.Global);
  await sleep(500);
}

suite('Sources view and status bar', () => {
  let api: NewsAnnotatorApi;
  let uri: vscode.Uri;
  let sidecarPath = '';
  let sidecarText = '';
  let created = false;
  let specialistQuotes: Annotation[] = [];

  /** The tree of the seed, once it shows the sidecar's annotations. */
  const tree = (): readonly SourcesNode[] => {
    const nodes = api.sourcesTree(uri);
    assert.ok(nodes, 'the seed is an open article');
    return nodes;
  };
  const status = (): string => api.sourcingStatus()?.text ?? '';

  suiteSetup(async () => {
    const example = await exampleSidecar();
    sidecarText = example.text;
    specialistQuotes = example.annotations.filter((a) => a.kind === 'quote' && a.speaker === SPECIALIST);
    const editor = await openArticle(SEED);
    uri = editor.document.uri;
    sidecarPath = sidecarPathFor(uri.fsPath);
    try {
      await fs.access(sidecarPath);
    } catch {
      await fs.writeFile(sidecarPath, sidecarText, 'utf8');
      created = true;
    }
    api = await activeApi();
    await waitFor('the example sidecar to load', () => (api.articles.get(uri)?.sidecar.kind === 'loaded' ? true : undefined));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('newsAnnotator.clearSourcesFilter');
    if (created) await fs.rm(sidecarPath, { force: true });
  });

  test('the status bar says 8/11 quotes anonymous, with the sources by identity in its tooltip', async () => {
    await openArticle(SEED);
    await waitFor('the status bar to count the annotations', () => (status().includes('8/11 quotes anonymous') ? true : undefined), 5_000);
    const tooltip = api.sourcingStatus()?.tooltip ?? '';
    assert.match(tooltip, /8 of 11 quotes come from anonymous sources/);
    assert.match(tooltip, /anonymous 1 · vague 1 · named 7/);
    assert.match(tooltip, /annotations/);
  });

  test('the first group is the anonymous specialist with her 8 quotes', async () => {
    await openArticle(SEED);
    const [first, second, third] = tree();
    assert.equal(first?.id, 'group:anonymous');
    assert.equal(second?.id, 'group:vague');
    assert.equal(third?.id, 'group:named');
    assert.equal(first.label, 'Anonymous sources: 1');
    const specialist = first.children[0];
    assert.ok(specialist);
    assert.equal(specialist.id, `source:annotation:${SPECIALIST}`);
    assert.equal(specialist.layer, 'annotation');
    assert.match(specialist.description, /^annotation · 8 quotes( \+ \d+ found)?(, [^·]+)? · specialist in Libyan affairs$/);
    const annotated = specialist.children.filter((n) => n.kind === 'quote' && n.layer === 'annotation');
    assert.deepEqual(annotated.map((n) => n.ref), specialistQuotes.map((a) => a.id));
    assert.deepEqual(annotated.map((n) => n.range), specialistQuotes.map((a) => ({ start: a.target.start, end: a.target.end })));
    for (const n of annotated) assert.match(n.description, /^annotation/);
    // The engine's findings that no annotation covers are listed too, marked as findings.
    for (const n of specialist.children.filter((c) => c.layer === 'finding')) assert.match(n.description, /^finding/);
    const orphaned = tree().find((n) => n.id === 'group:orphaned');
    assert.equal(orphaned?.label, 'Orphaned annotations: 0');
  });

  test('Show Sources focuses the view', async () => {
    await openArticle(SEED);
    await vscode.commands.executeCommand('workbench.view.explorer');
    await waitFor('the Sources view to hide', () => (api.sourcesView().visible ? undefined : true));
    const visible = await vscode.commands.executeCommand<boolean>('newsAnnotator.showSources');
    assert.equal(visible, true);
    assert.equal(api.sourcesView().visible, true);
  });

  test('selecting an item selects its words in the editor', async () => {
    const editor = await openArticle(SEED);
    await vscode.commands.executeCommand('newsAnnotator.showSources');
    const quote = specialistQuotes[3];
    assert.ok(quote);
    const id = `quote:annotation:${quote.id}`;
    assert.ok(await api.revealInSources(id), `${id} is in the tree`);
    // Enter on the focused item runs its command, as a click does.
    await vscode.commands.executeCommand('list.select');
    const selected = await waitFor('the editor selection to move', () => {
      const active = vscode.window.activeTextEditor;
      if (active?.document !== editor.document || active.selection.isEmpty) return undefined;
      return [active.document.offsetAt(active.selection.start), active.document.offsetAt(active.selection.end)];
    });
    assert.deepEqual(selected, [quote.target.start, quote.target.end]);
    assert.equal(editor.document.getText(vscode.window.activeTextEditor!.selection), quote.target.exact);
  });

  test('the filter narrows the tree and says so in the view’s description; clearing it restores', async () => {
    await openArticle(SEED);
    const before = tree();
    const filter = await vscode.commands.executeCommand('newsAnnotator.filterSources', { text: 'فاغنر', layer: 'annotation' });
    assert.deepEqual(filter, { text: 'فاغنر', layer: 'annotation' });
    assert.equal(api.sourcesView().description, 'Filtered by text: فاغنر · layer: annotations');
    const filtered = tree();
    const quotes = filtered.flatMap((g) => g.children.flatMap((s) => s.children.filter((n) => n.kind === 'quote')));
    assert.deepEqual(quotes.map((q) => q.ref), ['qt-wagner-talks', 'qt-rid-of-wagner', 'qt-wagner-numbers', 'qt-turkey-withdrawal']);
    assert.ok(quotes.every((q) => q.layer === 'annotation'));
    assert.equal(filtered.find((g) => g.id === 'group:named')?.children.length, 0);
    // Status from the quick pick, as a user picks it: Status… then "disputed" (none in the example).
    const picking = vscode.commands.executeCommand('newsAnnotator.filterSources');
    await sleep(400);
    for (let i = 0; i < 2; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await sleep(400);
    for (let i = 0; i < 3; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.deepEqual(await picking, { text: 'فاغنر', layer: 'annotation', status: 'disputed' });
    assert.equal(tree().flatMap((g) => g.children).length, 0, 'no source rests on disputed Wagner annotations');
    await vscode.commands.executeCommand('newsAnnotator.clearSourcesFilter');
    assert.equal(api.sourcesView().description, '');
    assert.deepEqual(tree(), before);
  });

  test('a sidecar changed on disk redraws the counts', async () => {
    await openArticle(SEED);
    // The analyst decides one of the specialist's quotes is Peskov's after all.
    const changed = sidecarText.replace(
      /(id: qt-no-fighting\n(?:.*\n)*?\s+speaker: )src-libya-specialist/,
      '$1src-peskov',
    );
    assert.notEqual(changed, sidecarText);
    await fs.writeFile(sidecarPath, changed, 'utf8');
    try {
      await waitFor('the status bar to read 7/11', () => (status().includes('7/11 quotes anonymous') ? true : undefined), 5_000);
      const specialist = tree()[0]?.children[0];
      assert.equal(specialist?.children.filter((n) => n.kind === 'quote' && n.layer === 'annotation').length, 7);
    } finally {
      await fs.writeFile(sidecarPath, sidecarText, 'utf8');
      await waitFor('the status bar to read 8/11 again', () => (status().includes('8/11 quotes anonymous') ? true : undefined), 5_000);
    }
  });

  test('a file that is not an article hides the status bar item; back on the article it returns', async () => {
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not an article' });
    await vscode.window.showTextDocument(plain, { preview: false });
    await waitFor('the status bar item to hide', () => (api.sourcingStatus() === undefined ? true : undefined), 5_000);
    await openArticle(SEED);
    await waitFor('the status bar item to return', () => (status().includes('8/11 quotes anonymous') ? true : undefined), 5_000);
    await vscode.window.showTextDocument(plain);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('screenshots: the seed with the Sources view and the status bar, dark and light', async () => {
    const original = vscode.workspace.getConfiguration('workbench').inspect('colorTheme')?.globalValue;
    try {
      for (const [theme, name] of [['Default Dark Modern', 'sources-view-dark'], ['Default Light Modern', 'sources-view-light']] as const) {
        await setTheme(theme);
        await openArticle(SEED);
        await vscode.commands.executeCommand('newsAnnotator.showSources');
        await api.revealInSources(`source:annotation:${SPECIALIST}`);
        await widenSideBar(WIDEN_STEPS);
        await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
        await waitFor('the status bar', () => (status().includes('8/11') ? true : undefined));
        await saveScreenshot(name);
        await widenSideBar(-WIDEN_STEPS);
      }
    } finally {
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', original, vscode.ConfigurationTarget.Global);
    }
  });
});

/**
 * Run with `VSCODE_TEST_LOCALE=ar VSCODE_TEST_GREP='Arabic UI' npm run test:vscode`: the
 * workbench in Arabic, the extension's strings from l10n/bundle.l10n.ar.json. Pending in the
 * English run.
 */
suite('Arabic UI', () => {
  test('the Sources view and the status bar speak Arabic (screenshot)', async function () {
    if (!vscode.env.language.startsWith('ar')) this.skip();
    const editor = await openArticle(SEED);
    const uri = editor.document.uri;
    const sidecarPath = sidecarPathFor(uri.fsPath);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await fs.copyFile(path.join(extension.extensionPath, 'annotations', `${SEED}.annotations.yaml`), sidecarPath);
    try {
      const api = await activeApi();
      await waitFor('the example sidecar to load', () => (api.articles.get(uri)?.sidecar.kind === 'loaded' ? true : undefined));
      await waitFor('the status bar in Arabic', () => (api.sourcingStatus()?.text.includes('اقتباسات من مصادر مجهولة: 8/11') ? true : undefined), 5_000);
      const [first] = api.sourcesTree(uri) ?? [];
      assert.equal(first?.label, 'مصادر مجهولة: 1');
      await vscode.commands.executeCommand('newsAnnotator.showSources');
      await api.revealInSources(`source:annotation:${SPECIALIST}`);
      await widenSideBar(WIDEN_STEPS);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await saveScreenshot('sources-view-arabic');
    } finally {
      await fs.rm(sidecarPath, { force: true });
    }
  });
});
