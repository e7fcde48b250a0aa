import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis';
import { shiftAnalysis } from '../../../../src/vscode/article/shift-analysis';

const TEXT = 'Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow would not return to the talks.\n\n“We are ready,” Peskov told reporters.\n';

describe('shiftAnalysis', () => {
  const before = analyze(TEXT);

  it('moves every finding with its words through an insertion above it', () => {
    const inserted = 'UPDATE ';
    const text = inserted + TEXT;
    const shifted = shiftAnalysis(before, [{ rangeOffset: 0, rangeLength: 0, text: inserted }], text);
    assert.ok(before.quotes.length > 0 && before.sources.length > 0);
    for (const q of shifted.quotes) assert.equal(q.text, text.slice(q.start, q.end));
    assert.deepEqual(shifted.quotes.map((q) => q.start), before.quotes.map((q) => q.start + inserted.length));
    assert.deepEqual(
      shifted.sources.flatMap((s) => s.mentions.map((m) => m.text)),
      before.sources.flatMap((s) => s.mentions.map((m) => m.text)),
    );
    assert.deepEqual(shifted.paragraphs.map((p) => p.start), before.paragraphs.map((p) => p.start + inserted.length));
  });

  it('drops a finding whose words were deleted, keeps the rest', () => {
    const quote = before.quotes.find((q) => q.text.includes('We are ready'));
    assert.ok(quote);
    const text = TEXT.slice(0, quote.start) + TEXT.slice(quote.end);
    const shifted = shiftAnalysis(before, [{ rangeOffset: quote.start, rangeLength: quote.end - quote.start, text: '' }], text);
    assert.equal(shifted.quotes.length, before.quotes.length - 1);
    assert.ok(!shifted.quotes.some((q) => q.text.includes('We are ready')));
    for (const s of shifted.sources) for (const m of s.mentions) assert.equal(m.text, text.slice(m.start, m.end));
  });

  it('applies a sequence of changes in order and is the identity for none', () => {
    assert.equal(shiftAnalysis(before, [], TEXT), before);
    const text = 'ab' + TEXT;
    const shifted = shiftAnalysis(before, [{ rangeOffset: 0, rangeLength: 0, text: 'b' }, { rangeOffset: 0, rangeLength: 0, text: 'a' }], text);
    assert.deepEqual(shifted.claims.map((c) => c.start), before.claims.map((c) => c.start + 2));
  });
});
