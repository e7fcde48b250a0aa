/**
 * An English article (test/fixtures/en/grain-corridor.en.txt): left to right, a named
 * spokesman quoted directly, and an anonymous official whose quote must stand out.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/analysis/types';
import { activeApi, decorationsOf, offsetsOf, openArticle, saveScreenshot } from './vscode-helpers';

const ARTICLE = 'grain-corridor.en.txt';

suite('English article', () => {
  test('is analysed and decorated as a news article', async () => {
    const editor = await openArticle(ARTICLE);
    const document = editor.document;
    assert.equal(document.languageId, 'news-article');
    const analysis = await vscode.commands.executeCommand<Analysis | null>('newsAnnotator.analyzeDocument', document.uri);
    assert.ok(analysis);
    assert.equal(analysis.language, 'en');
    const shown = await decorationsOf(await activeApi(), document.uri);
    await saveScreenshot('english-article');

    const peskov = analysis.sources.find((s) => s.identity === 'named' && s.mentions.some((m) => m.text.includes('Dmitry Peskov')));
    assert.ok(peskov, 'Kremlin spokesman Dmitry Peskov is a named source');
    const demands = analysis.quotes.find((q) => q.direct && q.text.includes('The European side keeps changing its demands'));
    assert.ok(demands, 'his words are a direct quote');
    assert.equal(demands.speaker, peskov.id, 'spoken by Peskov');

    const official = analysis.sources.find((s) => s.identity === 'anonymous' && s.mentions.some((m) => m.text.includes('European Union official')));
    assert.ok(official, 'the senior EU official is an anonymous source');
    const unopened = analysis.quotes.find((q) => q.text.includes('They did not even open it'));
    assert.ok(unopened, 'the official’s words are a quote');
    assert.equal(unopened.speaker, official.id, 'spoken by the anonymous official');

    // What the user sees: the official's quote in the anonymous look, Peskov's in the direct one.
    assert.ok(offsetsOf(document, shown.findings['quote-anonymous']).some(([s, e]) => s === unopened.start && e === unopened.end));
    assert.ok(offsetsOf(document, shown.findings['quote-direct']).some(([s, e]) => s === demands.start && e === demands.end));
    const allMentions = analysis.sources.flatMap((s) => s.mentions).map((m): [number, number] => [m.start, m.end]);
    const decorated = [...shown.findings['source-named'], ...shown.findings['source-vague'], ...shown.findings['source-anonymous']];
    const sort = (xs: [number, number][]) => xs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    assert.deepEqual(sort(offsetsOf(document, decorated)), sort(allMentions));
  });
});
