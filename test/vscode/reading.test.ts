/**
 * Reading an article with its sidecar (issue 7, the reading core): the analyst's annotations
 * drawn over the engine's findings, following the typing at once, picked up from disk when the
 * sidecar changes, kept when it breaks; hovers, diagnostics, settings; screenshots in a dark
 * and a light theme.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import YAML from 'yaml';
import { parseSidecar } from '../../src/core/sidecar';
import type { ArticleState } from '../../src/vscode/article/article-state-types';
import type { NewsAnnotatorApi } from '../../src/vscode/extension';
import { activeApi, EXTENSION_ID, offsetsOf, openArticle, saveScreenshot, sleep, waitFor, workspaceUri } from './vscode-helpers';

const SEED = 'haftar-moscow.ar.txt';
const ENGLISH = 'grain-corridor.en.txt';

/** A file of the repository (the extension's folder is the repository in the test run). */
function repoFile(...segments: string[]): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return path.join(extension.extensionUri.fsPath, ...segments);
}

function workspaceFile(name: string): string {
  return vscode.Uri.joinPath(workspaceUri(), name).fsPath;
}

/** The state of `uri`, once its sidecar has been read. */
async function stateOf(api: NewsAnnotatorApi, uri: vscode.Uri): Promise<ArticleState> {
  const state = await waitFor(`the article state of ${uri.path}`, () => api.articles.get(uri));
  await state.ready;
  return state;
}

/** The 8 quotes of the anonymous specialist in the expected file, as offsets into `text`. */
async function specialistQuotes(text: string): Promise<[number, number][]> {
  const expected = YAML.parse(await fs.readFile(repoFile('test', 'fixtures', 'haftar-moscow.expected.yaml'), 'utf8')) as {
    quotes: { speaker: string; text: string; occurrence?: number }[];
  };
  return expected.quotes
    .filter((q) => q.speaker === 'libya-specialist')
    .map((q): [number, number] => {
      let at = -1;
      for (let n = 0; n < (q.occurrence ?? 1); n++) at = text.indexOf(q.text, at + 1);
      assert.ok(at >= 0, `the expected quote is in the article: ${q.text}`);
      return [at, at + q.text.length];
    })
    .sort((a, b) => a[0] - b[0]);
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

async function showHoverAt(editor: vscode.TextEditor, offset: number): Promise<void> {
  const at = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await sleep(300);
  await vscode.commands.executeCommand('editor.action.showHover');
  await sleep(700);
}

async function setTheme(theme: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration().update('workbench.colorTheme', theme, vscode.ConfigurationTarget.Global);
  await sleep(700);
}

suite('reading an article with its sidecar', () => {
  let api: NewsAnnotatorApi;
  const seedSidecar = (): string => workspaceFile(`${SEED}.annotations.yaml`);
  const englishSidecar = (): string => workspaceFile(`${ENGLISH}.annotations.yaml`);
  let seedSidecarText = '';

  suiteSetup(async () => {
    seedSidecarText = await fs.readFile(repoFile('annotations', `${SEED}.annotations.yaml`), 'utf8');
    await fs.writeFile(seedSidecar(), seedSidecarText, 'utf8');
    await fs.copyFile(repoFile('test', 'fixtures', 'vscode', `${ENGLISH}.annotations.yaml`), englishSidecar());
    api = await activeApi();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await fs.rm(seedSidecar(), { force: true });
    await fs.rm(englishSidecar(), { force: true });
  });

  /** Opens the seed article with the example sidecar loaded as on disk. */
  async function openSeed(): Promise<{ editor: vscode.TextEditor; state: ArticleState }> {
    const editor = await openArticle(SEED);
    const state = await stateOf(api, editor.document.uri);
    if (state.sidecar.kind !== 'loaded') await state.reload();
    assert.equal(state.sidecar.kind, 'loaded', 'the example sidecar is loaded');
    return { editor, state };
  }

  test('the seed article: the anonymous-source quotes drawn are exactly the specialist’s 8', async () => {
    const { editor, state } = await openSeed();
    const document = editor.document;
    const shown = await waitFor('decorations with annotations', () => {
      const d = api.decorationsFor(document.uri);
      return d && d.annotations['quote-anonymous'].length > 0 ? d : undefined;
    });
    assert.deepEqual(offsetsOf(document, shown.annotations['quote-anonymous']), await specialistQuotes(document.getText()));
    // Annotations are drawn once: no finding is drawn on the words of an annotation of its kind.
    const annotated = offsetsOf(document, [...shown.annotations['quote-anonymous'], ...shown.annotations['quote-named']]);
    for (const [s, e] of offsetsOf(document, [...shown.findings['quote-anonymous'], ...shown.findings['quote-direct'], ...shown.findings['quote-indirect']])) {
      assert.ok(!annotated.some(([as, ae]) => s < ae && as < e), `finding quote ${s}-${e} is covered by an annotation and must not be drawn`);
    }
    // The verified claim shows its status; the specialist is an anonymous source annotation.
    const putin = state.annotation('clm-putin-met-haftar');
    assert.ok(putin && putin.start !== null);
    assert.deepEqual(offsetsOf(document, shown.annotations['status-verified']), [[putin.start, putin.end]]);
    const specialist = state.annotation('src-libya-specialist');
    assert.ok(specialist && specialist.start !== null);
    assert.ok(offsetsOf(document, shown.annotations['source-anonymous']).some(([s, e]) => s === specialist.start && e === specialist.end));
    assert.equal(state.annotations.filter((t) => t.start === null).length, 0, 'no orphan in the example');
  });

  test('typing above an annotation moves it with its words at once; the sidecar is not written', async () => {
    const { editor, state } = await openSeed();
    const document = editor.document;
    const before = await fs.readFile(seedSidecar());
    const stat = await fs.stat(seedSidecar());
    const quote = state.annotation('qt-wagner-talks');
    assert.ok(quote && quote.start !== null && quote.end !== null);
    const words = document.getText().slice(quote.start, quote.end);
    const drawnBefore = offsetsOf(document, api.decorationsFor(document.uri)?.annotations['quote-anonymous'] ?? []);
    const inserted = 'تحديث: ';
    try {
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), inserted)));
      // No waiting: the change event has moved the annotation and redrawn it.
      const moved = state.annotation('qt-wagner-talks');
      assert.ok(moved && moved.start !== null && moved.end !== null);
      assert.equal(moved.start, quote.start + inserted.length);
      assert.equal(document.getText().slice(moved.start, moved.end), words);
      assert.deepEqual(
        offsetsOf(document, api.decorationsFor(document.uri)?.annotations['quote-anonymous'] ?? []),
        drawnBefore.map(([s, e]) => [s + inserted.length, e + inserted.length]),
      );
      // A few more keystrokes, and past the re-analysis: still nothing written.
      for (const ch of 'abc') assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), ch)));
      await sleep(800);
      assert.equal(state.annotation('qt-wagner-talks')?.start, quote.start + inserted.length + 3);
      assert.deepEqual(await fs.readFile(seedSidecar()), before, 'the sidecar is byte for byte as it was');
      assert.equal((await fs.stat(seedSidecar())).mtimeMs, stat.mtimeMs, 'and was not even rewritten');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('a change to the sidecar on disk is picked up within a second, against the editor’s current text', async () => {
    const { editor, state } = await openSeed();
    const document = editor.document;
    const inserted = 'سطر غير محفوظ\n';
    const quote = state.annotation('qt-wagner-talks');
    assert.ok(quote && quote.start !== null);
    try {
      assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), inserted)));
      const doc = parseSidecar(seedSidecarText, seedSidecar());
      doc.updateAnnotation('qt-wagner-talks', { status: 'disputed', note: 'Changed by another editor.' });
      const started = Date.now();
      await fs.writeFile(seedSidecar(), doc.toString(), 'utf8');
      await waitFor('the external change', () => (state.annotation('qt-wagner-talks')?.annotation.status === 'disputed' ? true : undefined), 1000);
      const elapsed = Date.now() - started;
      const now = state.annotation('qt-wagner-talks');
      assert.equal(now?.start, quote.start + inserted.length, 're-anchored in the unsaved text');
      assert.ok(now && now.start !== null);
      assert.ok(
        offsetsOf(document, api.decorationsFor(document.uri)?.annotations['status-disputed'] ?? []).some(([s, e]) => s === now.start && e === now.end),
        'drawn as disputed',
      );
      console.log(`[reading] external sidecar change picked up in ${elapsed} ms`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await fs.writeFile(seedSidecar(), seedSidecarText, 'utf8');
      await waitFor('the example back', () => (state.annotation('qt-wagner-talks')?.annotation.status === 'unverified' ? true : undefined), 2000);
    }
  });

  test('a sidecar that stops parsing: a diagnostic at its line, the last good annotations stay, nothing written', async () => {
    const { editor, state } = await openSeed();
    const document = editor.document;
    const drawn = offsetsOf(document, api.decorationsFor(document.uri)?.annotations['quote-anonymous'] ?? []);
    assert.equal(drawn.length, 8);
    const broken = seedSidecarText.replace('    status: verified', '    status: nonsense');
    const line = seedSidecarText.slice(0, seedSidecarText.indexOf('    status: verified')).split('\n').length; // 1-based
    try {
      await fs.writeFile(seedSidecar(), broken, 'utf8');
      const diagnostics = await waitFor('a diagnostic on the sidecar', () => {
        const found = vscode.languages.getDiagnostics(vscode.Uri.file(seedSidecar()));
        return found.length > 0 ? found : undefined;
      }, 2000);
      assert.equal(diagnostics[0]?.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(diagnostics[0]?.range.start.line, line - 1, 'at the status line');
      assert.equal(diagnostics[0]?.source, 'News Annotator');
      assert.equal(state.sidecar.kind, 'invalid');
      assert.equal(state.annotations.length > 0, true, 'the last good annotations are kept');
      assert.deepEqual(offsetsOf(document, api.decorationsFor(document.uri)?.annotations['quote-anonymous'] ?? []), drawn, 'and drawn');
      await sleep(500);
      assert.equal(await fs.readFile(seedSidecar(), 'utf8'), broken, 'the broken sidecar is left as it was');
    } finally {
      await fs.writeFile(seedSidecar(), seedSidecarText, 'utf8');
      await waitFor('the sidecar valid again', () => (state.sidecar.kind === 'loaded' ? true : undefined), 2000);
      await waitFor('its diagnostics gone', () => (vscode.languages.getDiagnostics(vscode.Uri.file(seedSidecar())).length === 0 ? true : undefined), 2000);
    }
  });

  test('hovers: an annotated quote tells who said it, right to left, with the annotation commands', async () => {
    const { editor, state } = await openSeed();
    const quote = state.annotation('qt-wagner-talks');
    assert.ok(quote && quote.start !== null);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(quote.start + 5));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Quote\*\* · annotation · status: unverified/);
    assert.ok(text.includes('<div dir="rtl" align="right">'), 'Arabic reads right to left');
    assert.ok(text.includes('Identity: anonymous'), 'the speaker’s identity');
    assert.ok(text.includes('specialist in Libyan affairs'), 'the speaker’s role');
    assert.ok(text.includes('لأسباب أمنية'), 'the reason for anonymity');
    const arg = encodeURIComponent(JSON.stringify([{ uri: editor.document.uri.toString(), id: 'qt-wagner-talks' }]));
    assert.ok(text.includes(`command:newsAnnotator.setStatus?${arg}`), 'a Set Status link with {uri, id}');
    const markdown = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
    assert.ok(markdown, 'a MarkdownString');

    // The specialist herself: how much rests on her.
    const specialist = state.annotation('src-libya-specialist');
    assert.ok(specialist && specialist.start !== null);
    const onSource = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(specialist.start + 2)));
    assert.ok(onSource.includes('Resting on it — quotes: 8, claims: 1'), onSource);
  });

  test('hovers escape what the sidecar says; a false claim shows its status and note', async () => {
    const editor = await openArticle(ENGLISH);
    const state = await stateOf(api, editor.document.uri);
    const note = state.annotation('note-istanbul');
    const claim = state.annotation('clm-wheat-futures');
    assert.ok(note && note.start !== null && claim && claim.start !== null);
    const onNote = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(note.start + 1)));
    assert.ok(!onNote.includes('<b>'), 'no HTML from the sidecar');
    assert.ok(!onNote.includes('](command:workbench'), 'no link from the sidecar');
    assert.ok(onNote.includes('&lt;b&gt;Haydarpaşa&lt;/b&gt;'), onNote);
    const onClaim = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(claim.start + 1)));
    assert.ok(onClaim.includes('status: false'), onClaim);
    assert.ok(onClaim.includes('Exchange data: 1\\.3%'), onClaim);
    assert.ok(onClaim.includes('Author: test\\-analyst'), onClaim);
  });

  test('diagnostics: an orphan on line 1 naming its words, a claim resting on an anonymous source; severities from the settings', async () => {
    const editor = await openArticle(ENGLISH);
    const uri = editor.document.uri;
    const state = await stateOf(api, uri);
    assert.equal(state.annotation('clm-removed')?.start, null, 'the removed claim is an orphan');
    const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
    const find = (code: string) => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === code);
    const orphans = await waitFor('the orphan diagnostic', () => (find('orphaned-annotation').length > 0 ? find('orphaned-annotation') : undefined));
    assert.equal(orphans.length, 1);
    assert.equal(orphans[0]?.range.start.line, 0);
    assert.ok(orphans[0]?.message.includes('Turkey offered naval escorts'), orphans[0]?.message);
    assert.equal(orphans[0]?.severity, vscode.DiagnosticSeverity.Information, 'the default severity');
    assert.equal(orphans[0]?.source, 'News Annotator');
    const twoHours = state.annotation('clm-two-hours');
    assert.ok(twoHours && twoHours.start !== null);
    assert.ok(
      find('anonymous-only-claim').some((d) => editor.document.offsetAt(d.range.start) === twoHours.start),
      'the claim resting on the anonymous official',
    );
    const config = vscode.workspace.getConfiguration('newsAnnotator.diagnostics');
    try {
      await config.update('orphan', 'error', vscode.ConfigurationTarget.Workspace);
      await waitFor('the orphan as an error', () => (find('orphaned-annotation')[0]?.severity === vscode.DiagnosticSeverity.Error ? true : undefined));
      await config.update('orphan', 'off', vscode.ConfigurationTarget.Workspace);
      await waitFor('no orphan diagnostic', () => (find('orphaned-annotation').length === 0 ? true : undefined));
    } finally {
      await config.update('orphan', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('settings switch finding kinds off; Toggle Automatic Findings hides them all; annotations stay', async () => {
    const editor = await openArticle(ENGLISH);
    const uri = editor.document.uri;
    await stateOf(api, uri);
    const shown = await waitFor('decorations', () => api.decorationsFor(uri));
    const annotatedClaims = shown.annotations.claim.length;
    assert.ok(annotatedClaims > 0 && shown.findings.claim.length > 0, 'both layers have claims to begin with');
    const config = vscode.workspace.getConfiguration('newsAnnotator.findings');
    try {
      await config.update('claims', false, vscode.ConfigurationTarget.Workspace);
      const off = await waitFor('no claim findings', () => {
        const d = api.decorationsFor(uri);
        return d && d.findings.claim.length === 0 ? d : undefined;
      });
      assert.equal(off.annotations.claim.length, annotatedClaims, 'annotated claims stay');
      assert.ok(off.findings['source-named'].length > 0, 'other kinds stay');
    } finally {
      await config.update('claims', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('claim findings back', () => ((api.decorationsFor(uri)?.findings.claim.length ?? 0) > 0 ? true : undefined));

    assert.equal(await vscode.commands.executeCommand<boolean>('newsAnnotator.toggleFindings'), false);
    try {
      const hidden = api.decorationsFor(uri);
      assert.ok(hidden);
      for (const [kind, ranges] of Object.entries(hidden.findings)) assert.equal(ranges.length, 0, `no ${kind} finding`);
      assert.equal(hidden.annotations.claim.length, annotatedClaims, 'annotations always shown');
    } finally {
      assert.equal(await vscode.commands.executeCommand<boolean>('newsAnnotator.toggleFindings'), true);
    }
    assert.ok((api.decorationsFor(uri)?.findings['source-named'].length ?? 0) > 0, 'findings back');
  });

  test('files of other languages: under articles/ by default, and by Treat This File as an Article', async () => {
    const folder = workspaceFile('articles');
    await fs.mkdir(folder, { recursive: true });
    const inArticles = path.join(folder, 'brief.md');
    const elsewhere = workspaceFile('field-report.txt');
    const body = 'A senior official, who spoke on condition of anonymity, said the talks had failed.\n';
    await fs.writeFile(inArticles, body, 'utf8');
    await fs.writeFile(elsewhere, body, 'utf8');
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    try {
      const md = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(inArticles));
      assert.equal(md.document.languageId, 'markdown');
      await stateOf(api, md.document.uri);

      const txt = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(elsewhere));
      assert.notEqual(txt.document.languageId, 'news-article');
      await sleep(300);
      assert.equal(api.articles.get(txt.document.uri), undefined, 'not an article yet');
      assert.equal(await vscode.commands.executeCommand<string | null>('newsAnnotator.treatAsArticle', txt.document.uri), 'field-report.txt');
      assert.deepEqual(config.inspect<string[]>('articles')?.workspaceValue, ['field-report.txt', '**/articles/**/*.{txt,md}']);
      const state = await stateOf(api, txt.document.uri);
      assert.ok(state.analysis.sources.length > 0, 'it is analysed');
      await waitFor('its decorations', () => api.decorationsFor(txt.document.uri));
    } finally {
      await config.update('articles', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await fs.rm(folder, { recursive: true, force: true });
      await fs.rm(elsewhere, { force: true });
    }
  });

  test('screenshots: both layers and a hover, in a dark and a light theme', async () => {
    const before = vscode.workspace.getConfiguration().inspect<string>('workbench.colorTheme')?.globalValue;
    try {
      // Room for the article: the panel (Problems, Comments) is not what these pictures are about.
      await vscode.commands.executeCommand('workbench.action.closePanel');
      for (const [theme, name] of [['Default Dark Modern', 'dark'], ['Default Light Modern', 'light']] as const) {
        await setTheme(theme);
        const { editor, state } = await openSeed();
        const quote = state.annotation('qt-rid-of-wagner');
        assert.ok(quote && quote.start !== null);
        await showHoverAt(editor, quote.start + 4);
        await saveScreenshot(`reading-seed-${name}`);

        const english = await openArticle(ENGLISH);
        const englishState = await stateOf(api, english.document.uri);
        const official = englishState.annotation('qt-walked-out');
        assert.ok(official && official.start !== null);
        await showHoverAt(english, official.start + 6);
        await saveScreenshot(`reading-english-${name}`);
      }
    } finally {
      await setTheme(before);
    }
  });
});
