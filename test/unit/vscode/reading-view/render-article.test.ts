import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ArticleMark } from '../../../../src/vscode/reading-view/article-marks';
import { firstStrongDirection, leavesOf, renderArticle, type ArticleNode } from '../../../../src/vscode/reading-view/render-article';
import { RENDER_CASES, type Shape } from './render-article.cases';

function shapeOf(nodes: readonly ArticleNode[], marks: readonly ArticleMark[]): Shape[] {
  return nodes.map((n) => (n.type === 'text' ? n.text : { id: marks[n.mark]!.id, head: n.head, children: shapeOf(n.children, marks) }));
}

describe('renderArticle', () => {
  for (const c of RENDER_CASES) {
    it(c.name, () => {
      const out = renderArticle(c.text, c.paragraphs, { marks: c.marks, orphans: [] });
      assert.deepEqual(out.paragraphs.map((p) => shapeOf(p.nodes, out.marks)), c.expected);
      if (c.dirs) assert.deepEqual(out.paragraphs.map((p) => p.dir), c.dirs);
      for (const p of out.paragraphs) {
        for (const leaf of leavesOf(p.nodes)) assert.equal(c.text.slice(leaf.start, leaf.start + leaf.text.length), leaf.text, 'a leaf is the text at its offset');
      }
    });
  }

  it('blank text has no paragraphs; text with no engine paragraphs is one', () => {
    assert.equal(renderArticle(' \n ', [], { marks: [], orphans: [] }).paragraphs.length, 0);
    const one = renderArticle('مرحبا', [], { marks: [], orphans: [] });
    assert.deepEqual(one.paragraphs.map((p) => [p.start, p.end, p.dir, p.lang]), [[0, 5, 'rtl', null]]);
  });

  it('sets lang from the engine’s language', () => {
    const out = renderArticle('ab\n\nقال', [{ start: 0, end: 2, language: 'en' }, { start: 4, end: 7, language: 'ar' }], { marks: [], orphans: [] });
    assert.deepEqual(out.paragraphs.map((p) => p.lang), ['en', 'ar']);
    assert.equal(out.dir, 'ltr');
  });

  it('puts annotations with a note, claims and a settled status in the margin; findings never', () => {
    const base = { kind: 'source', look: 'source-named', start: 0, end: 2 } as const;
    const marks: ArticleMark[] = [
      { ...base, id: 'f:s1.0', layer: 'finding' },
      { ...base, id: 'a:plain', layer: 'annotation', status: 'unverified' },
      { ...base, id: 'a:noted', layer: 'annotation', status: 'unverified', note: 'n' },
      { ...base, id: 'a:claim', layer: 'annotation', kind: 'claim', look: 'claim', status: 'unverified' },
      { ...base, id: 'a:false', layer: 'annotation', status: 'false' },
    ];
    const out = renderArticle('abcd', [{ start: 0, end: 4, language: 'en' }], { marks, orphans: [] });
    assert.deepEqual(out.paragraphs[0]!.margin.map((i) => out.marks[i]!.id), ['a:noted', 'a:claim', 'a:false']);
  });

  it('property: leaves tile each paragraph, every leaf sits inside exactly the marks that cover it, one head per drawn mark', () => {
    const text = 'abcdefghijklmnopqrstuvwxyz0123456789'; // 36 units, three paragraphs of 10 with 3-unit gaps
    const paragraphs = [{ start: 0, end: 10, language: 'en' as const }, { start: 13, end: 23, language: 'en' as const }, { start: 26, end: 36, language: 'en' as const }];
    const markArb = fc.tuple(fc.integer({ min: 0, max: 36 }), fc.integer({ min: 0, max: 36 }), fc.constantFrom<ArticleMark['layer']>('finding', 'annotation'));
    fc.assert(
      fc.property(fc.array(markArb, { maxLength: 12 }), (raw) => {
        const marks = raw
          .map(([a, b, layer], i): ArticleMark => ({ id: `m${i}`, layer, kind: 'claim', look: 'claim', start: Math.min(a, b), end: Math.max(a, b) }))
          .filter((m) => m.start < m.end)
          .sort((x, y) => x.start - y.start || y.end - x.end || (x.layer === y.layer ? 0 : x.layer === 'finding' ? -1 : 1) || (x.id < y.id ? -1 : 1));
        const out = renderArticle(text, paragraphs, { marks, orphans: [] });
        const heads = new Map<number, number>();
        for (const p of out.paragraphs) {
          let at = p.start;
          const walk = (nodes: readonly ArticleNode[], around: readonly number[]): void => {
            for (const n of nodes) {
              if (n.type === 'mark') {
                if (n.head) heads.set(n.mark, (heads.get(n.mark) ?? 0) + 1);
                walk(n.children, [...around, n.mark]);
                continue;
              }
              assert.equal(n.start, at, 'leaves are contiguous');
              at += n.text.length;
              const covering = marks.flatMap((m, i) => (m.start <= n.start && m.end >= at ? [i] : []));
              assert.deepEqual([...around].sort((a, b) => a - b), covering, `leaf ${n.start} is inside the marks covering it`);
            }
          };
          walk(p.nodes, []);
          assert.equal(at, p.end, 'leaves reach the paragraph end');
        }
        marks.forEach((m, i) => {
          const drawn = paragraphs.some((p) => m.start < p.end && m.end > p.start);
          assert.equal(heads.get(i) ?? 0, drawn ? 1 : 0, `mark ${m.id} has ${drawn ? 'one head' : 'no head'}`);
        });
      }),
    );
  });
});

describe('firstStrongDirection', () => {
  const cases: [string, 'rtl' | 'ltr' | null][] = [
    ['«قال» BBC', 'rtl'], ['2023 – Reuters قال', 'ltr'], ['123 – ،', null], ['שלום', 'rtl'], ['Ελλάδα', 'ltr'], ['ﻻ', 'rtl'],
  ];
  for (const [text, dir] of cases) it(`${JSON.stringify(text)} -> ${dir}`, () => assert.equal(firstStrongDirection(text), dir));
});
