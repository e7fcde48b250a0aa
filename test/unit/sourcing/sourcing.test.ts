import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { filterSourcing, summarizeSourcing, type SourcingItem, type SourcingSummary } from '../../../src/core/sourcing';
import { SEED_ANALYSIS, SEED_CASES, SEED_TEXT, seedAnnotations, SUMMARY_CASES } from './sourcing.cases';

/** A summary as lines, like the Sources view reads. */
function outline(s: SourcingSummary): string[] {
  const keys = (items: readonly SourcingItem[]): string => `[${items.map((i) => i.key).join(', ')}]`;
  const lines: string[] = [];
  for (const g of s.groups) {
    lines.push(`${g.identity}: ${g.quoteCount} quotes, ${g.claimCount} claims`);
    for (const src of g.sources) {
      lines.push(`  ${src.key} "${src.label}"${src.orphaned ? ' (orphaned)' : ''} quotes ${keys(src.quotes)} claims ${keys(src.claims)}`);
    }
  }
  lines.push(`unsourced quotes ${keys(s.unsourced.quotes)} claims ${keys(s.unsourced.claims)}`);
  lines.push(`orphans [${s.orphans.map((o) => `${o.kind} "${o.exact}"`).join(', ')}]`);
  const by = s.sourcesByIdentity;
  lines.push(`share ${s.share.anonymous}/${s.share.total} ${s.share.basis}; sources anonymous ${by.anonymous}, vague ${by.vague}, named ${by.named}`);
  return lines;
}

describe('sourcing summary', () => {
  for (const c of SUMMARY_CASES) {
    it(c.name, () => {
      const summary = summarizeSourcing({ analysis: c.analysis, annotations: c.annotations, hasSidecar: c.hasSidecar });
      assert.deepEqual(outline(c.filter ? filterSourcing(summary, c.filter) : summary), c.outline);
    });
  }

  for (const c of SEED_CASES) {
    it(c.name, () => {
      const analysis = c.text === SEED_TEXT ? SEED_ANALYSIS : analyze(c.text);
      const summary = summarizeSourcing({ analysis, annotations: seedAnnotations(c.text), hasSidecar: c.hasSidecar });
      assert.equal(`${summary.share.anonymous}/${summary.share.total} ${summary.share.basis}`, c.share);
      assert.deepEqual(summary.groups.map((g) => g.identity), ['anonymous', 'vague', 'named']);
      const first = summary.groups[0]?.sources[0];
      if (c.firstSource) {
        assert.ok(first, 'the anonymous group has a source');
        assert.equal(first.id, c.firstSource.id);
        assert.equal(first.identity, c.firstSource.identity);
        const annotated = first.quotes.filter((q) => q.layer === 'annotation');
        assert.equal(annotated.length, c.firstSource.annotationQuotes);
        for (const q of first.quotes) assert.equal(c.text.slice(q.start, q.end), q.text, `${q.key} is on its words`);
      }
      assert.deepEqual(summary.orphans.map((o) => o.id), c.orphans);
      // No finding is listed twice: each key once.
      const keys = summary.groups.flatMap((g) => g.sources.flatMap((s) => [s.key, ...s.quotes.map((q) => q.key), ...s.claims.map((q) => q.key)]));
      keys.push(...summary.unsourced.quotes.map((q) => q.key), ...summary.unsourced.claims.map((q) => q.key));
      assert.equal(new Set(keys).size, keys.length);
    });
  }

  it('the seed without its sidecar counts the findings', () => {
    const summary = summarizeSourcing({ analysis: SEED_ANALYSIS, annotations: [], hasSidecar: false });
    const anonymousIds = new Set(SEED_ANALYSIS.sources.filter((s) => s.identity === 'anonymous').map((s) => s.id));
    const expected = SEED_ANALYSIS.quotes.filter((q) => q.speaker !== null && anonymousIds.has(q.speaker)).length;
    assert.deepEqual(summary.share, { anonymous: expected, total: SEED_ANALYSIS.quotes.length, basis: 'finding' });
    assert.ok(expected >= 8);
  });

  it('filtering by Arabic words ignores diacritics and letter variants', () => {
    const summary = summarizeSourcing({ analysis: SEED_ANALYSIS, annotations: seedAnnotations(SEED_TEXT), hasSidecar: true });
    // "فاغنر" written with a diacritic and the variant "فاغنرَ" still finds the Wagner quotes.
    const filtered = filterSourcing(summary, { text: 'فاغنرَ', layer: 'annotation' });
    const ids = filtered.groups.flatMap((g) => g.sources.flatMap((s) => s.quotes.map((q) => q.id)));
    assert.deepEqual(ids, ['qt-wagner-talks', 'qt-rid-of-wagner', 'qt-wagner-numbers', 'qt-turkey-withdrawal']);
    assert.deepEqual(filtered.share, summary.share, 'the article-wide share is not filtered');
  });
});
