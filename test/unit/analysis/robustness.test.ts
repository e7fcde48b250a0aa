import * as assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../../src/core/analysis';
import { ROBUSTNESS_CASES } from './robustness.cases';

function assertWellFormed(text: string, a: Analysis): void {
  const spans = [...a.sources.flatMap((s) => s.mentions), ...a.quotes, ...a.claims, ...a.quotes.flatMap((q) => (q.cue ? [q.cue] : []))];
  for (const s of spans) {
    assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length, `span [${s.start}, ${s.end})`);
    assert.equal(text.slice(s.start, s.end), s.text);
  }
  a.sources.forEach((s, i) => assert.equal(s.id, `s${i + 1}`));
  a.quotes.forEach((q, i) => assert.equal(q.id, `q${i + 1}`));
  a.claims.forEach((c, i) => assert.equal(c.id, `c${i + 1}`));
  const ids = new Set(a.sources.map((s) => s.id));
  for (const q of a.quotes) assert.ok(q.speaker === null || ids.has(q.speaker));
  for (const c of a.claims) assert.ok(c.attributedTo === null || ids.has(c.attributedTo));
  for (let i = 1; i < a.quotes.length; i++) assert.ok(a.quotes[i - 1]!.start <= a.quotes[i]!.start);
  for (let i = 1; i < a.claims.length; i++) assert.ok(a.claims[i - 1]!.start <= a.claims[i]!.start);
}

describe('analysis: robustness on hostile input (small sizes)', () => {
  for (const c of ROBUSTNESS_CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      assertWellFormed(c.text, a);
      if (c.maxQuoteLength !== undefined) {
        assert.deepEqual(
          a.quotes.filter((q) => q.direct && q.text.length > c.maxQuoteLength!).map((q) => q.text.slice(0, 40)),
          [],
        );
      }
    });
  }

  it('is deterministic', () => {
    const text = ROBUSTNESS_CASES.find((c) => c.name === 'CRLF line ends')!.text;
    assert.deepEqual(analyze(text), analyze(text));
  });

  it('CRLF and LF give the same findings at shifted offsets', () => {
    const lf = 'وقالت لفرانس24: “يبحث حفتر عن سبل التخلص من مرتزقة فاغنر”.\n\nوقال الوزير إن الحكومة ستعمل على الحل.';
    const crlf = lf.replace(/\n/g, '\r\n');
    const strip = (a: Analysis): unknown => ({ q: a.quotes.map((q) => [q.text, q.direct, q.speaker]), s: a.sources.map((s) => [s.label, s.identity]), c: a.claims.map((c) => c.text) });
    assert.deepEqual(strip(analyze(crlf)), strip(analyze(lf)));
  });
});
