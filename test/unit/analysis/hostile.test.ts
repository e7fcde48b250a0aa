/**
 * Hostile inputs: nothing crashes, every span is in bounds and equals its slice, CRLF gives
 * the same findings at consistently shifted offsets, an unbalanced mark does not swallow the
 * article, mixed right-to-left and left-to-right text works.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analysis';
import type { Analysis } from '../../../src/core/analysis/types';
import { assertWellFormed } from '../../support/assert-well-formed';
import { type GoldFixture, loadGoldFixtures, spansMatch } from '../../support/gold';
import { HOSTILE_CASES, type HostileInputs } from './hostile.cases';

const FIXTURES = loadGoldFixtures();
const SEED = fixtureNamed('haftar-moscow.expected.yaml');
const ENGLISH = fixtureNamed('en/grain-corridor.en.expected.yaml');
const INPUTS: HostileInputs = { seed: SEED.article, english: ENGLISH.article };

function fixtureNamed(name: string): GoldFixture {
  const f = FIXTURES.find((x) => x.name === name);
  if (!f) throw new Error(`fixture ${name} is missing`);
  return f;
}

/** Maps an offset in `lf` (a text with "\n" line ends) to the same place in its CRLF version. */
function toCrlfOffset(lf: string, offset: number): number {
  let newlines = 0;
  for (let i = lf.indexOf('\n'); i !== -1 && i < offset; i = lf.indexOf('\n', i + 1)) newlines++;
  return offset + newlines;
}

describe('hostile inputs', () => {
  for (const c of HOSTILE_CASES) {
    it(`${c.name}: no crash, well-formed spans`, () => {
      const text = c.build(INPUTS);
      assertWellFormed(text, analyze(text));
    });
  }

  it('empty text: nothing found, language und', () => {
    const a = analyze('');
    assert.deepEqual([a.sources.length, a.quotes.length, a.claims.length], [0, 0, 0]);
    assert.equal(a.language, 'und');
  });

  for (const fixture of FIXTURES) {
    it(`${fixture.name}: well-formed spans on the fixture itself`, () => {
      assertWellFormed(fixture.article, analyze(fixture.article));
    });
  }

  for (const fixture of [SEED, ENGLISH, fixtureNamed('en/bekaa-floods.en.expected.yaml')]) {
    it(`${fixture.name}: CRLF line ends give the same findings at shifted offsets`, () => {
      const lf = fixture.article;
      assert.ok(!lf.includes('\r'), 'the fixture uses LF');
      const crlf = lf.replace(/\n/g, '\r\n');
      const a = analyze(lf);
      const b = analyze(crlf);
      assertWellFormed(crlf, b);
      const shift = (s: { start: number; end: number }): [number, number] => [toCrlfOffset(lf, s.start), toCrlfOffset(lf, s.end)];
      assert.equal(b.language, a.language);
      assert.deepEqual(
        b.sources.map((s) => [s.identity, s.mentions.map((m) => [m.start, m.end])]),
        a.sources.map((s) => [s.identity, s.mentions.map(shift)]),
        'sources',
      );
      assert.deepEqual(
        b.quotes.map((q) => [q.start, q.end, q.direct, q.speaker]),
        a.quotes.map((q) => [...shift(q), q.direct, q.speaker]),
        'quotes',
      );
      assert.deepEqual(
        b.claims.map((c) => [c.start, c.end, c.attributedTo]),
        a.claims.map((c) => [...shift(c), c.attributedTo]),
        'claims',
      );
    });
  }

  for (const [fixture, mark] of [
    [SEED, '«'],
    [SEED, '“'],
    [ENGLISH, '“'],
    [ENGLISH, '"'],
  ] as const) {
    it(`${fixture.name}: an unclosed ${mark} at the top does not swallow the article`, () => {
      const prefix = `${mark}Unclosed opening line without its closing mark\n\n`;
      const text = prefix + fixture.article;
      const before = analyze(fixture.article);
      const after = analyze(text);
      assertWellFormed(text, after);
      // Every direct quote found in the intact article (past its first 2 paragraphs) is still found.
      const secondBreak = fixture.article.indexOf('\n\n', fixture.article.indexOf('\n\n') + 2);
      const later = before.quotes.filter((q) => q.direct && q.start > secondBreak);
      assert.ok(later.length > 0, 'the intact article has direct quotes to compare');
      const lost = later.filter((q) => !after.quotes.some((r) => r.direct && spansMatch(r, { start: q.start + prefix.length, end: q.end + prefix.length })));
      assert.deepEqual(lost.map((q) => q.text), []);
      assertNoSwallowing(text, after);
    });
  }

  it('an unclosed mark in the middle of a paragraph does not swallow the paragraphs after it', () => {
    const paragraphs = ENGLISH.article.split('\n\n');
    const broken = paragraphs.map((p, i) => (i === 2 ? p.replace(' said ', ' said “') : p)).join('\n\n');
    assert.notEqual(broken, ENGLISH.article);
    const a = analyze(broken);
    assertWellFormed(broken, a);
    assertNoSwallowing(broken, a);
    const lastQuote = ENGLISH.quotes.filter((q) => q.direct).at(-1);
    assert.ok(lastQuote);
    const delta = broken.length - ENGLISH.article.length;
    assert.ok(a.quotes.some((q) => spansMatch(q, { start: lastQuote.start + delta, end: lastQuote.end + delta })), 'the last direct quote is still found');
  });

  it('mixed right-to-left and left-to-right paragraphs: quotes in both scripts, language mixed', () => {
    const text = [
      'وقال المتحدث باسم وزارة الخارجية أحمد سالم إن “الوضع في المنطقة يتطلب حلا سياسيا عاجلا”.',
      'Foreign Ministry spokesman John Harris said: “We are following the situation in the region very closely.”',
      'The spokesman added that \u200fالاجتماع\u200f would take place in Cairo, and said “\u{1F600} nothing was decided yet”.',
    ].join('\n\n');
    const a = analyze(text);
    assertWellFormed(text, a);
    assert.equal(a.language, 'mixed');
    for (const inner of ['الوضع في المنطقة يتطلب حلا سياسيا عاجلا', 'We are following the situation in the region very closely.']) {
      const start = text.indexOf(inner);
      assert.ok(
        a.quotes.some((q) => q.direct && spansMatch(q, { start, end: start + inner.length })),
        `direct quote ${JSON.stringify(inner)} in ${JSON.stringify(a.quotes.map((q) => q.text))}`,
      );
    }
  });
});

/** No quote may run over more than a third of the text (an unbalanced mark must stay local). */
function assertNoSwallowing(text: string, a: Analysis): void {
  for (const q of a.quotes) {
    assert.ok(q.end - q.start <= text.length / 3, `quote ${q.id} [${q.start}, ${q.end}) covers more than a third of the article`);
  }
}
