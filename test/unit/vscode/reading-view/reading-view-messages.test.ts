import * as assert from 'node:assert/strict';
import { escapeHtml, readingViewCsp, readingViewHtml } from '../../../../src/vscode/reading-view/reading-view-html';
import { parseViewMessage } from '../../../../src/vscode/reading-view/reading-view-messages';

describe('parseViewMessage', () => {
  const accepted: [unknown, unknown][] = [
    [{ type: 'ready' }, { type: 'ready' }],
    [{ type: 'rendered', seq: 3 }, { type: 'rendered', seq: 3 }],
    [{ type: 'select', start: 1, end: 4, extra: 'ignored' }, { type: 'select', start: 1, end: 4 }],
    [{ type: 'probeResult', id: 2, result: { a: 1 } }, { type: 'probeResult', id: 2, result: { a: 1 } }],
    [{ type: 'probeResult', id: 2, error: 'boom' }, { type: 'probeResult', id: 2, result: undefined, error: 'boom' }],
    [{ type: 'error', message: 'x'.repeat(3000) }, { type: 'error', message: 'x'.repeat(2000) }],
  ];
  for (const [raw, expected] of accepted) it(`accepts ${JSON.stringify(raw).slice(0, 60)}`, () => assert.deepEqual(parseViewMessage(raw), expected));

  const refused: unknown[] = [
    null, 'select', [], { type: 7 }, { type: 'open-file', path: '/etc/passwd' },
    { type: 'select', start: '1', end: 2 }, { type: 'select', start: 1.5, end: 2 }, { type: 'select', start: 1 },
    { type: 'rendered' }, { type: 'probeResult', id: 'x' },
  ];
  for (const raw of refused) it(`refuses ${JSON.stringify(raw)}`, () => assert.ok('refused' in parseViewMessage(raw)));
});

describe('readingViewHtml', () => {
  const html = readingViewHtml({
    cspSource: 'https://x.vscode-cdn.net', nonce: 'abc123', scriptUri: 'https://x/reading-view.js', styleUri: 'https://x/reading-view.css',
    uiLanguage: 'ar', title: 'Reading View: <b>"a".txt',
  });

  it('has a strict CSP: nothing by default, the nonce’d script, styles and fonts from the extension only', () => {
    assert.equal(
      readingViewCsp('https://x.vscode-cdn.net', 'abc123'),
      "default-src 'none'; script-src 'nonce-abc123'; style-src https://x.vscode-cdn.net; font-src https://x.vscode-cdn.net; base-uri 'none'; form-action 'none'",
    );
    assert.ok(html.includes(`content="default-src &#39;none&#39;; script-src &#39;nonce-abc123&#39;;`));
    assert.ok(!/unsafe-inline|unsafe-eval/.test(html));
  });
  it('has one script, with the nonce, and no inline style', () => {
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.ok(html.includes('<script nonce="abc123" src="https://x/reading-view.js"></script>'));
    assert.ok(!/style=|<style/.test(html));
  });
  it('escapes the title', () => {
    assert.ok(html.includes('<title>Reading View: &#60;b&#62;&#34;a&#34;.txt</title>'));
    assert.ok(!html.includes('<b>'));
  });
  it('sets the UI language and its direction on the page', () => {
    assert.ok(html.includes('<html lang="ar" dir="rtl">'));
  });
  it('escapeHtml escapes the five', () => assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;'));
});
