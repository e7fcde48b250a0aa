/**
 * The Arabic seed article (test/fixtures/haftar-moscow.ar.txt) opened in VS Code: the
 * extension activates by itself, reports the analysis, and paints exactly the analysed spans.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/analysis/types';
import { activeApi, decorationsOf, offsetsOf, openArticle, saveScreenshot } from './vscode-helpers';

const SEED = 'haftar-moscow.ar.txt';

suite('seed article (Arabic)', () => {
  test('opening it activates the extension as a news article', async () => {
    const editor = await openArticle(SEED);
    assert.equal(editor.document.languageId, 'news-article');
    await activeApi();
  });

  test('analyzeDocument reports the sources and quotes an analyst expects', async () => {
    const editor = await openArticle(SEED);
    const analysis = await vscode.commands.executeCommand<Analysis | null>('newsAnnotator.analyzeDocument', editor.document.uri);
    assert.ok(analysis, 'the command returns the analysis');
    assert.ok(analysis.sources.length >= 9, `>= 9 sources, got ${analysis.sources.length}`);
    assert.ok(analysis.quotes.length >= 11, `>= 11 quotes, got ${analysis.quotes.length}`);
    const specialist = analysis.sources.find(
      (s) => s.identity === 'anonymous' && s.mentions.some((m) => m.text.includes('متخصصة في الشؤون الليبية')),
    );
    assert.ok(specialist, 'the anonymous specialist in Libyan affairs is a source');
  });

  test('the decorations on the editor are the analysed spans', async () => {
    const editor = await openArticle(SEED);
    const document = editor.document;
    const analysis = await vscode.commands.executeCommand<Analysis>('newsAnnotator.analyzeDocument', document.uri);
    const shown = await decorationsOf(await activeApi(), document.uri);
    await saveScreenshot('seed-article');

    const spans = (xs: readonly { start: number; end: number }[]): [number, number][] =>
      xs.map((x): [number, number] => [x.start, x.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const anonymousIds = new Set(analysis.sources.filter((s) => s.identity === 'anonymous').map((s) => s.id));
    const byIdentity = (identity: string) => spans(analysis.sources.filter((s) => s.identity === identity).flatMap((s) => s.mentions));
    const quotes = (pick: (q: Analysis['quotes'][number]) => boolean) => spans(analysis.quotes.filter(pick));
    const isAnonymous = (q: Analysis['quotes'][number]) => q.speaker !== null && anonymousIds.has(q.speaker);

    assert.deepEqual(offsetsOf(document, shown.findings['source-named']), byIdentity('named'));
    assert.deepEqual(offsetsOf(document, shown.findings['source-vague']), byIdentity('vague'));
    assert.deepEqual(offsetsOf(document, shown.findings['source-anonymous']), byIdentity('anonymous'));
    assert.deepEqual(offsetsOf(document, shown.findings['quote-anonymous']), quotes(isAnonymous));
    assert.deepEqual(offsetsOf(document, shown.findings['quote-direct']), quotes((q) => q.direct && !isAnonymous(q)));
    assert.deepEqual(offsetsOf(document, shown.findings['quote-indirect']), quotes((q) => !q.direct && !isAnonymous(q)));
    assert.deepEqual(offsetsOf(document, shown.findings.claim), spans(analysis.claims));
    assert.ok(shown.findings['quote-anonymous'].length > 0, 'the specialist’s quotes stand out as anonymous');
    // One badge at the end of each paragraph quoting the specialist (paragraphs 9, 13 and 17).
    assert.deepEqual(shown.badges.map((r) => r.start.line), [8, 12, 16]);
    for (const r of shown.badges) assert.equal(r.end.character, document.lineAt(r.end.line).text.length, 'at the line end');
    // positionAt round trip: the range text is the core's span text.
    const first = analysis.quotes[0];
    assert.ok(first);
    assert.equal(document.getText(new vscode.Range(document.positionAt(first.start), document.positionAt(first.end))), first.text);
  });

  test('an edit is re-decorated after the debounce', async () => {
    const editor = await openArticle(SEED);
    const document = editor.document;
    const api = await activeApi();
    const before = offsetsOf(document, (await decorationsOf(api, document.uri)).findings['source-named']);
    const inserted = 'سطر جديد\n';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), inserted)));
    try {
      const shift = inserted.length;
      const expected = before.map(([s, e]) => [s + shift, e + shift]);
      const deadline = Date.now() + 5_000;
      let now = offsetsOf(document, api.decorationsFor(document.uri)?.findings['source-named'] ?? []);
      while (JSON.stringify(now) !== JSON.stringify(expected) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        now = offsetsOf(document, api.decorationsFor(document.uri)?.findings['source-named'] ?? []);
      }
      assert.deepEqual(now, expected, 'named sources moved by the inserted line');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
