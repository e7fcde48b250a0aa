import * as assert from 'node:assert/strict';
import { checkArticlePath, ID_PREFIX, newAnnotationId, seedFor } from '../../../src/core/sidecar';
import { ARTICLE_PATH_CASES } from './sidecar-rules.cases';

describe('checkArticlePath', () => {
  for (const c of ARTICLE_PATH_CASES) {
    it(`${JSON.stringify(c.path)} -> ${c.problem ?? 'accepted'}`, () => {
      const problem = checkArticlePath(c.path);
      if (c.problem === null) assert.equal(problem, null);
      else assert.match(problem ?? '', c.problem);
    });
  }
});

describe('newAnnotationId', () => {
  it('is a kind prefix and 8 hex digits, the same for the same seed', () => {
    for (const kind of ['claim', 'source', 'quote', 'note'] as const) {
      const id = newAnnotationId(kind, new Set(), seedFor(kind, 'قال', 10));
      assert.match(id, new RegExp(`^${ID_PREFIX[kind]}-[0-9a-f]{8}$`));
      assert.equal(newAnnotationId(kind, new Set(), seedFor(kind, 'قال', 10)), id);
    }
  });

  it('differs with kind, exact text and start', () => {
    const ids = new Set([
      newAnnotationId('quote', new Set(), seedFor('quote', 'قال', 10)),
      newAnnotationId('quote', new Set(), seedFor('quote', 'قالت', 10)),
      newAnnotationId('quote', new Set(), seedFor('quote', 'قال', 11)),
    ]);
    assert.equal(ids.size, 3);
  });

  it('never returns a taken id (retired ones are passed as taken): suffixes -2, -3, ...', () => {
    const seed = seedFor('source', 'TASS', 5);
    const first = newAnnotationId('source', new Set(), seed);
    const taken = new Set([first, `${first}-2`]);
    assert.equal(newAnnotationId('source', taken, seed), `${first}-3`);
  });

  it('without a seed, still avoids what is taken', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 200; i++) taken.add(newAnnotationId('note', taken));
    assert.equal(taken.size, 200);
  });
});
