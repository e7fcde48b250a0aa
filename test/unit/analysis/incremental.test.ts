/**
 * analyzeIncremental: the contract of src/core/analysis/analyze-incremental.ts — findings
 * outside the touched paragraphs kept (shifted), the region's own analysis inside, links across
 * the edges refreshed, ids as analyze() numbers them — and its agreement with a full analysis.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analysis';
import { analyzeIncremental } from '../../../src/core/analysis/analyze-incremental';
import type { Analysis } from '../../../src/core/analysis/types';
import { ENGLISH_EDITS, SEED_EDITS, type IncrementalCase } from './incremental.cases';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const SEED = readFileSync(join(FIXTURES, 'haftar-moscow.ar.txt'), 'utf8');
const ENGLISH = readFileSync(join(FIXTURES, 'en', 'grain-corridor.en.txt'), 'utf8');

function edit(text: string, c: IncrementalCase): string {
  const i = text.indexOf(c.at);
  assert.ok(i >= 0, `the fixture holds ${c.at}`);
  const at = i + (c.offset ?? 0);
  return text.slice(0, at) + c.insert + text.slice(at + (c.remove ?? 0));
}

/** Every span's text is its slice of `text`, every id reference resolves, ids are numbered in order. */
function assertWellFormed(a: Analysis, text: string): void {
  const ids = new Set(a.sources.map((s) => s.id));
  a.sources.forEach((s, n) => {
    assert.equal(s.id, `s${n + 1}`);
    for (const m of s.mentions) assert.equal(m.text, text.slice(m.start, m.end));
  });
  a.quotes.forEach((q, n) => {
    assert.equal(q.id, `q${n + 1}`);
    assert.equal(q.text, text.slice(q.start, q.end));
    if (q.speaker !== null) assert.ok(ids.has(q.speaker), `${q.id}'s speaker ${q.speaker} exists`);
    if (n > 0) assert.ok(a.quotes[n - 1]!.start <= q.start, 'quotes in text order');
  });
  a.claims.forEach((c, n) => {
    assert.equal(c.id, `c${n + 1}`);
    assert.equal(c.text, text.slice(c.start, c.end));
    if (c.attributedTo !== null) assert.ok(ids.has(c.attributedTo));
  });
}

/** Quotes as (span, direct, speaker label): what the analyst sees. */
function quoteView(a: Analysis): string[] {
  const label = new Map(a.sources.map((s) => [s.id, `${s.identity}:${s.label}`]));
  return a.quotes.map((q) => `${q.start}-${q.end} ${q.direct ? 'direct' : 'indirect'} ${q.speaker === null ? '-' : label.get(q.speaker)}`);
}

describe('analyzeIncremental', () => {
  const seedAnalysis = analyze(SEED);

  it('an unchanged text is not analysed again', () => {
    const r = analyzeIncremental(seedAnalysis, SEED, SEED);
    assert.equal(r.mode, 'none');
    assert.equal(r.analysis, seedAnalysis);
  });

  it('a first blank line (the paragraph mode changes) makes a full analysis', () => {
    const lines = 'Officials said the talks failed.\nThe minister said that prices rose by 4%.';
    const r = analyzeIncremental(analyze(lines), lines, lines.replace('\n', '\n\n'));
    assert.equal(r.mode, 'full');
  });

  for (const [name, text, cases] of [['seed', SEED, SEED_EDITS], ['English', ENGLISH, ENGLISH_EDITS]] as const) {
    const before = name === 'seed' ? seedAnalysis : analyze(text);
    for (const c of cases) {
      describe(`${name}: ${c.name}`, () => {
        const after = edit(text, c);
        const r = analyzeIncremental(before, text, after);
        const full = analyze(after);

        it('analyses only a region of whole paragraphs around the edit', () => {
          assert.equal(r.mode, 'region');
          assert.ok(r.end - r.start < after.length / 2, `region ${r.start}-${r.end} of ${after.length}`);
          const i = text.indexOf(c.at) + (c.offset ?? 0);
          assert.ok(r.start <= i && i + c.insert.length <= r.end, 'the edit is inside the region');
        });

        it('gives well-formed findings (texts, ids, references)', () => assertWellFormed(r.analysis, after));

        it('keeps the findings outside the region as they were, shifted', () => {
          const delta = after.length - text.length;
          const outside = (q: { start: number; end: number }): boolean => q.end <= r.start || q.start >= r.end;
          const kept = r.analysis.quotes.filter(outside).map((q) => q.text);
          const previous = before.quotes.filter((q) => q.end <= r.start || q.start >= r.end - delta).map((q) => q.text);
          assert.deepEqual(kept, previous);
        });

        it('shows the analyst what a full analysis shows (quotes with their speakers)', () => {
          assert.deepEqual(quoteView(r.analysis), quoteView(full));
        });
      });
    }
  }

  it("keeps the specialist's quotes hers while her later paragraphs are edited", () => {
    const specialistQuotes = (a: Analysis): number => {
      const anon = new Set(a.sources.filter((s) => s.identity === 'anonymous').map((s) => s.id));
      return a.quotes.filter((q) => q.speaker !== null && anon.has(q.speaker)).length;
    };
    const expected = specialistQuotes(seedAnalysis);
    assert.ok(expected >= 8);
    let text = SEED;
    let analysis = seedAnalysis;
    // type a word at the end of each paragraph after the first, one edit at a time
    for (const p of [...seedAnalysis.paragraphs].slice(1).reverse()) {
      const next = text.slice(0, p.end) + ' نعم' + text.slice(p.end);
      analysis = analyzeIncremental(analysis, text, next).analysis;
      text = next;
      assert.equal(specialistQuotes(analysis), expected);
    }
  });

  it('agrees with a full analysis on at least 90% of random one-character edits of the fixtures', () => {
    const dir = join(FIXTURES, 'en');
    const texts = [SEED, ...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'))];
    let seed = 7;
    const random = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    let same = 0;
    let all = 0;
    for (const text of texts) {
      const before = analyze(text);
      for (let i = 0; i < 25; i++) {
        const at = Math.floor(random() * text.length);
        const after = random() < 0.5 ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
        const r = analyzeIncremental(before, text, after);
        assertWellFormed(r.analysis, after);
        const full = analyze(after);
        all++;
        if (JSON.stringify(quoteView(r.analysis)) === JSON.stringify(quoteView(full))) same++;
      }
    }
    assert.ok(same / all >= 0.9, `${same} of ${all} agree`);
  });
});
