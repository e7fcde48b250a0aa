import * as assert from 'node:assert/strict';
import type { Analysis } from '../../../../src/core/analysis/types';
import type { Annotation } from '../../../../src/core/sidecar/types';
import { collectMarks, type PlacedAnnotation } from '../../../../src/vscode/reading-view/article-marks';

// "A source said the port closed. Ali said no."
const TEXT = 'A source said the port closed. Ali said no.';
const target = (start: number, end: number) => ({ exact: TEXT.slice(start, end), prefix: '', suffix: '', start, end });
const ann = (a: Partial<Annotation> & Pick<Annotation, 'id' | 'kind'>, start: number | null, end: number | null): PlacedAnnotation => ({
  annotation: { status: 'unverified', target: target(start ?? 0, end ?? 1), ...a }, start, end,
});
const FINDINGS: Analysis = {
  language: 'en',
  paragraphs: [{ start: 0, end: TEXT.length, language: 'en' }],
  sources: [{ id: 's1', identity: 'named', label: 'Ali', mentions: [{ start: 31, end: 34, text: 'Ali' }] }],
  quotes: [{ id: 'q1', start: 40, end: 42, text: 'no', direct: false, speaker: 's1' }],
  claims: [{ id: 'c1', start: 14, end: 29, text: 'the port closed', attributedTo: null, reasons: ['event'] }],
};

describe('collectMarks', () => {
  const annotations = [
    ann({ id: 'src-anon', kind: 'source', identity: 'anonymous', role: 'official', reason: 'not authorised' }, 0, 8),
    ann({ id: 'qt-1', kind: 'quote', speaker: 'src-anon', direct: false, note: '<img src=x onerror=alert(1)>' }, 14, 29),
    ann({ id: 'gone', kind: 'claim', status: 'false', note: 'was here' }, null, null),
  ];
  const { marks, orphans } = collectMarks(TEXT.length, FINDINGS, annotations, () => null);

  it('takes both layers, in text order', () => {
    assert.deepEqual(marks.map((m) => [m.id, m.start, m.end]), [
      ['a:src-anon', 0, 8], ['f:c1', 14, 29], ['a:qt-1', 14, 29], ['f:s1.0', 31, 34], ['f:q1', 40, 42],
    ]);
  });
  it('a quote whose speaker annotation is anonymous looks anonymous, with the speaker’s words, role and reason', () => {
    const q = marks.find((m) => m.id === 'a:qt-1');
    assert.deepEqual(q && [q.look, q.speaker, q.identity, q.role, q.reason, q.direct], ['quote-anonymous', 'A source', 'anonymous', 'official', 'not authorised', false]);
    assert.equal(q?.note, '<img src=x onerror=alert(1)>', 'notes are data, kept verbatim (the webview sets them as text)');
  });
  it('findings name their speaker from the analysis', () => {
    const q = marks.find((m) => m.id === 'f:q1');
    assert.deepEqual(q && [q.look, q.speaker, q.identity], ['quote-indirect', 'Ali', 'named']);
  });
  it('orphans are listed, not drawn', () => {
    assert.deepEqual(orphans, [{ annotationId: 'gone', kind: 'claim', exact: 'A', status: 'false', note: 'was here' }]);
  });
  it('the state’s identity lookup fills in a speaker the sidecar does not hold', () => {
    const out = collectMarks(TEXT.length, { ...FINDINGS, sources: [], quotes: [], claims: [] }, [ann({ id: 'q', kind: 'quote', speaker: 's9' }, 40, 42)], () => 'vague');
    assert.deepEqual(out.marks.map((m) => [m.look, m.identity, m.speaker]), [['quote-indirect', 'vague', 's9']]);
  });
  it('spans outside the text are left out', () => {
    const out = collectMarks(10, FINDINGS, [], () => null);
    assert.deepEqual(out.marks.map((m) => m.id), []);
  });
});
