/**
 * The gold standard: every item of every `test/fixtures/**\/*.expected.yaml` is asserted
 * separately against `analyze()`, so a failure names the item. Matching rules live in
 * test/support/gold.ts (shared with `npm run eval`) and are tested first.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analysis';
import type { Analysis } from '../../../src/core/analysis/types';
import {
  abbreviate,
  claimSpansMatch,
  evaluateFixture,
  type FixtureEvaluation,
  type GoldFixture,
  type GoldSpan,
  loadGoldFixtures,
  locateText,
  overlapLength,
  spansMatch,
} from '../../support/gold';
import { buildOracleAnalysis } from '../../support/oracle-analysis';
import { CLAIM_CASES, LOCATE_CASES, SPAN_CASES } from './gold.cases';

const FIXTURES = loadGoldFixtures();

describe('gold harness', () => {
  for (const c of SPAN_CASES) {
    it(`span match: ${c.name} -> ${c.match}`, () => assert.equal(spansMatch(c.found, c.expected), c.match));
  }
  for (const c of CLAIM_CASES) {
    it(`claim match: ${c.name} -> ${c.match}`, () => assert.equal(claimSpansMatch(c.found, c.expected), c.match));
  }
  for (const c of LOCATE_CASES) {
    it(`locates occurrence ${c.occurrence} of ${JSON.stringify(c.needle)} in ${JSON.stringify(c.text)} at ${c.start}`, () => {
      assert.equal(locateText(c.text, c.needle, c.occurrence)?.start ?? null, c.start);
    });
  }

  it('finds the seed, the five English fixtures and the held-out ones', () => {
    const names = FIXTURES.map((f) => f.name);
    assert.ok(names.includes('haftar-moscow.expected.yaml'), names.join(', '));
    assert.ok(FIXTURES.filter((f) => f.exhaustive && !f.heldOut).length >= 5, names.join(', '));
    assert.ok(FIXTURES.filter((f) => f.heldOut).length >= 2, names.join(', '));
  });

  for (const fixture of FIXTURES) {
    it(`${fixture.name}: every located text is the article's slice`, () => {
      const spans: GoldSpan[] = [...fixture.sources.flatMap((s) => s.mentions), ...fixture.quotes, ...fixture.claims];
      for (const s of spans) assert.equal(fixture.article.slice(s.start, s.end), s.text);
    });

    it(`${fixture.name}: a perfect analysis scores every item and leaves nothing unmatched`, () => {
      const e = evaluateFixture(fixture, buildOracleAnalysis(fixture));
      assert.deepEqual(
        [...e.sources.filter((r) => !r.ok).map((r) => r.expected.id), ...[...e.quotes, ...e.claims].filter((r) => !r.ok).map((r) => abbreviate(r.expected.text))],
        [],
      );
      assert.deepEqual([e.unmatched.sources.length, e.unmatched.quotes.length, e.unmatched.claims.length], [0, 0, 0]);
    });
  }

  it('a wrong speaker, a split source and a wrong identity are each caught', () => {
    const fixture = FIXTURES.find((f) => f.name === 'en/grain-corridor.en.expected.yaml');
    assert.ok(fixture, 'grain-corridor fixture');
    const oracle = buildOracleAnalysis(fixture);
    // Peskov's surname-only mentions split off into a second source, analysts made "named",
    // and the first quote handed to the anonymous official.
    const [peskov, official, ...rest] = oracle.sources;
    assert.ok(peskov && official);
    const split = { ...peskov, id: 'sx', mentions: peskov.mentions.slice(1) };
    const broken: Analysis = {
      ...oracle,
      sources: [{ ...peskov, mentions: peskov.mentions.slice(0, 1) }, official, ...rest.map((s) => (s.identity === 'vague' ? { ...s, identity: 'named' as const } : s)), split],
      quotes: oracle.quotes.map((q, i) => (i === 0 ? { ...q, speaker: official.id } : q)),
    };
    const e = evaluateFixture(fixture, broken);
    const bySource = new Map(e.sources.map((r) => [r.expected.id, r]));
    assert.equal(bySource.get('peskov')?.ok, false, 'split mentions');
    assert.equal(bySource.get('peskov')?.missingMentions.length, 2);
    assert.equal(bySource.get('analysts')?.identityOk, false, 'identity');
    assert.equal(e.quotes[0]?.speakerOk, false, 'speaker');
    assert.equal(e.quotes[1]?.ok, true, 'the other quotes still match');
    assert.deepEqual(e.unmatched.sources.map((s) => s.id), ['sx']);
  });
});

describe('gold standard: analyze() on the fixtures', () => {
  // Held-out fixtures (en/heldout/) are measured by `npm run eval`, not asserted: see test/fixtures/en/README.md.
  for (const fixture of FIXTURES.filter((f) => !f.heldOut)) {
    describe(fixture.name, () => {
      let evaluation: FixtureEvaluation;
      before(() => {
        evaluation = evaluateFixture(fixture, analyze(fixture.article));
      });

      it(`language is ${fixture.language}`, () => assert.equal(evaluation.analysis.language, fixture.language));

      fixture.sources.forEach((expected, i) => {
        const first = expected.mentions[0]?.text ?? '';
        it(`source ${expected.id} (${expected.identity}): ${abbreviate(first)}`, () => {
          const r = evaluation.sources[i];
          assert.ok(r, 'evaluated');
          assert.ok(r.found, `no found source has a mention matching ${JSON.stringify(first)}; overlapping: ${describeOverlapping(evaluation.analysis, expected.mentions[0])}`);
          assert.equal(r.found.identity, expected.identity, `identity of ${JSON.stringify(r.found.label)}`);
          assert.deepEqual(
            r.missingMentions.map((m) => m.text),
            [],
            `mentions not merged into ${JSON.stringify(r.found.label)} (it has ${JSON.stringify(r.found.mentions.map((m) => m.text))})`,
          );
        });
      });

      fixture.quotes.forEach((expected, i) => {
        const kind = expected.direct ? 'direct' : 'indirect';
        it(`quote ${i + 1} (${kind}, by ${expected.speaker ?? 'none'}): ${abbreviate(expected.text)}`, () => {
          const r = evaluation.quotes[i];
          assert.ok(r, 'evaluated');
          assert.ok(r.found, `no found quote matches [${expected.start}, ${expected.end}); overlapping: ${describeQuotesAround(evaluation.analysis, expected)}`);
          assert.equal(r.found.direct, expected.direct, 'direct');
          assert.ok(r.speakerOk, `speaker: found ${describeSource(evaluation.analysis, r.found.speaker)}, expected ${expectedSpeaker(evaluation, expected.speaker)}`);
        });
      });

      fixture.claims.forEach((expected, i) => {
        it(`claim ${i + 1} (source ${expected.source ?? 'none'}): ${abbreviate(expected.text)}`, () => {
          const r = evaluation.claims[i];
          assert.ok(r, 'evaluated');
          assert.ok(r.found, `no found claim covers it; overlapping: ${JSON.stringify(evaluation.analysis.claims.filter((c) => overlapLength(c, expected) > 0).map((c) => abbreviate(c.text, 80)))}`);
          assert.ok(r.sourceOk, `source: found ${describeSource(evaluation.analysis, r.found.attributedTo)}, expected ${expectedSpeaker(evaluation, expected.source)}`);
        });
      });

      if (fixture.name === 'haftar-moscow.expected.yaml') seedAssertions(fixture, () => evaluation);
    });
  }
});

/** What the seed must show beyond its item list: quoted names are not quotes; 8 of 11 quotes are the specialist's. */
function seedAssertions(fixture: GoldFixture, get: () => FixtureEvaluation): void {
  for (const name of ['تاس', 'القوات المسلحة العربية الليبية']) {
    it(`the quoted name “${name}” is not a quote`, () => {
      const at = locateText(fixture.article, `“${name}”`);
      assert.ok(at, 'the name is in the seed between curly marks');
      const overlapping = get().analysis.quotes.filter((q) => overlapLength(q, at) > 0);
      assert.deepEqual(overlapping.map((q) => q.text), []);
    });
  }
  it('8 of the 11 expected quotes are attributed to the anonymous specialist', () => {
    const e = get();
    const specialist = e.sourceMap.get('libya-specialist');
    assert.ok(specialist, 'the specialist is found');
    assert.equal(specialist.identity, 'anonymous');
    assert.equal(e.quotes.length, 11);
    assert.equal(e.quotes.filter((r) => r.found?.speaker === specialist.id).length, 8);
  });
}

function describeOverlapping(analysis: Analysis, span: GoldSpan | undefined): string {
  if (span === undefined) return '[]';
  const hits = analysis.sources.flatMap((s) => s.mentions.filter((m) => overlapLength(m, span) > 0).map((m) => `${s.id}/${s.identity} ${JSON.stringify(m.text)} [${m.start}, ${m.end})`));
  return `[${hits.join('; ')}] expected [${span.start}, ${span.end})`;
}

function describeQuotesAround(analysis: Analysis, span: GoldSpan): string {
  const hits = analysis.quotes.filter((q) => overlapLength(q, span) > 0).map((q) => `${q.id} [${q.start}, ${q.end}) ${JSON.stringify(abbreviate(q.text, 80))}`);
  return `[${hits.join('; ')}]`;
}

function describeSource(analysis: Analysis, id: string | null): string {
  if (id === null) return 'none';
  const s = analysis.sources.find((x) => x.id === id);
  return s ? `${id} ${JSON.stringify(s.label)}` : `${id} (no such source)`;
}

function expectedSpeaker(e: FixtureEvaluation, id: string | null): string {
  if (id === null) return 'none';
  const mapped = e.sourceMap.get(id);
  return mapped ? `${id} -> ${mapped.id} ${JSON.stringify(mapped.label)}` : `${id} (not found, so no found source can be it)`;
}
