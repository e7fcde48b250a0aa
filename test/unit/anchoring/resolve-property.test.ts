/**
 * Random edit sequences against anchoring: whatever happens to the article, every annotation
 * is on its own words, on similar words where its words were, or an orphan — never elsewhere,
 * and never lost. fast-check prints the seed and the shrunk counterexample on failure.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  applyEdits,
  countAllowedErrors,
  describe as describeQuote,
  LONE_QUOTE_LENGTH,
  measureEditDistance,
  normalizeQuote,
  resolveAll,
  type TextChange,
  type TextTarget,
} from '../../../src/core/anchoring';
import { applyChange, makeArticle, makeEdits, makeRng, pickSpans, trackNeighbourhood } from './random-article';
import { loadSeedSpans, SEED } from './seed';

const ARABIC_AND_MORE = [...'ابتثجحخدذرسشصضطظعغفقكلمنهويةىأإآءئؤ ،.؟\n0123456789abcXYZ\u064e\u0651\u0640“”'];

/** An edit in relative terms, made concrete against the text as it is when it is applied. */
interface EditSpec {
  readonly at: number;
  readonly length: number;
  readonly insert: string | { readonly from: number; readonly length: number };
}

const editSpec: fc.Arbitrary<EditSpec> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  length: fc.oneof(fc.constant(0), fc.nat({ max: 12 }), fc.nat({ max: 150 })),
  insert: fc.oneof(
    fc.constant(''),
    fc.string({ unit: fc.constantFrom(...ARABIC_AND_MORE), maxLength: 30 }),
    fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), length: fc.integer({ min: 1, max: 200 }) }),
  ),
});

function toChanges(text: string, specs: readonly EditSpec[]): { changes: TextChange[]; text: string } {
  const changes: TextChange[] = [];
  let current = text;
  for (const s of specs) {
    const at = Math.floor(s.at * (current.length + 1));
    const insert =
      typeof s.insert === 'string' ? s.insert : SEED.slice(Math.floor(s.insert.from * SEED.length), Math.floor(s.insert.from * SEED.length) + s.insert.length);
    const c = { rangeOffset: at, rangeLength: Math.min(s.length, current.length - at), text: insert };
    changes.push(c);
    current = applyChange(current, c);
  }
  return { changes, text: current };
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * Where an annotation's words really went: its range (`null`: gone), the neighbourhood of what
 * replaced them (`null`: unknown), and the stretches the edits pasted in (what is left of them).
 */
interface Tracked {
  readonly range: { start: number; end: number } | null;
  readonly hood: { start: number; end: number } | null;
  readonly pasted?: readonly { start: number; end: number }[];
}

function trackThroughChanges(target: TextTarget, changes: readonly TextChange[]): Tracked {
  const [range] = applyEdits([{ start: target.start, end: target.end }], changes);
  return { range: range ?? null, hood: trackNeighbourhood(target, changes), pasted: trackPasted(changes) };
}

/** Where the text each change inserted is after all the changes. */
function trackPasted(changes: readonly TextChange[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  changes.forEach((c, k) => {
    if (c.text.length === 0) return;
    const [r] = applyEdits([{ start: c.rangeOffset, end: c.rangeOffset + c.text.length }], changes.slice(k + 1));
    if (r) out.push(r);
  });
  return out;
}

/** The property, for one annotation: `null` when it holds, else why not. */
function check(text: string, target: TextTarget, truth: Tracked, got: ReturnType<typeof resolveAll>[number]): string | null {
  const { exact } = target;
  const tracked = truth.range;
  const untouched = tracked != null && text.slice(tracked.start, tracked.end) === exact;
  const show = `«${exact}» [${target.start}, ${target.end}) -> ${JSON.stringify(got)} «${got ? text.slice(got.start, got.end) : ''}», tracked ${JSON.stringify(tracked)}`;
  if (got === null) {
    // An orphan is always safe, except for long words that are still there, untouched.
    return untouched && exact.length >= LONE_QUOTE_LENGTH ? `untouched long quote orphaned: ${show}` : null;
  }
  const found = text.slice(got.start, got.end);
  if (got.how !== 'fuzzy') {
    if (found !== exact) return `${got.how} on other text: ${show}`;
    if (untouched && count(text, exact) === 1 && (got.start !== tracked.start || got.end !== tracked.end)) return `not on its untouched words: ${show}`;
    return null;
  }
  if (untouched && count(text, exact) === 1) return `fuzzy although its words are untouched: ${show}`;
  const quote = normalizeQuote(exact);
  const k = countAllowedErrors(quote.length);
  const distance = measureEditDistance(quote, normalizeQuote(found));
  if (distance > k) return `fuzzy with ${distance} > ${k} errors: ${show}`;
  const hood = truth.hood;
  if (hood === null) return null;
  // Where the quote's end (or start) was deleted, the match may run on into the next words, which
  // stand in for the lost ones at the price of errors and coincidences: allow twice the errors
  // (in normalised units, so plus the diacritics and CRs the match holds) outside the neighbourhood.
  const slack = 2 * k + found.length - normalizeQuote(found).length;
  const outside = Math.max(0, hood.start - got.start) + Math.max(0, got.end - hood.end);
  if (outside <= slack) return null;
  // Fragments of the article pasted back in can hold a copy of the quote with its context, as
  // good a match as its own (damaged) words, or better: no text-only anchoring can tell them
  // apart. Landing mostly on such a pasted copy of its words is allowed; anywhere else is not.
  const onPasted = (truth.pasted ?? []).reduce(
    (n, p) => n + Math.max(0, Math.min(p.end, got.end) - Math.max(p.start, got.start)),
    0,
  );
  if (2 * onPasted >= got.end - got.start) return null;
  return `fuzzy ${outside} units outside its neighbourhood ${JSON.stringify(hood)}: ${show}`;
}

describe('anchoring under random edits (property)', () => {
  const seedTargets = loadSeedSpans().map((s) => describeQuote(SEED, s.start, s.end));

  it('on the seed: 2,000 edit sequences, every annotation on its words, near them, or orphaned', () => {
    fc.assert(
      fc.property(
        fc.array(editSpec, { minLength: 1, maxLength: 6 }),
        fc.array(fc.record({ at: fc.nat({ max: SEED.length - 1 }), length: fc.integer({ min: 1, max: 150 }) }), { maxLength: 6 }),
        (specs, extra) => {
          const targets = [
            ...seedTargets,
            ...extra.map((e) => describeQuote(SEED, e.at, Math.min(SEED.length, e.at + e.length))),
          ];
          const { changes, text } = toChanges(SEED, specs);
          const results = resolveAll(text, targets);
          assert.equal(results.length, targets.length, 'one result per annotation');
          for (let k = 0; k < targets.length; k++) {
            const problem = check(text, targets[k]!, trackThroughChanges(targets[k]!, changes), results[k]!);
            if (problem) assert.fail(problem);
          }
        },
      ),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  it('on a 200 KB article (the large-text path): 20 random 5% rewrites of 200 annotations', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const rng = makeRng(seed);
        const article = makeArticle(SEED, 200_000, rng);
        const targets = pickSpans(article, 200, rng).map((s) => describeQuote(article, s.start, s.end));
        const { changes, text } = makeEdits(article, 0.05, rng, SEED);
        const results = resolveAll(text, targets);
        assert.equal(results.length, targets.length);
        for (let k = 0; k < targets.length; k++) {
          const problem = check(text, targets[k]!, trackThroughChanges(targets[k]!, changes), results[k]!);
          if (problem) assert.fail(problem);
        }
      }),
      { seed: 20261130, numRuns: 20 },
    );
  });

  it('on a 200 KB article: 10 random sets of paragraphs moved elsewhere, every annotation follows its words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })), {
          minLength: 1,
          maxLength: 6,
        }),
        (seed, moves) => {
          const rng = makeRng(seed);
          const article = makeArticle(SEED, 200_000, rng);
          const targets = pickSpans(article, 200, rng).map((s) => describeQuote(article, s.start, s.end));
          const paragraphs = article.split('\n\n');
          const oldStarts: number[] = [];
          paragraphs.reduce((at, p) => (oldStarts.push(at), at + p.length + 2), 0);
          const order = paragraphs.map((_, i) => i);
          for (const [from, to] of moves) {
            const [moved] = order.splice(Math.floor(from * order.length), 1);
            order.splice(Math.floor(to * (order.length + 1)), 0, moved!);
          }
          const text = order.map((i) => paragraphs[i]).join('\n\n');
          const newStarts: number[] = new Array<number>(paragraphs.length);
          order.reduce((at, i) => ((newStarts[i] = at), at + paragraphs[i]!.length + 2), 0);
          const results = resolveAll(text, targets);
          assert.equal(results.length, targets.length);
          for (let k = 0; k < targets.length; k++) {
            const t = targets[k]!;
            let p = 0;
            while (p + 1 < oldStarts.length && oldStarts[p + 1]! <= t.start) p++;
            const inside = t.end <= oldStarts[p]! + paragraphs[p]!.length;
            const shift = newStarts[p]! - oldStarts[p]!;
            const truth: Tracked = inside ? { range: { start: t.start + shift, end: t.end + shift }, hood: null } : { range: null, hood: null };
            const problem = check(text, t, truth, results[k]!);
            if (problem) assert.fail(problem);
            if (inside && t.exact.length >= LONE_QUOTE_LENGTH) assert.ok(results[k], `orphaned: ${t.exact}`);
          }
        },
      ),
      { seed: 20261130, numRuns: 10 },
    );
  });
});
