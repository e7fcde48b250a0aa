/**
 * The right-to-left reading view in a real VS Code: what its webview's DOM shows (computed
 * directions, the anonymous-quote marks, escaped notes) and the sync with the editor both ways
 * (a selection made in the DOM selects exactly those words in the editor; the editor's caret
 * marks the annotation it is in). Questions go to the webview through the API's
 * `readingViewFor(uri)`, which posts a message and awaits the webview's answer.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticleState } from '../../src/vscode/article/article-state-types';
import type { ReadingViewHandle } from '../../src/vscode/reading-view/register-reading-view';
import { activeApi, EXTENSION_ID, openArticle, saveScreenshot, sleep, waitFor, workspaceUri } from './vscode-helpers';

const SEED = 'haftar-moscow.ar.txt';
const SEED_SIDECAR = `${SEED}.annotations.yaml`;
const ENGLISH = 'grain-corridor.en.txt';
const SPECIALIST = 'src-libya-specialist';

interface ParagraphFacts { dir: string; lang: string | null; direction: string; start: number; text: string }
interface MarkFacts { id: string; start: number; end: number; classes: string; ariaLabel: string; anonymous: boolean; current: boolean }
interface DomFacts { images: number; scripts: number; flag: boolean; text: string }

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return false;
    throw err;
  }
}

/** The seed's example sidecar in the workspace (the runner copies it; copied here from the extension when it did not). */
async function ensureSeedSidecar(): Promise<void> {
  const target = vscode.Uri.joinPath(workspaceUri(), SEED_SIDECAR);
  if (await exists(target)) return;
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(extension.extensionUri, 'annotations', SEED_SIDECAR), target);
}

/** The state of `editor`'s article once its sidecar is read and its analysis is done. */
async function settledState(editor: vscode.TextEditor): Promise<ArticleState> {
  const api = await activeApi();
  const state = await waitFor('the article state', () => api.articles.get(editor.document.uri));
  await state.ready;
  await state.settled();
  return state;
}

/** Opens the reading view of `editor`'s article and waits until it shows the article as the state has it. */
async function openView(editor: vscode.TextEditor): Promise<ReadingViewHandle> {
  const api = await activeApi();
  await vscode.commands.executeCommand('newsAnnotator.openReadingView', editor.document.uri);
  const view = await waitFor('the reading view', () => api.readingViewFor(editor.document.uri));
  await view.whenRendered();
  return view;
}

/** Polls `check` until it returns true; fails after `timeoutMs` with `what`. */
async function eventually(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

const offsetsOfSelection = (editor: vscode.TextEditor): [number, number] => [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];

/** Waits until the runner has written test-results/NAME.png (newer than `since`, ms since the epoch). */
async function screenshotSaved(name: string, since: number): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const file = vscode.Uri.joinPath(extension.extensionUri, 'test-results', `${name}.png`);
  await eventually(`test-results/${name}.png`, async () => (await exists(file)) && (await vscode.workspace.fs.stat(file)).mtime >= since - 1000, 20_000);
}

/** Writes `name` into the workspace (a fresh copy per run). */
async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceUri(), name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

suite('reading view', () => {
  suiteSetup(async () => {
    await ensureSeedSidecar();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // Keyboard probes focus the webview, which makes its group the active one: articles open in the first.
  setup(async () => {
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the seed article reads right to left, and the specialist’s 8 quotes carry the anonymous mark', async () => {
    const editor = await openArticle(SEED);
    const state = await settledState(editor);
    const view = await openView(editor);
    assert.equal(view.panel.viewColumn, vscode.ViewColumn.Two, 'beside the editor');

    const paragraphs = (await view.request({ kind: 'paragraphs' })) as ParagraphFacts[];
    const languages = state.analysis.paragraphs.map((p) => p.language);
    assert.equal(paragraphs.length, languages.length, 'one element per paragraph');
    // The scraped page ends with one English line ("error: Content is protected !!"): left to right.
    assert.ok(languages.filter((l) => l === 'ar').length >= languages.length - 1, `Arabic paragraphs: ${languages.join(' ')}`);
    paragraphs.forEach((p, i) => {
      const expected = languages[i] === 'ar' ? ['rtl', 'rtl', 'ar'] : ['ltr', 'ltr', languages[i]];
      assert.deepEqual([p.direction, p.dir, p.lang], expected, `computed direction of ${JSON.stringify(p.text)}`);
    });

    const specialistQuotes = state.annotations.filter((t) => t.annotation.kind === 'quote' && t.annotation.speaker === SPECIALIST);
    assert.equal(specialistQuotes.length, 8, 'the example sidecar holds the specialist’s 8 quotes');
    const marks = (await view.request({ kind: 'marks' })) as MarkFacts[];
    // The annotation layer: exactly the specialist's quotes. (The findings layer may add a quote
    // the engine found and the analyst has not annotated; it is drawn as a finding.)
    const anonymous = marks.filter((m) => m.anonymous && m.id.startsWith('a:'));
    assert.deepEqual(
      anonymous.map((m) => [m.id, m.start, m.end]),
      specialistQuotes.map((t) => [`a:${t.annotation.id}`, t.start, t.end]),
      'exactly the specialist’s quotes are marked anonymous, at their ranges',
    );
    assert.ok(anonymous.every((m) => /\bannotation\b/.test(m.classes)), 'drawn as annotations (the stronger layer)');
    const speaker = state.annotation(SPECIALIST)?.annotation.target.exact;
    assert.ok(speaker);
    const card = (await view.request({ kind: 'showCard', markId: anonymous[0]!.id })) as { text: string };
    for (const words of ['Quote from an anonymous source', 'Speaker', speaker, 'Identity', 'anonymous']) assert.ok(card.text.includes(words), `the card says ${words}: ${card.text}`);
    for (const m of anonymous) assert.match(m.ariaLabel, /anonymous/, `the label says so: ${m.ariaLabel}`);
  });

  test('an English article reads left to right', async () => {
    const editor = await openArticle(ENGLISH);
    await settledState(editor);
    const view = await openView(editor);
    const paragraphs = (await view.request({ kind: 'paragraphs' })) as ParagraphFacts[];
    assert.ok(paragraphs.length > 3);
    for (const p of paragraphs) assert.deepEqual([p.dir, p.direction, p.lang], ['ltr', 'ltr', 'en'], p.text);
    assert.notEqual(view, (await activeApi()).readingViewFor(vscode.Uri.joinPath(workspaceUri(), SEED)), 'one view per article');
  });

  test('selecting a quote in the view selects exactly its words in the editor', async () => {
    const editor = await openArticle(SEED);
    const state = await settledState(editor);
    const view = await openView(editor);
    const quote = state.annotations.find((t) => t.annotation.kind === 'quote' && t.annotation.speaker === SPECIALIST);
    assert.ok(quote && quote.start !== null && quote.end !== null);
    const picked = (await view.request({ kind: 'selectMark', markId: `a:${quote.annotation.id}` })) as { selected: string };
    assert.equal(picked.selected, editor.document.getText().slice(quote.start, quote.end), 'the DOM selection holds the quote');
    await eventually('the editor selection', () => {
      const [s, e] = offsetsOfSelection(editor);
      return s === quote.start && e === quote.end;
    });
    assert.equal(editor.document.getText(editor.selection), quote.annotation.target.exact);
  });

  test('offsets through the DOM are exact with tashkeel and characters outside the BMP', async () => {
    const text = 'قالَ مُتخصّصٌ 𝔸 إنّ 😀 الوضعَ مُعقّدٌ جدًّا.\n\nThe 𝔸-index rose 😀 sharply, said Ali.\n';
    await writeFile('tashkeel.ar.txt', text);
    const editor = await openArticle('tashkeel.ar.txt');
    await settledState(editor);
    const view = await openView(editor);
    for (const words of ['الوضعَ', 'مُتخصّصٌ 𝔸 إنّ 😀', '𝔸', '😀 sharply', 'جدًّا']) {
      const picked = (await view.request({ kind: 'selectText', text: words })) as { selected: string };
      assert.equal(picked.selected, words);
      const at = text.indexOf(words);
      await eventually(`the editor selecting ${words}`, () => {
        const [s, e] = offsetsOfSelection(editor);
        return s === at && e === at + words.length;
      });
      assert.equal(editor.document.getText(editor.selection), words);
    }
  });

  test('the context menu’s annotate commands work on words selected in the view', async () => {
    const text = 'The minister said the port is closed.\n\nTraders said the price doubled.\n';
    await writeFile('menu.en.txt', text);
    const editor = await openArticle('menu.en.txt');
    const state = await settledState(editor);
    const view = await openView(editor);
    await view.request({ kind: 'selectText', text: 'the price doubled' });
    const context = (await view.request({ kind: 'menuContext' })) as { webviewSection: string; uri: string; range: { start: number; end: number } };
    const at = text.indexOf('the price doubled');
    assert.deepEqual(context, { webviewSection: 'selection', uri: editor.document.uri.toString(), range: { start: at, end: at + 17 } });
    // What VS Code passes to a webview/context command: the context, plus the view type.
    await vscode.commands.executeCommand('newsAnnotator.addNote', { ...context, webview: 'newsAnnotator.readingView', note: 'Check the price.' });
    await state.settled();
    const added = state.annotations.find((t) => t.annotation.kind === 'note');
    assert.ok(added, 'a note was added');
    assert.deepEqual([added.start, added.end, added.annotation.target.exact, added.annotation.note], [at, at + 17, 'the price doubled', 'Check the price.']);
    await eventually('the new note in the view', async () => ((await view.request({ kind: 'marks' })) as MarkFacts[]).some((m) => m.id === `a:${added.annotation.id}`));
    const onMark = (await view.request({ kind: 'menuContext', markId: `a:${added.annotation.id}` })) as { webviewSection: string };
    assert.equal(onMark.webviewSection, 'annotation', 'a right-click on an annotation offers the edit commands');
  });

  test('moving the editor’s cursor into an annotation marks it in the view', async () => {
    const editor = await openArticle(SEED);
    const state = await settledState(editor);
    const view = await openView(editor);
    const claim = state.annotation('clm-putin-met-haftar');
    assert.ok(claim && claim.start !== null);
    const caret = editor.document.positionAt(claim.start + 5);
    editor.selection = new vscode.Selection(caret, caret);
    await eventually('the claim marked current in the view', async () => {
      const marks = (await view.request({ kind: 'marks' })) as MarkFacts[];
      const current = marks.filter((m) => m.current).map((m) => m.id);
      return current.includes('a:clm-putin-met-haftar');
    });
    // Elsewhere: no longer current.
    const far = editor.document.positionAt(editor.document.getText().length);
    editor.selection = new vscode.Selection(far, far);
    await eventually('the claim no longer current', async () => {
      const marks = (await view.request({ kind: 'marks' })) as MarkFacts[];
      return !marks.some((m) => m.current && m.id === 'a:clm-putin-met-haftar');
    });
  });

  test('keyboard: j moves to the next mark, with a focus ring, and selects its words in the editor', async () => {
    const editor = await openArticle(SEED);
    await settledState(editor);
    const view = await openView(editor);
    await view.request({ kind: 'scrollTo', y: 0 });
    const marks = (await view.request({ kind: 'marks' })) as MarkFacts[];
    const first = (await view.request({ kind: 'key', key: 'j' })) as { focused: string | null; focusRing: string | null };
    assert.equal(first.focused, marks[0]?.id, 'the first mark');
    assert.equal(first.focusRing, 'solid', 'a visible focus ring');
    const second = (await view.request({ kind: 'key', key: 'ArrowDown', altKey: true })) as { focused: string | null };
    assert.equal(second.focused, marks[1]?.id, 'Alt+Down: the next one');
    const back = (await view.request({ kind: 'key', key: 'k' })) as { focused: string | null };
    assert.equal(back.focused, marks[0]?.id, 'k: back');
    await eventually('the editor selecting the focused mark', () => {
      const [s, e] = offsetsOfSelection(editor);
      return s === marks[0]?.start && e === marks[0]?.end;
    });
  });

  test('a note with HTML in it is shown as text and runs nothing; a sidecar change shows without a reload', async () => {
    const text = 'The minister said the port is closed.\n\nTraders said the price doubled.\n';
    const payload = '<img src=x onerror="window.__naXss=1"><script>window.__naXss=1</script>';
    const sidecar = (note: string): string =>
      [
        'version: 1',
        'article:',
        '  path: xss.en.txt',
        'annotations:',
        '  - id: nt-1',
        '    kind: note',
        '    target:',
        '      exact: the port is closed',
        `      prefix: "The minister said "`,
        `      suffix: ".\\n\\nTraders said the price do"`,
        '      start: 18',
        '      end: 36',
        '    status: unverified',
        `    note: ${JSON.stringify(note)}`,
        '',
      ].join('\n');
    await writeFile('xss.en.txt', text);
    const sidecarUri = await writeFile('xss.en.txt.annotations.yaml', sidecar(payload));
    const editor = await openArticle('xss.en.txt');
    const state = await settledState(editor);
    assert.equal(state.sidecar.kind, 'loaded', JSON.stringify(state.sidecar));
    assert.equal(state.annotations[0]?.annotation.note, payload, 'the note reached the state');
    const view = await openView(editor);
    const dom = (await view.request({ kind: 'dom', flag: '__naXss' })) as DomFacts;
    assert.ok(dom.text.includes(payload), 'the note is shown as its text');
    assert.equal(dom.images, 0, 'no img element was made');
    assert.equal(dom.scripts, 0, 'no script element from the note');
    assert.equal(dom.flag, false, 'nothing ran');

    const y = 0;
    await view.request({ kind: 'scrollTo', y });
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(sidecar('A second thought.')));
    await eventually('the changed note in the view', async () => ((await view.request({ kind: 'dom', flag: '__naXss' })) as DomFacts).text.includes('A second thought.'));
  });

  test('an edit updates the view in place, keeping the scroll position', async () => {
    const editor = await openArticle(SEED);
    await settledState(editor);
    const view = await openView(editor);
    const before = (await view.request({ kind: 'scrollTo', y: 500 })) as { y: number };
    assert.ok(before.y > 100, `the view scrolls (${before.y})`);
    const end = editor.document.positionAt(editor.document.getText().length);
    assert.ok(await editor.edit((b) => b.insert(end, '\n\nفقرة جديدة في آخر المقال.')));
    try {
      await eventually('the new paragraph in the view', async () => {
        const paragraphs = (await view.request({ kind: 'paragraphs' })) as ParagraphFacts[];
        return paragraphs.some((p) => p.text.includes('فقرة جديدة'));
      });
      const after = (await view.request({ kind: 'scroll' })) as { y: number };
      assert.ok(Math.abs(after.y - before.y) <= 2, `scroll kept: ${before.y} -> ${after.y}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('hidden and shown again, the view comes back at the same place', async () => {
    const editor = await openArticle(SEED);
    await settledState(editor);
    const view = await openView(editor);
    const before = (await view.request({ kind: 'scrollTo', y: 900 })) as { y: number };
    await sleep(600); // the webview saves its place (vscode.setState) 200 ms after scrolling stops
    const english = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceUri(), ENGLISH));
    await vscode.window.showTextDocument(english, { viewColumn: view.panel.viewColumn, preview: false });
    await eventually('the view hidden', () => !view.panel.visible);
    view.panel.reveal(view.panel.viewColumn, true);
    await eventually('the view shown', () => view.panel.visible);
    await view.whenRendered();
    const after = (await view.request({ kind: 'scroll' })) as { y: number };
    assert.ok(Math.abs(after.y - before.y) <= 40, `scroll restored: ${before.y} -> ${after.y}`);
  });

  test('after a reload: the serializer’s path makes a panel the view of its saved article, or closes it', async () => {
    const api = await activeApi();
    const editor = await openArticle(SEED);
    await settledState(editor);
    const panel = vscode.window.createWebviewPanel('newsAnnotator.readingView', 'restored', { viewColumn: vscode.ViewColumn.Two, preserveFocus: true });
    const view = await api.restoreReadingView(panel, { uri: editor.document.uri.toString(), anchor: null });
    assert.ok(view, 'restored');
    assert.equal(api.readingViewFor(editor.document.uri), view, 'it is the article’s view now');
    await view.whenRendered();
    const paragraphs = (await view.request({ kind: 'paragraphs' })) as ParagraphFacts[];
    assert.ok(paragraphs.length > 10 && paragraphs[0]?.direction === 'rtl', 'the article is shown, right to left');

    for (const saved of [undefined, {}, { uri: 'file:///nowhere/gone.ar.txt' }]) {
      const stray = vscode.window.createWebviewPanel('newsAnnotator.readingView', 'stray', { viewColumn: vscode.ViewColumn.Two, preserveFocus: true });
      let closed = false;
      stray.onDidDispose(() => (closed = true));
      assert.equal(await api.restoreReadingView(stray, saved), undefined);
      assert.ok(closed, `closed for ${JSON.stringify(saved)}`);
    }
  });

  test('a selection message outside the document is ignored and logged', async () => {
    const editor = await openArticle(SEED);
    await settledState(editor);
    const view = await openView(editor);
    const caret = editor.document.positionAt(10);
    editor.selection = new vscode.Selection(caret, caret);
    const length = editor.document.getText().length;
    await view.request({ kind: 'echo', message: { type: 'select', start: 5, end: length + 10 } });
    await view.request({ kind: 'echo', message: { type: 'select', start: -1, end: 3 } });
    await view.request({ kind: 'echo', message: { type: 'nonsense' } });
    await eventually('three refusals', () => view.refused.length >= 3);
    assert.match(view.refused.join('\n'), /outside the document/);
    assert.deepEqual(offsetsOfSelection(editor), [10, 10], 'the editor selection is unchanged');
  });

  /** The seed article with its reading view beside it, scrolled to the specialist's first quote, in `theme`. */
  async function screenshotSeed(name: string, theme: string, kind: vscode.ColorThemeKind): Promise<void> {
    const config = vscode.workspace.getConfiguration('workbench');
    const previous = config.inspect<string>('colorTheme')?.globalValue;
    await config.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
    try {
      await waitFor(`the ${theme} theme`, () => (vscode.window.activeColorTheme.kind === kind ? true : undefined));
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      const editor = await openArticle(SEED);
      await settledState(editor);
      const view = await openView(editor);
      const anonymousQuote = ((await view.request({ kind: 'marks' })) as MarkFacts[]).find((m) => m.anonymous);
      assert.ok(anonymousQuote);
      // The caret in the specialist's first quote: the editor and the view both scroll to it.
      const caret = editor.document.positionAt(anonymousQuote.start + 3);
      editor.selection = new vscode.Selection(caret, caret);
      editor.revealRange(new vscode.Range(caret, caret), vscode.TextEditorRevealType.InCenter);
      await eventually('the quote marked current', async () => ((await view.request({ kind: 'marks' })) as MarkFacts[]).some((m) => m.current && m.id === anonymousQuote.id));
      const shownTheme = (await view.request({ kind: 'theme' })) as { classes: string };
      assert.ok(shownTheme.classes.includes(kind === vscode.ColorThemeKind.Dark ? 'vscode-dark' : 'vscode-light'), `the view is in the ${theme} theme: ${shownTheme.classes}`);
      // Its card: the speaker and her identity.
      await view.request({ kind: 'showCard', markId: anonymousQuote.id });
      const asked = Date.now();
      await saveScreenshot(name);
      // The runner takes screenshots one after another, asynchronously: wait for this one before
      // the theme is put back, or the picture shows the theme that follows.
      await screenshotSaved(name, asked);
    } finally {
      await config.update('colorTheme', previous, vscode.ConfigurationTarget.Global);
    }
  }

  test('screenshots: the seed article beside its reading view, dark and light themes', async () => {
    await screenshotSeed('reading-view-seed-dark', 'Dark Modern', vscode.ColorThemeKind.Dark);
    await screenshotSeed('reading-view-seed-light', 'Light Modern', vscode.ColorThemeKind.Light);
  });
});
