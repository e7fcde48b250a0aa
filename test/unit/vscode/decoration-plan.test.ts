import * as assert from 'node:assert/strict';
import { DECORATION_KINDS, planDecorations } from '../../../src/vscode/decoration-plan';
import { PLAN_CASES } from './decoration-plan.cases';

describe('planDecorations', () => {
  for (const c of PLAN_CASES) {
    it(c.name, () => {
      const plan = planDecorations(c.analysis);
      for (const kind of DECORATION_KINDS) {
        assert.deepEqual(plan[kind].map((s) => [s.start, s.end]), c.expected[kind] ?? [], kind);
      }
      for (const [kind, fragment] of Object.entries(c.hoverHas ?? {})) {
        assert.ok(plan[kind as keyof typeof plan][0]?.hover.includes(fragment), `${kind} hover has ${fragment}`);
      }
    });
  }

  it('escapes Markdown in article text', () => {
    const plan = planDecorations({
      language: 'en', paragraphs: [], quotes: [], claims: [],
      sources: [{ id: 's1', identity: 'named', label: '*Bold* [link](x)', mentions: [{ start: 0, end: 4, text: 'Bold' }] }],
    });
    assert.ok(plan['source-named'][0]?.hover.includes('\\*Bold\\* \\[link\\]\\(x\\)'));
  });
});
