import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { withDocument } from '../../../src/core/analysis/analyze';
import { CueModelError, parseCueModel } from '../../../src/core/analysis/cue-model/cue-model';
import { englishCueModel } from '../../../src/core/analysis/cue-model/learned-cue';
import { scoreCue } from '../../../src/core/analysis/cue-model/score-cue';
import weights from '../../../src/core/analysis/models/en-cues.json';
import { trainWeights } from '../../../scripts/train-cue-model';
import { LEARNED_CUE_CASES } from './cue-model.cases';

describe('analysis: the learned English cue classifier', () => {
  const model = englishCueModel();

  for (const c of LEARNED_CUE_CASES) {
    it(`${c.name}: "${c.word}" ${c.cue ? 'is' : 'is not'} a cue`, () => {
      assert.ok(model);
      const score = withDocument(c.text, (doc) => {
        const s = doc.sentences[0]!;
        const k = doc.tokens.w.indexOf(c.word);
        assert.ok(k >= 0, `no token "${c.word}"`);
        return scoreCue(model, doc, s, k);
      });
      if (c.cue) assert.ok(score >= model.threshold, `score ${score.toFixed(2)} < threshold ${model.threshold}`);
      else assert.ok(score < model.threshold, `score ${score.toFixed(2)} >= threshold ${model.threshold}`);
      if (c.quotes) {
        const a = analyze(c.text);
        const label = (id: string | null): string | null => (id === null ? null : (a.sources.find((x) => x.id === id)?.label ?? null));
        assert.deepEqual(
          a.quotes.map((q) => ({ text: q.text, speaker: label(q.speaker) })),
          c.quotes,
        );
        assert.equal(a.quotes[0]?.cue?.text, c.word);
      }
    });
  }

  it('training is deterministic: the same articles and seed give the same weights', () => {
    const articles = [
      { text: 'The mayor fumed that the budget was late. The council met on Monday.', gold: [{ start: 25, end: 45, fragments: [[25, 45] as const], cue: [10, 15] as const, source: null }] },
      { text: 'Officials groused that the port was closed. Ships waited offshore.', gold: [{ start: 23, end: 43, fragments: [[23, 43] as const], cue: [10, 17] as const, source: null }] },
    ];
    const opts = { epochs: 3, seed: 7, minCount: 1, l1: 0.01, l2: 1, rate: 0.1, searchThreshold: false };
    const a = JSON.stringify(trainWeights(articles, opts));
    const b = JSON.stringify(trainWeights(articles, opts));
    assert.equal(a, b);
    assert.ok(parseCueModel(JSON.parse(a)));
  });

  it('the shipped weights parse', () => {
    assert.ok(parseCueModel(weights).words.self.size > 0);
  });

  const corrupt: [string, unknown, RegExp][] = [
    ['not an object', 'garbage', /not a JSON object/],
    ['another format', { ...weights, format: 'something-else' }, /format must be/],
    ['another version', { ...weights, version: 99 }, /version must be 1/],
    ['a missing threshold', { ...weights, threshold: undefined }, /threshold must be a finite number/],
    ['a word weight that is not an integer', { ...weights, words: { ...weights.words, self: { said: 'x' } } }, /words\.self\["said"\] must be an integer/],
    ['a truncated dense table', { ...weights, dense: { ...weights.dense, gapBefore: [1, 2] } }, /dense\.gapBefore must be an array of 128 integers/],
  ];
  for (const [name, data, message] of corrupt) {
    it(`a corrupt weights file fails with a clear error: ${name}`, () => {
      assert.throws(() => parseCueModel(data), (e: unknown) => e instanceof CueModelError && message.test(e.message));
    });
  }
});
