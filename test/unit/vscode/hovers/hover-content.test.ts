import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../../src/core/analysis/types';
import type { Annotation } from '../../../../src/core/sidecar';
import { commandLink, escapeHoverText, hasArabic, hoverMarkdown, marksAt, type Translate } from '../../../../src/vscode/hovers/hover-content';

/** English, placeholders filled in: what vscode.l10n.t does without a bundle. */
const t: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)]));
const target = (exact: string, start: number) => ({ exact, prefix: '', suffix: '', start, end: start + exact.length });
const URI = 'file:///w/a.ar.txt';

const specialist: Annotation = {
  id: 'src-sp', kind: 'source', identity: 'anonymous', role: 'specialist in Libyan affairs', reason: 'لأسباب أمنية',
  target: target('متخصصة في الشؤون الليبية', 0), status: 'unverified',
};
const quote: Annotation = {
  id: 'qt-1', kind: 'quote', speaker: 'src-sp', direct: true, target: target('يبحث حفتر عن سبل', 40), status: 'disputed',
  note: 'Say <script>alert(1)</script> and [x](command:workbench.action.quit) *bold*', tags: ['wagner'], author: 'amal', modified: '2026-11-30T10:00:00Z',
};
const tracked = [
  { annotation: specialist, start: 0, end: 24 },
  { annotation: quote, start: 40, end: 56 },
];
const empty: Analysis = { language: 'ar', paragraphs: [], sources: [], quotes: [], claims: [] };

describe('hover content', () => {
  it('escapes HTML and Markdown from the article and sidecar', () => {
    const escaped = escapeHoverText('<img src=x onerror=alert(1)> [a](command:x) *b* `c` # d\n    indented');
    assert.ok(!/<img/.test(escaped));
    assert.ok(escaped.includes('&lt;img'));
    assert.ok(escaped.includes('\\[a\\]\\(command:x\\)'));
    assert.ok(escaped.includes('\\*b\\*') && escaped.includes('\\`c\\`') && escaped.includes('\\# d'));
    assert.ok(escaped.endsWith('  \nindented'), 'no code block from indentation');
  });

  it('an annotated quote: kind, layer, status, its speaker’s identity, role and reason, note, tags, author, date, command links', () => {
    const marks = marksAt(45, tracked, empty, empty);
    assert.ok(marks);
    assert.deepEqual([marks.start, marks.end], [40, 56]);
    const md = hoverMarkdown({ uri: URI, ...marks }, t);
    assert.ok(md);
    assert.ok(md.startsWith('**Quote** · annotation · status: disputed'), md);
    assert.ok(md.includes('\n\n<div dir="rtl" align="right">\u200f“يبحث حفتر عن سبل”\u200f</div>\n\n'), 'Arabic words right to left');
    assert.ok(md.includes('Identity: anonymous · Role: specialist in Libyan affairs'));
    assert.ok(md.includes('Reason for anonymity:\n\n<div dir="rtl" align="right">\u200fلأسباب أمنية\u200f</div>'));
    assert.ok(md.includes('&lt;script&gt;') && !md.includes('<script>'), 'the note is escaped');
    assert.ok(!md.includes('](command:workbench'), 'no link from the note');
    assert.ok(md.includes('Tags: wagner · Author: amal · Date: 2026\\-11\\-30'));
    const arg = encodeURIComponent(JSON.stringify([{ uri: URI, id: 'qt-1' }]));
    for (const command of ['setStatus', 'editNote', 'linkSource', 'deleteAnnotation']) assert.ok(md.includes(`(command:newsAnnotator.${command}?${arg})`), command);
  });

  it('a source annotation counts what rests on it', () => {
    const marks = marksAt(3, tracked, empty, empty);
    assert.ok(marks);
    const md = hoverMarkdown({ uri: URI, ...marks }, t);
    assert.ok(md?.includes('Resting on it — quotes: 1, claims: 0'), md ?? '');
  });

  it('a finding: its layer, speaker and an Accept link with the range', () => {
    const analysis: Analysis = {
      ...empty,
      sources: [{ id: 's1', identity: 'named', label: 'Peskov', mentions: [{ start: 0, end: 6, text: 'Peskov' }] }],
      quotes: [{ id: 'q1', start: 10, end: 20, text: 'we are ready', direct: false, speaker: 's1' }],
      claims: [{ id: 'c1', start: 30, end: 40, text: 'x', attributedTo: 's1', reasons: ['quantity'] }],
    };
    const onQuote = marksAt(12, [], analysis, analysis);
    assert.ok(onQuote);
    const md = hoverMarkdown({ uri: URI, ...onQuote }, t) ?? '';
    assert.ok(md.startsWith('**Quote** · automatic finding · indirect'), md);
    assert.ok(md.includes('Said by:') && md.includes('Peskov') && md.includes('Identity: named'));
    assert.ok(md.includes(commandLink('Accept as annotation', 'newsAnnotator.acceptFinding', { uri: URI, range: { start: 10, end: 20 } })));
    const onSource = hoverMarkdown({ uri: URI, ...marksAt(2, [], analysis, analysis)! }, t) ?? '';
    assert.ok(onSource.includes('Resting on it — quotes: 1, claims: 1'), onSource);
    assert.equal(marksAt(25, [], analysis, analysis), null, 'nothing between marks');
    assert.equal(marksAt(20, [], analysis, analysis), null, 'end exclusive');
  });

  it('orphans and hidden findings have no hover', () => {
    assert.equal(marksAt(45, [{ annotation: quote, start: null, end: null }], empty, empty), null);
  });

  it('knows Arabic', () => {
    assert.ok(hasArabic('قال'));
    assert.ok(!hasArabic('said'));
  });
});
