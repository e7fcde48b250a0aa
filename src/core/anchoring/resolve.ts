import type { Resolution, TextTarget } from './types';
import { findRival, matchQuote, type QuoteMatch } from './match-quote';
import { normalizeQuote, normalizeSpan, toSpanOffset, type NormalSpan } from './normal-span';
import { isLowSurrogate } from '../text/surrogates';

// The acceptance rule: when a target is not at its stored position, what may it anchor to?
// Declaring an orphan is always safer than anchoring to the wrong words, so every number here
// leans that way.

/** A fuzzy match may differ from the quote by at most this share of its normalised length. */
export const FUZZY_ERROR_RATE = 0.2;
/** Quotes shorter than this (normalised code units) are never matched fuzzily: too little to recognise. */
export const MIN_FUZZY_LENGTH = 12;
/** Quotes at least this long are distinctive on their own; shorter ones need agreeing context. */
export const LONE_QUOTE_LENGTH = 32; // = the context length: a quote shorter than its context is not its own evidence
/** Context agrees when the prefix or the suffix found is at least this similar to the stored one. */
export const CONTEXT_AGREEMENT = 0.6; // unrelated 32-unit stretches of the seed score under 0.47 in 99.9% of pairs
/**
 * A short quote found exactly, once, within this many code units of where it was expected is
 * taken even when its context was rewritten on both sides: the same words, in the same place.
 */
export const SAME_PLACE = 32;
/**
 * An inexact match more than this many code units from where it was expected needs BOTH its
 * prefix and suffix to agree: an article repeats its phrases ("الرئيس الروسي فلاديمير بوتين"), and
 * a damaged quote is otherwise easily matched, a few errors away, to the other mention.
 * Edits between two neighbouring annotations rarely move a quote further than this.
 */
export const FUZZY_NEAR = 256;
/**
 * An inexact match is refused when another place in the same search, not overlapping it, is
 * within this margin of it on quote and context (`textScore`, 0..1; position left out, since
 * the expected position may itself come from a neighbour anchored on the copy): two places
 * almost equally like the quote (a passage pasted twice, one copy since changed) cannot be told
 * apart, and guessing may pick the wrong one.
 */
export const AMBIGUITY_MARGIN = 0.1;
/** Code units searched on each side of the expected position for similar words. */
const NEAR_RADIUS = 2 * FUZZY_NEAR;
/** Code units searched on each side of the expected position before anything else. */
export const WINDOW_RADIUS = 4096;
/** Texts up to this many code units are normalised once, whole; longer ones window by window. */
export const SMALL_TEXT = 65536;
/**
 * Passes over the whole text (an exact search, an approximate search of a small text, a context
 * probe of a large one) that {@link resolveAll} makes for targets not found near where they were
 * expected, counted in texts of at least {@link SMALL_TEXT} code units, before the rest of them
 * are orphans (an exact pass over a megabyte takes ~0.5 ms). Quotes moved far away come in
 * blocks (a paragraph moved): once one is found, its neighbours are found where they are expected.
 */
export const WHOLE_TEXT_SCANS = 16;
/** Probe length (code units) of the stored context searched for to locate a moved, changed quote. */
const CONTEXT_PROBE = 16;
/** Places where a context probe was found that are searched, nearest to the expected position first. */
const MAX_CONTEXT_WINDOWS = 8;

/** Options of {@link resolve}. */
export interface ResolveOptions {
  /**
   * Where the quote is expected now (UTF-16 offset), when the caller knows better than the
   * stored `start` (e.g. after shifting it with `applyEdits`). Default: `target.start`.
   */
  readonly hint?: number;
}

/** Edits a fuzzy match of a quote of `normalizedLength` normalised code units may have; 0: exact only. */
export function countAllowedErrors(normalizedLength: number): number {
  return normalizedLength >= MIN_FUZZY_LENGTH ? Math.floor(normalizedLength * FUZZY_ERROR_RATE) : 0;
}

/**
 * Finds `target` in `text` (the article as it is now), in a chain that stops at the first step
 * that succeeds:
 *
 * 1. the stored position, if `text.slice(start, end) === exact` -> `how: 'exact'`, score 1;
 * 2. the exact quote elsewhere (near the expected position first, then the whole text), the
 *    prefix, suffix and distance deciding between repeats -> `'moved'`;
 * 3. the quote on normalised text (Arabic normalisation + CR dropped: diacritics added, alef
 *    forms, CRLF), exactly and then within {@link FUZZY_ERROR_RATE} edits, near the expected
 *    position and where the stored context is found, offsets mapped back to the raw text ->
 *    `'fuzzy'` (or `'moved'` when the raw text found equals `exact`).
 *
 * The acceptance rule, for a candidate away from the stored position ("agrees": a context is at
 * least {@link CONTEXT_AGREEMENT} similar to the stored one):
 * - the same words: the prefix or the suffix agrees, or the quote is long
 *   ({@link LONE_QUOTE_LENGTH}), or it is the single occurrence and within {@link SAME_PLACE} of
 *   where it was expected;
 * - similar words (equal once normalised, or within {@link FUZZY_ERROR_RATE} of the normalised
 *   quote's length, for quotes of {@link MIN_FUZZY_LENGTH} or more): no other place searched is
 *   within {@link AMBIGUITY_MARGIN} of it on quote and context, and both contexts agree — or,
 *   for a long quote within {@link FUZZY_NEAR} of where it was expected, one of them.
 *

 *
 * Offsets are UTF-16 code units, end exclusive; ranges never split a surrogate pair. Pure;
 * never throws. One call may scan the whole text several times (and normalise all of a long
 * text): for many targets, use {@link resolveAll}.
 *
 * @returns where the target is, or `null`: an orphan (its words are gone, or too changed to be sure).
 */
export function resolve(text: string, target: TextTarget, options: ResolveOptions = {}): Resolution | null {
  const anchorer = new Anchorer(text);
  const hint = options.hint ?? target.start;
  return anchorer.resolveNear(target, hint, new Budget(Infinity)) ?? (anchorer.isSmall ? null : anchorer.resolveWhole(target, hint));
}

/**
 * {@link resolve} for many targets at once (a sidecar, the editor's annotations), with work
 * shared: a text up to {@link SMALL_TEXT} is normalised once; each target is expected at its
 * stored position shifted by the displacement of the previous target (in text order) that was
 * found, so that after edits most targets are found by one comparison. A target not found is
 * looked for once more where the found targets around it put it (proportionally between them,
 * or at the rate the displacement grew before it), for changes made throughout the text.
 *
 * Cost is bounded: targets not found near where they were expected get passes over the whole
 * text only while {@link WHOLE_TEXT_SCANS} last. If at least a quarter of the targets are still
 * not found (a change to the whole document: added diacritics, a large reordering), they are
 * searched again without that bound — in a large text on the whole normalised text (normalising
 * costs tens of milliseconds a megabyte). Otherwise they are orphans.
 *
 * @returns one entry per target, in the order given; `null` entries are orphans.
 */
export function resolveAll(text: string, targets: readonly TextTarget[]): (Resolution | null)[] {
  const anchorer = new Anchorer(text);
  const order = targets.map((_, i) => i).sort((a, b) => targets[a]!.start - targets[b]!.start);
  const results: (Resolution | null)[] = new Array<Resolution | null>(targets.length).fill(null);
  const budget = new Budget(WHOLE_TEXT_SCANS * Math.max(text.length, SMALL_TEXT));
  const hinted: number[] = new Array<number>(targets.length).fill(0);
  let delta = 0;
  for (const i of order) {
    const t = targets[i]!;
    hinted[i] = t.start + delta;
    const r = anchorer.resolveNear(t, hinted[i]!, budget);
    results[i] = r;
    if (r) delta = r.start - t.start;
  }
  // A target not found may have been expected in the wrong place: after a change to the whole
  // text (diacritics added throughout), the displacement grows between two annotations far
  // apart. Expect it where the found targets around it put it: proportionally between the
  // found ones before and after it, or at the rate the displacement grew before it.
  let failed = order.filter((i) => results[i] === null);
  if (failed.length > 0) {
    const foundAfter: (number | undefined)[] = new Array<number | undefined>(order.length);
    for (let k = order.length - 1, next: number | undefined; k >= 0; k--) {
      foundAfter[k] = next;
      if (results[order[k]!] !== null) next = order[k];
    }
    const before: number[] = []; // the last two found targets, in text order
    order.forEach((i, k) => {
      if (results[i] === null) {
        const hint = expectBetween(targets, results, targets[i]!, before, foundAfter[k]);
        if (hint !== null && Math.abs(hint - hinted[i]!) > FUZZY_NEAR) {
          results[i] = anchorer.resolveNear(targets[i]!, hint, budget);
        }
      }
      if (results[i] !== null) {
        before.push(i);
        if (before.length > 2) before.shift();
      }
    });
    failed = failed.filter((i) => results[i] === null);
  }
  if (failed.length > 0 && failed.length * 4 >= targets.length) {
    const isFailed = new Set(failed);
    delta = 0;
    for (const i of order) {
      const t = targets[i]!;
      const hint = t.start + delta;
      const r = isFailed.has(i)
        ? (anchorer.resolveNear(t, hint, new Budget(Infinity)) ?? (anchorer.isSmall ? null : anchorer.resolveWhole(t, hint)))
        : results[i]!;
      results[i] = r;
      if (r) delta = r.start - t.start;
    }
  }
  return results;
}

/**
 * Where `t` is expected from found targets: proportionally between the last one found before it
 * and the first found after it; with none after, at the rate the displacement grew between the
 * last two found before it; with none before, as displaced as the first one after. `null` when
 * no target was found.
 */
function expectBetween(
  targets: readonly TextTarget[],
  results: readonly (Resolution | null)[],
  t: TextTarget,
  before: readonly number[],
  after: number | undefined,
): number | null {
  const p = before[before.length - 1];
  const tp = p === undefined ? undefined : targets[p];
  const rp = p === undefined ? null : results[p];
  const tq = after === undefined ? undefined : targets[after];
  const rq = after === undefined ? null : results[after];
  if (tp && rp && tq && rq && tq.start > tp.start) {
    return Math.round(rp.start + ((t.start - tp.start) * (rq.start - rp.start)) / (tq.start - tp.start));
  }
  if (tp && rp) {
    const o = before.length > 1 ? before[0]! : undefined;
    const to = o === undefined ? undefined : targets[o];
    const ro = o === undefined ? null : results[o];
    const rate = to && ro && tp.start > to.start ? (rp.start - ro.start) / (tp.start - to.start) : 1;
    return Math.round(rp.start + (t.start - tp.start) * rate);
  }
  if (tq && rq) return rq.start - (tq.start - t.start);
  return null;
}

/** How many code units a call may still scan in passes over the whole text. */
class Budget {
  constructor(private left: number) {}

  /** Takes `units` from the budget; `false` (and nothing taken) when there are not enough left. */
  spend(units: number): boolean {
    if (this.left < units) return false;
    this.left -= units;
    return true;
  }
}

/** A target's quote and context in normal form, computed once when step 3 is reached. */
interface NormalTarget {
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly maxErrors: number;
}

/** Holds one text and what was computed about it, shared by the targets resolved in it. */
class Anchorer {
  private whole: NormalSpan | null = null;
  readonly isSmall: boolean;

  constructor(private readonly text: string) {
    this.isSmall = text.length <= SMALL_TEXT;
  }

  private wholeSpan(): NormalSpan {
    if (this.whole === null) this.whole = normalizeSpan(this.text);
    return this.whole;
  }

  /**
   * Steps 1–3 without normalising the whole of a large text. Searches over the whole text (an
   * exact search; an approximate search in a small text, context probes in a large one) are paid
   * from `budget`, in code units; none is made once it is spent.
   */
  resolveNear(t: TextTarget, hint: number, budget: Budget): Resolution | null {
    const { text } = this;
    const { exact } = t;
    const len = exact.length;
    if (t.start >= 0 && t.end - t.start === len && t.end <= text.length && text.startsWith(exact, t.start)) {
      return { start: t.start, end: t.end, how: 'exact', score: 1 };
    }
    if (len === 0) return null;

    // Where the neighbours' displacement puts it, and where it was: a neighbour that moved far
    // (its paragraph was moved) must not make this one look far from its own place.
    const hints = hint === t.start ? [hint] : [hint, t.start];
    const distance = (at: number): number => Math.min(...hints.map((h) => Math.abs(at - h)));

    // 2. The same words elsewhere: where they are expected, then around.
    const exactly = (h: number, from: number, to: number): QuoteMatch | null =>
      matchQuote(text, exact, { prefix: t.prefix, suffix: t.suffix, hint: h, from, to });
    if (hint !== t.start && hint >= 0 && text.startsWith(exact, hint)) {
      const c = exactly(hint, hint, hint + len);
      if (c && agrees(c)) return moved(c);
    }
    for (const [from, to] of windowsAround(hints, len, WINDOW_RADIUS)) {
      const around = exactly(hint, from, to);
      if (around && agrees(around)) return moved(around);
    }

    // 3. Similar words. In a small text, over all of it (while the budget lasts): the best place
    // must compete with every other (a copy of the passage pasted elsewhere, the original since
    // changed, must make the match ambiguous, not win by being searched first).
    const n = prepare(t);
    if (n.quote.length === 0) return null;
    if (this.isSmall && budget.spend(text.length)) return this.matchIn(this.wholeSpan(), n, hints, 0, text.length, t);
    // Else near the expected position first (where the analyst's words were, changed, is a better
    // anchor than a copy of them elsewhere); the stored position is a fallback for exact words.
    const wide: [number, number] = [hint - NEAR_RADIUS, hint + len + NEAR_RADIUS];
    const near =
      this.matchNear(n, hints, hint - FUZZY_NEAR, hint + len + FUZZY_NEAR, t, wide) ?? this.matchNear(n, hints, wide[0], wide[1], t);
    if (near) return near;
    // 2, far: the same words anywhere.
    if (budget.spend(text.length)) {
      const everywhere = exactly(hint, 0, text.length);
      if (everywhere && acceptable(everywhere, len, distance(everywhere.start))) return moved(everywhere);
    }
    // 3, far: similar words where the stored context is found (large texts).
    if (this.isSmall || !budget.spend(2 * text.length)) return null;
    let best: Resolution | null = null;
    for (const [from, to] of this.contextWindows(t, hint, n)) {
      const r = this.matchNear(n, hints, from, to, t);
      if (r && (best === null || r.score > best.score)) best = r;
    }
    return best;
  }

  /** Step 3 on the whole normalised text of a large text: near the expected position, then anywhere exactly. */
  resolveWhole(t: TextTarget, hint: number): Resolution | null {
    const n = prepare(t);
    if (n.quote.length === 0) return null;
    const span = this.wholeSpan();
    const hints = hint === t.start ? [hint] : [hint, t.start];
    for (const h of hints) {
      const r = this.matchIn(span, n, hints, h - WINDOW_RADIUS, h + t.exact.length + WINDOW_RADIUS, t);
      if (r) return r;
    }
    return this.matchIn(span, { ...n, maxErrors: 0 }, hints, 0, this.text.length, t);
  }

  /**
   * Searches the raw window `[from, to)` (rivals in `rivalsIn`): in the whole normalised text of
   * a small text, else normalised on its own (with room for context).
   */
  private matchNear(
    n: NormalTarget,
    hints: readonly number[],
    from: number,
    to: number,
    t: TextTarget,
    rivalsIn: readonly [number, number] = [from, to],
  ): Resolution | null {
    const { text } = this;
    if (this.isSmall) return this.matchIn(this.wholeSpan(), n, hints, from, to, t, rivalsIn);
    const lo = Math.min(from, rivalsIn[0]);
    const hi = Math.max(to, rivalsIn[1]);
    const a = Math.min(text.length, Math.max(0, lo - 2 * t.prefix.length));
    const b = Math.max(a, Math.min(text.length, hi + 2 * t.exact.length + 2 * t.suffix.length));
    const span = normalizeSpan(text, a, b);
    return this.matchIn(span, n, hints, from, to, t, rivalsIn);
  }

  /** Raw windows of a large text, away from the expected position, where the stored context is found. */
  private contextWindows(t: TextTarget, hint: number, n: NormalTarget): [number, number][] {
    const { text } = this;
    const len = t.exact.length;
    // Room for the quote after its prefix (before its suffix), diacritics added included.
    const room = Math.ceil(len * 1.5) + n.maxErrors + 8;
    const places: [number, number][] = [];
    const probe = (needle: string, toWindow: (at: number) => [number, number]): void => {
      if (needle.length < CONTEXT_PROBE / 2) return;
      let count = 0;
      for (let i = text.indexOf(needle); i >= 0 && count < 8 * MAX_CONTEXT_WINDOWS; i = text.indexOf(needle, i + 1)) {
        places.push(toWindow(i));
        count++;
      }
    };
    const prefixTail = t.prefix.slice(-CONTEXT_PROBE);
    probe(prefixTail, (i) => [i + prefixTail.length, i + prefixTail.length + room]);
    const suffixHead = t.suffix.slice(0, CONTEXT_PROBE);
    probe(suffixHead, (i) => [i - room, i]);
    places.sort((a, b) => Math.abs(a[0] - hint) - Math.abs(b[0] - hint));
    return places
      .filter((p) => Math.abs(p[0] - hint) > NEAR_RADIUS)
      .slice(0, MAX_CONTEXT_WINDOWS)
      .map(([a, b]) => [Math.max(0, a), Math.min(text.length, b)]);
  }

  /**
   * Searches the normalised quote in `span` for a match starting between raw offsets `from` and
   * `to` (it may end up to twice the quote's length past `to`: a window must not cut a match
   * short, and added diacritics make the words longer), and applies the acceptance rule. `hints[0]` is
   * the expected position; the distance is to the nearest hint.
   */
  private matchIn(
    span: NormalSpan,
    n: NormalTarget,
    hints: readonly number[],
    from: number,
    to: number,
    t: TextTarget,
    rivalsIn: readonly [number, number] = [from, to],
  ): Resolution | null {
    const nominalTo = toSpanOffset(span, to);
    const windowTo = toSpanOffset(span, to + 2 * t.exact.length);
    const options = {
      prefix: n.prefix,
      suffix: n.suffix,
      hint: toSpanOffset(span, hints[0]!),
      maxErrors: n.maxErrors,
      from: toSpanOffset(span, from),
      to: windowTo,
    };
    const c = matchQuote(span.text, n.quote, options);
    if (c === null) return null;
    // An inexact match that starts past the window, or runs into its end, may be the window's
    // cut of the real words (the quote's last words would count as errors): not trusted here.
    if (c.errors > 0 && (c.start >= nominalTo || (c.end >= windowTo && windowTo < span.text.length))) return null;
    const { text } = this;
    let start = span.starts[c.start]!;
    let end = span.ends[c.end - 1]!;
    if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
    if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++;
    const same = end - start === t.exact.length && text.startsWith(t.exact, start);
    const distance = Math.min(...hints.map((h) => Math.abs(start - h)));
    if (same) return acceptable(c, n.quote.length, distance) ? { start, end, how: 'moved', score: c.score } : null;
    if (!acceptableAsSimilar(c, n.quote.length, distance)) return null;
    // Last (it costs a second search): no other place nearly as like the quote.
    const rivalFrom = toSpanOffset(span, rivalsIn[0]);
    const rivalTo = toSpanOffset(span, rivalsIn[1] + 2 * t.exact.length);
    const rival = findRival(span.text, n.quote, c, { ...options, from: rivalFrom, to: rivalTo });
    if (Math.max(rival, c.rivalTextScore) >= c.textScore - AMBIGUITY_MARGIN) return null;
    return { start, end, how: 'fuzzy', score: c.score };
  }
}

/** Windows of `radius` around a quote of `len` at each hint, overlapping ones merged, nearest hint first. */
function windowsAround(hints: readonly number[], len: number, radius: number): [number, number][] {
  const windows: [number, number][] = [];
  for (const h of hints) {
    const w: [number, number] = [h - radius, h + len + radius];
    const overlapping = windows.find(([a, b]) => w[0] <= b && a <= w[1]);
    if (overlapping) {
      overlapping[0] = Math.min(overlapping[0], w[0]);
      overlapping[1] = Math.max(overlapping[1], w[1]);
    } else {
      windows.push(w);
    }
  }
  return windows;
}

function prepare(t: TextTarget): NormalTarget {
  const quote = normalizeQuote(t.exact);
  return {
    quote,
    prefix: normalizeQuote(t.prefix),
    suffix: normalizeQuote(t.suffix),
    maxErrors: countAllowedErrors(quote.length),
  };
}

function agrees(c: QuoteMatch): boolean {
  return Math.max(c.prefixScore, c.suffixScore) >= CONTEXT_AGREEMENT;
}

/**
 * The acceptance rule for the quote's own words found away from the stored position,
 * `distance` raw code units from where they were expected.
 */
function acceptable(c: QuoteMatch, quoteLength: number, distance: number): boolean {
  return agrees(c) || quoteLength >= LONE_QUOTE_LENGTH || (c.candidates === 1 && distance <= SAME_PLACE);
}

/**
 * The acceptance rule for words that are like the quote but not the same (normalised or
 * approximate matches), but for ambiguity (no rival within {@link AMBIGUITY_MARGIN}), checked last.
 */
function acceptableAsSimilar(c: QuoteMatch, quoteLength: number, distance: number): boolean {
  if (c.errors > countAllowedErrors(quoteLength)) return false;
  const both = Math.min(c.prefixScore, c.suffixScore) >= CONTEXT_AGREEMENT;
  return both || (distance <= FUZZY_NEAR && quoteLength >= LONE_QUOTE_LENGTH && agrees(c));
}

function moved(c: QuoteMatch): Resolution {
  return { start: c.start, end: c.end, how: 'moved', score: c.score };
}
