/**
 * The gold-standard harness: loads the expected files (`test/fixtures/**\/*.expected.yaml`),
 * locates every expected text in its article, and compares an {@link Analysis} with them.
 *
 * Offsets are UTF-16 code units into the article decoded as UTF-8 with the BOM removed (what
 * VS Code's `TextDocument.getText()` returns), end exclusive — the engine's units.
 *
 * Matching rules (shared by the gold test and `npm run eval`, so both measure the same thing):
 * - a found span matches an expected one when both ends are within
 *   {@link spanSlack}(expected length) code units;
 * - an expected source maps to the found source one of whose mentions matches the expected
 *   first mention; it is correct when that source also holds every other expected mention and
 *   has the expected identity; one found source answers for at most one expected source;
 * - quotes match by span; the speaker is compared through the source mapping;
 * - a found claim matches an expected one when it covers >= 90% of the expected span and the
 *   expected span covers >= 40% of it; the source is compared through the mapping;
 * - every found item is used for at most one expected item (greedy, closest first).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import YAML from 'yaml';
import type { Analysis, Claim, Identity, Language, Quote, Source } from '../../src/core/analysis/types';
import { decodeUtf8 } from '../../src/io/read-text-file';

/** The repository's fixture folder. */
export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures');

/** A located expected text: UTF-16 offsets into the article, end exclusive. */
export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** An expected source. */
export interface GoldSource {
  readonly id: string;
  readonly identity: Identity;
  readonly role?: string;
  /** In file order; the first one decides which found source this one maps to. */
  readonly mentions: readonly GoldSpan[];
}

/** An expected quote. `speaker` is an expected source id, or `null` for `none`. */
export interface GoldQuote extends GoldSpan {
  readonly speaker: string | null;
  /** `direct:` in the file; `true` when omitted. */
  readonly direct: boolean;
}

/** An expected claim. `source` is an expected source id, or `null` for `none`. */
export interface GoldClaim extends GoldSpan {
  readonly source: string | null;
}

/** One expected file with its article. */
export interface GoldFixture {
  /** The expected file's path relative to {@link FIXTURES_DIR}, with `/` separators. */
  readonly name: string;
  readonly expectedPath: string;
  readonly articlePath: string;
  /** The article, decoded as UTF-8, BOM removed. */
  readonly article: string;
  readonly language: Language;
  /**
   * Whether the expected lists are exhaustive (every fixture under `en/`): then anything
   * else the engine finds is a false positive. The seed's list is a must-find list.
   */
  readonly exhaustive: boolean;
  /**
   * Whether the fixture is held out (under `en/heldout/`): written after the engine was tuned,
   * measured by `npm run eval` but not asserted item by item.
   */
  readonly heldOut: boolean;
  readonly sources: readonly GoldSource[];
  readonly quotes: readonly GoldQuote[];
  readonly claims: readonly GoldClaim[];
}

/** An expected file that is malformed or names text that its article does not contain. */
export class GoldFixtureError extends Error {
  override readonly name = 'GoldFixtureError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

const IDENTITIES: readonly Identity[] = ['named', 'vague', 'anonymous'];
const LANGUAGES: readonly Language[] = ['ar', 'en', 'fr', 'mixed', 'und'];

/**
 * Finds every `*.expected.yaml` under `root` (recursively), sorted by path.
 * @returns absolute paths.
 */
export function findExpectedFiles(root: string = FIXTURES_DIR): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.expected.yaml')) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

/**
 * Loads every expected file under `root`.
 * @throws {GoldFixtureError} as {@link loadGoldFixture}.
 */
export function loadGoldFixtures(root: string = FIXTURES_DIR): GoldFixture[] {
  return findExpectedFiles(root).map((file) => loadGoldFixture(file, root));
}

/**
 * Loads one expected file and its article (`article:` is relative to the expected file),
 * locating every text.
 * @throws {GoldFixtureError} when a field is missing or of the wrong kind, an id is repeated
 *   or unknown, or a text (at its `occurrence`) is not in the article.
 */
export function loadGoldFixture(expectedPath: string, root: string = FIXTURES_DIR): GoldFixture {
  const name = path.relative(root, expectedPath).split(path.sep).join('/');
  const fail = (detail: string): never => {
    throw new GoldFixtureError(expectedPath, detail);
  };
  const doc: unknown = YAML.parse(fs.readFileSync(expectedPath, 'utf8'));
  const top = asRecord(doc) ?? fail('not a mapping');
  const articleName = asString(top['article']) ?? fail('no `article`');
  const articlePath = path.join(path.dirname(expectedPath), articleName);
  const article = decodeUtf8(articlePath, fs.readFileSync(articlePath)).text;
  const language = asString(top['language']) ?? fail('no `language`');
  if (!LANGUAGES.includes(language as Language)) fail(`unknown language '${language}'`);

  const locate = (item: Record<string, unknown>, where: string): GoldSpan => {
    const text = asString(item['text']) ?? fail(`${where}: no \`text\``);
    const occurrence = item['occurrence'] === undefined ? 1 : item['occurrence'];
    if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1) {
      return fail(`${where}: \`occurrence\` must be a positive integer`);
    }
    return locateText(article, text, occurrence) ?? fail(`${where}: ${JSON.stringify(text)} (occurrence ${occurrence}) is not in ${articleName}`);
  };

  const sources: GoldSource[] = asArray(top['sources'], 'sources', fail).map((raw, i) => {
    const item = asRecord(raw) ?? fail(`sources[${i}] is not a mapping`);
    const id = asString(item['id']) ?? fail(`sources[${i}]: no \`id\``);
    const identity = asString(item['identity']) ?? fail(`source ${id}: no \`identity\``);
    if (!IDENTITIES.includes(identity as Identity)) fail(`source ${id}: unknown identity '${identity}'`);
    const mentions = asArray(item['mentions'], `source ${id} mentions`, fail).map((m, j) =>
      locate(asRecord(m) ?? fail(`source ${id} mentions[${j}] is not a mapping`), `source ${id} mentions[${j}]`),
    );
    if (mentions.length === 0) fail(`source ${id}: no mentions`);
    const role = asString(item['role']);
    return { id, identity: identity as Identity, ...(role === undefined ? {} : { role }), mentions };
  });
  const ids = new Set<string>();
  for (const s of sources) {
    if (ids.has(s.id)) fail(`source id '${s.id}' is used twice`);
    ids.add(s.id);
  }
  const sourceRef = (value: unknown, where: string): string | null => {
    const ref = asString(value) ?? fail(`${where}: no source id (use \`none\`)`);
    if (ref === 'none') return null;
    if (!ids.has(ref)) fail(`${where}: unknown source '${ref}'`);
    return ref;
  };

  const quotes: GoldQuote[] = asArray(top['quotes'], 'quotes', fail).map((raw, i) => {
    const item = asRecord(raw) ?? fail(`quotes[${i}] is not a mapping`);
    const direct = item['direct'] === undefined ? true : item['direct'];
    if (typeof direct !== 'boolean') fail(`quotes[${i}]: \`direct\` must be true or false`);
    return { ...locate(item, `quotes[${i}]`), speaker: sourceRef(item['speaker'], `quotes[${i}] speaker`), direct: direct as boolean };
  });
  const claims: GoldClaim[] = asArray(top['claims'], 'claims', fail).map((raw, i) => {
    const item = asRecord(raw) ?? fail(`claims[${i}] is not a mapping`);
    return { ...locate(item, `claims[${i}]`), source: sourceRef(item['source'], `claims[${i}] source`) };
  });

  return {
    name,
    expectedPath,
    articlePath,
    article,
    language: language as Language,
    exhaustive: name.startsWith('en/'),
    heldOut: name.startsWith('en/heldout/'),
    sources,
    quotes,
    claims,
  };
}

/**
 * Where the `occurrence`-th (1-based) verbatim copy of `needle` starts in `text`.
 * Occurrences may overlap ("aa" occurs twice in "aaa").
 * @returns the span, or `null` when there are fewer than `occurrence` copies or `needle` is empty.
 */
export function locateText(text: string, needle: string, occurrence = 1): GoldSpan | null {
  if (needle === '' || occurrence < 1) return null;
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) return null;
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** The tolerance at each end of a span of `length` code units: 2 + floor(5% of the length). */
export function spanSlack(length: number): number {
  return 2 + Math.floor(length * 0.05);
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Whether `found` matches `expected`: both ends within {@link spanSlack} of the expected ends. */
export function spansMatch(found: Range, expected: Range): boolean {
  const slack = spanSlack(expected.end - expected.start);
  return Math.abs(found.start - expected.start) <= slack && Math.abs(found.end - expected.end) <= slack;
}

/** Code units shared by two half-open ranges. */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether a found claim matches an expected one: it covers at least 90% of the expected span,
 * and the expected span covers at least 40% of it.
 */
export function claimSpansMatch(found: Range, expected: Range): boolean {
  const shared = overlapLength(found, expected);
  const expectedLength = expected.end - expected.start;
  const foundLength = found.end - found.start;
  return foundLength > 0 && shared >= 0.9 * expectedLength && shared >= 0.4 * foundLength;
}

/** Distance between two ranges' ends, to prefer the closest candidate. */
function distance(a: Range, b: Range): number {
  return Math.abs(a.start - b.start) + Math.abs(a.end - b.end);
}

/** What became of one expected source. */
export interface SourceResult {
  readonly expected: GoldSource;
  /** The found source whose mention matches the expected first mention, or `null`. */
  readonly found: Source | null;
  /** Expected mentions (after the first) that `found` does not hold; all of them when `found` is null. */
  readonly missingMentions: readonly GoldSpan[];
  readonly identityOk: boolean;
  /** Mapped, all mentions held, identity equal. */
  readonly ok: boolean;
}

/** What became of one expected quote. */
export interface QuoteResult {
  readonly expected: GoldQuote;
  /** The found quote whose span matches, or `null`. */
  readonly found: Quote | null;
  readonly directOk: boolean;
  /** The found speaker is the found source the expected speaker maps to (or both are none). */
  readonly speakerOk: boolean;
  /** Span, `direct` and speaker all right. */
  readonly ok: boolean;
}

/** What became of one expected claim. */
export interface ClaimResult {
  readonly expected: GoldClaim;
  readonly found: Claim | null;
  readonly sourceOk: boolean;
  readonly ok: boolean;
}

/** An analysis compared with a fixture. */
export interface FixtureEvaluation {
  readonly fixture: GoldFixture;
  readonly analysis: Analysis;
  readonly sources: readonly SourceResult[];
  readonly quotes: readonly QuoteResult[];
  readonly claims: readonly ClaimResult[];
  /** Expected source id -> the found source it maps to (only mapped ones). */
  readonly sourceMap: ReadonlyMap<string, Source>;
  /** Found items that answer no expected item (false positives when the fixture is exhaustive). */
  readonly unmatched: {
    readonly sources: readonly Source[];
    readonly quotes: readonly Quote[];
    readonly claims: readonly Claim[];
  };
}

/** Compares `analysis` (of `fixture.article`) with the fixture under the rules above. */
export function evaluateFixture(fixture: GoldFixture, analysis: Analysis): FixtureEvaluation {
  const usedSources = new Set<Source>();
  const sourceMap = new Map<string, Source>();
  const sources: SourceResult[] = fixture.sources.map((expected) => {
    const first = expected.mentions[0];
    let best: Source | null = null;
    let bestDistance = Infinity;
    for (const candidate of analysis.sources) {
      if (usedSources.has(candidate) || first === undefined) continue;
      for (const mention of candidate.mentions) {
        if (spansMatch(mention, first) && distance(mention, first) < bestDistance) {
          best = candidate;
          bestDistance = distance(mention, first);
        }
      }
    }
    if (best === null) return { expected, found: null, missingMentions: expected.mentions.slice(1), identityOk: false, ok: false };
    usedSources.add(best);
    sourceMap.set(expected.id, best);
    const held = best.mentions;
    const missingMentions = expected.mentions.slice(1).filter((m) => !held.some((h) => spansMatch(h, m)));
    const identityOk = best.identity === expected.identity;
    return { expected, found: best, missingMentions, identityOk, ok: identityOk && missingMentions.length === 0 };
  });

  const sameSource = (foundId: string | null, expectedId: string | null): boolean => {
    if (expectedId === null) return foundId === null;
    const mapped = sourceMap.get(expectedId);
    return mapped !== undefined && foundId === mapped.id;
  };

  const usedQuotes = new Set<Quote>();
  const quotes: QuoteResult[] = fixture.quotes.map((expected) => {
    const found = closest(analysis.quotes, usedQuotes, expected, spansMatch);
    if (found === null) return { expected, found, directOk: false, speakerOk: false, ok: false };
    usedQuotes.add(found);
    const directOk = found.direct === expected.direct;
    const speakerOk = sameSource(found.speaker, expected.speaker);
    return { expected, found, directOk, speakerOk, ok: directOk && speakerOk };
  });

  const usedClaims = new Set<Claim>();
  const claims: ClaimResult[] = fixture.claims.map((expected) => {
    const found = closest(analysis.claims, usedClaims, expected, claimSpansMatch);
    if (found === null) return { expected, found, sourceOk: false, ok: false };
    usedClaims.add(found);
    const sourceOk = sameSource(found.attributedTo, expected.source);
    return { expected, found, sourceOk, ok: sourceOk };
  });

  return {
    fixture,
    analysis,
    sources,
    quotes,
    claims,
    sourceMap,
    unmatched: {
      sources: analysis.sources.filter((s) => !usedSources.has(s)),
      quotes: analysis.quotes.filter((q) => !usedQuotes.has(q)),
      claims: analysis.claims.filter((c) => !usedClaims.has(c)),
    },
  };
}

/** The unused candidate that matches `expected` with the closest ends, or `null`. */
function closest<T extends Range>(candidates: readonly T[], used: ReadonlySet<T>, expected: Range, matches: (found: Range, expected: Range) => boolean): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (used.has(candidate) || !matches(candidate, expected)) continue;
    const d = distance(candidate, expected);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Shortens `text` for a test title or a message: at most `max` characters, newlines shown as ⏎. */
export function abbreviate(text: string, max = 60): string {
  const flat = text.replace(/\r?\n/g, '⏎');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asArray(value: unknown, where: string, fail: (detail: string) => never): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : fail(`\`${where}\` is not a list`);
}
