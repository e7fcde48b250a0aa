/**
 * `npm run eval [-- --json] [-- --details]`: precision and recall of `analyze()` per kind.
 *
 * - English fixtures (test/fixtures/en/, exhaustive gold), with the held-out ones
 *   (test/fixtures/en/heldout/) in a group of their own: precision and recall for sources,
 *   quotes (by span) and claims; a found item that matches no expected item is a false
 *   positive. Accuracy among matched items for source identity + merged mentions, quote
 *   speakers and claim attribution.
 * - The seed (test/fixtures/haftar-moscow.expected.yaml, a must-find list): recall only.
 * - Real news (`../shared/corpus` dev sets, when present; `--no-corpus` leaves it out): the
 *   shared scorer's figures, see scripts/eval-corpus.ts.
 *
 * Matching rules: test/support/gold.ts (the same as the gold test). Prints a Markdown table
 * (for the README), or JSON with `--json`; `--details` adds every miss and false positive.
 */
import { analyze } from '../src/core/analysis';
import { abbreviate, evaluateFixture, type FixtureEvaluation, loadGoldFixtures } from '../test/support/gold';
import { corpusMarkdown, runCorpusEval } from './eval-corpus';

/** Precision/recall counts for one kind. */
interface Detection {
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  /** matched / found; `null` when nothing was found or the gold is not exhaustive. */
  readonly precision: number | null;
  /** matched / expected; `null` when nothing was expected. */
  readonly recall: number | null;
}

/** Accuracy of an attribute among matched items. */
interface Accuracy {
  readonly matched: number;
  readonly correct: number;
  readonly accuracy: number | null;
}

interface Scores {
  readonly fixtures: readonly string[];
  readonly sources: Detection;
  readonly sourceIdentityAndMentions: Accuracy;
  readonly quotes: Detection;
  readonly quoteSpeakers: Accuracy;
  readonly quoteDirect: Accuracy;
  readonly claims: Detection;
  readonly claimSources: Accuracy;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function detection(expected: number, found: number, matched: number, exhaustive: boolean): Detection {
  return { expected, found, matched, precision: exhaustive ? ratio(matched, found) : null, recall: ratio(matched, expected) };
}

function accuracy(matched: number, correct: number): Accuracy {
  return { matched, correct, accuracy: ratio(correct, matched) };
}

function score(evaluations: readonly FixtureEvaluation[], exhaustive: boolean): Scores {
  const sum = (f: (e: FixtureEvaluation) => number): number => evaluations.reduce((n, e) => n + f(e), 0);
  const mappedSources = sum((e) => e.sources.filter((r) => r.found).length);
  const matchedQuotes = sum((e) => e.quotes.filter((r) => r.found).length);
  const matchedClaims = sum((e) => e.claims.filter((r) => r.found).length);
  return {
    fixtures: evaluations.map((e) => e.fixture.name),
    sources: detection(sum((e) => e.sources.length), sum((e) => e.analysis.sources.length), mappedSources, exhaustive),
    sourceIdentityAndMentions: accuracy(mappedSources, sum((e) => e.sources.filter((r) => r.ok).length)),
    quotes: detection(sum((e) => e.quotes.length), sum((e) => e.analysis.quotes.length), matchedQuotes, exhaustive),
    quoteSpeakers: accuracy(matchedQuotes, sum((e) => e.quotes.filter((r) => r.found && r.speakerOk).length)),
    quoteDirect: accuracy(matchedQuotes, sum((e) => e.quotes.filter((r) => r.found && r.directOk).length)),
    claims: detection(sum((e) => e.claims.length), sum((e) => e.analysis.claims.length), matchedClaims, exhaustive),
    claimSources: accuracy(matchedClaims, sum((e) => e.claims.filter((r) => r.found && r.sourceOk).length)),
  };
}

function pct(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

function markdown(title: string, s: Scores): string[] {
  const det = (name: string, d: Detection): string => `| ${name} | ${d.expected} | ${d.found} | ${d.matched} | ${pct(d.precision)} | ${pct(d.recall)} |`;
  const acc = (name: string, a: Accuracy): string => `| ${name} | | | ${a.correct} of ${a.matched} matched | accuracy ${pct(a.accuracy)} | |`;
  return [
    `**${title}** (${s.fixtures.length} fixture${s.fixtures.length === 1 ? '' : 's'})`,
    '',
    '| kind | expected | found | matched | precision | recall |',
    '|---|---:|---:|---:|---:|---:|',
    det('sources', s.sources),
    acc('source identity + all mentions merged', s.sourceIdentityAndMentions),
    det('quotes (span)', s.quotes),
    acc('quote speakers', s.quoteSpeakers),
    acc('quote direct/indirect', s.quoteDirect),
    det('claims', s.claims),
    acc('claim attribution', s.claimSources),
    '',
  ];
}

function details(e: FixtureEvaluation): string[] {
  const lines = [`### ${e.fixture.name}`];
  for (const r of e.sources) {
    if (!r.found) lines.push(`- missed source ${r.expected.id}: ${JSON.stringify(r.expected.mentions[0]?.text)}`);
    else if (!r.ok) lines.push(`- source ${r.expected.id}: identity ${r.found.identity} (want ${r.expected.identity}); unmerged ${JSON.stringify(r.missingMentions.map((m) => m.text))}`);
  }
  for (const r of e.quotes) {
    if (!r.found) lines.push(`- missed quote: ${JSON.stringify(abbreviate(r.expected.text, 90))}`);
    else if (!r.ok) lines.push(`- quote ${JSON.stringify(abbreviate(r.expected.text, 60))}: speaker ${r.found.speaker ?? 'none'} (want ${r.expected.speaker ?? 'none'} -> ${r.expected.speaker === null ? 'none' : (e.sourceMap.get(r.expected.speaker)?.id ?? 'unmapped')}), direct ${r.found.direct}`);
  }
  for (const r of e.claims) {
    if (!r.found) lines.push(`- missed claim: ${JSON.stringify(abbreviate(r.expected.text, 90))}`);
    else if (!r.ok) lines.push(`- claim ${JSON.stringify(abbreviate(r.expected.text, 60))}: source ${r.found.attributedTo ?? 'none'} (want ${r.expected.source ?? 'none'})`);
  }
  if (e.fixture.exhaustive) {
    for (const s of e.unmatched.sources) lines.push(`- extra source ${s.id}/${s.identity}: ${JSON.stringify(s.mentions.map((m) => m.text))}`);
    for (const q of e.unmatched.quotes) lines.push(`- extra quote ${q.id}: ${JSON.stringify(abbreviate(q.text, 90))}`);
    for (const c of e.unmatched.claims) lines.push(`- extra claim ${c.id}: ${JSON.stringify(abbreviate(c.text, 90))}`);
  }
  return [...lines, ''];
}

function main(argv: readonly string[]): number {
  const unknown = argv.filter((a) => a !== '--json' && a !== '--details' && a !== '--no-corpus');
  if (unknown.length > 0) {
    process.stderr.write(`eval: unknown argument ${unknown.join(' ')} (use --json, --details, --no-corpus)\n`);
    return 2;
  }
  const evaluations = loadGoldFixtures().map((fixture) => evaluateFixture(fixture, analyze(fixture.article)));
  const english = evaluations.filter((e) => e.fixture.exhaustive && !e.fixture.heldOut);
  const heldOut = evaluations.filter((e) => e.fixture.heldOut);
  const seed = evaluations.filter((e) => !e.fixture.exhaustive);
  const corpus = argv.includes('--no-corpus') ? ({ ran: false, skipped: '--no-corpus' } as const) : runCorpusEval();
  const result = { english: score(english, true), englishHeldOut: score(heldOut, true), seed: score(seed, false), corpus };
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }
  const out = [
    ...markdown('English fixtures, exhaustive gold (the engine was tuned on these)', result.english),
    ...markdown('English held-out fixtures, exhaustive gold (written after tuning; test/fixtures/en/heldout/)', result.englishHeldOut),
    ...markdown('Arabic seed, must-find list (recall only)', result.seed),
    'Matching: span ends within 2 + 5% of the expected length; claims: found covers ≥ 90% of the expected span, expected covers ≥ 40% of the found one. Rules: test/support/gold.ts.',
    '',
    ...corpusMarkdown(corpus),
  ];
  if (argv.includes('--details')) out.push('', ...evaluations.flatMap(details));
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
