import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { ARABIC_SOURCE_CASES } from './arabic-sources.cases';

describe('analysis: Arabic sources, identity and outlets', () => {
  for (const c of ARABIC_SOURCE_CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      assert.deepEqual(
        a.sources.map((s) => ({ mention: s.mentions[0]!.text, identity: s.identity })),
        c.sources,
      );
    });
  }

  it('a third-party channel is never the speaker', () => {
    const a = analyze('في تقرير لفرانس24 – الهدنة صامدة\n\nوقال المتحدث باسم الجيش لوكالة رويترز إن الهدنة صامدة.');
    const q = a.quotes.find((x) => !x.direct && x.text === 'الهدنة صامدة' && x.start > 40);
    assert.equal(a.sources.find((s) => s.id === q?.speaker)?.label, 'المتحدث باسم الجيش');
  });

  it('quotes carry their type: a belief or expectation is a thought, a finding is evidence', () => {
    const a = analyze('وتوقع الخبراء أن ترتفع الأسعار. وأظهرت الدراسة أن نصف الطلاب يعملون. وقال الوزير إن القرار نهائي.');
    assert.deepEqual(
      a.quotes.map((q) => [q.text, q.type]),
      [
        ['ترتفع الأسعار', 'thought'],
        ['نصف الطلاب يعملون', 'evidence'],
        ['القرار نهائي', 'speech'],
      ],
    );
  });
});
