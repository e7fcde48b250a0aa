/**
 * Incremental re-analysis for an editor: after an edit, only the paragraphs the edit touched
 * are analysed again; everything else is kept from the previous analysis with its offsets
 * shifted, and the speaker links across paragraphs are refreshed.
 *
 * The contract, exactly:
 * - Outside the touched region, every source mention, quote and claim of `previous` is kept,
 *   shifted by the edit's length change (so its text is the same words).
 * - The touched region is the smallest run of whole paragraphs of the new text that covers
 *   the changed characters and every previous finding overlapping them (a direct quote that
 *   runs over several paragraphs brings them all in). It is analysed on its own with
 *   {@link analyze}, in the same paragraph mode (blank-line or line-per-paragraph) as the
 *   whole text.
 * - Links across the region's edges are refreshed: a source found in the region is the same
 *   source as a kept one with the same label and identity, or with a mention of the same
 *   words; a quote of the region whose speaker the region alone cannot name (a follow-up cue,
 *   "وقالت", "she added") takes the speaker of the nearest earlier quote with one; kept quotes
 *   and claims keep their sources (a source whose mentions all disappeared leaves them with
 *   none).
 * - Ids are renumbered as {@link analyze} numbers them (sources by first mention, quotes and
 *   claims in text order), with every reference mapped.
 * - When the edit changes the paragraph mode, or leaves no previous structure to keep, the
 *   result is `analyze(text)`.
 *
 * So the result is `analyze(text)` wherever the engine's decisions are local to paragraphs —
 * nearly everywhere — and otherwise a close approximation: the shell reconciles it with a full
 * `analyze` when the editor is idle. Cost: one pass to find the change, the region's analysis,
 * and a linear merge; a one-character edit in a 200 KB article is well under a millisecond
 * plus one paragraph's analysis (bench/keystroke.bench.ts).
 */
import { analyze, type AnalyzeOptions } from './analyze';
import { articleLanguage } from './detect-language';
import { sourceLabel } from './source-label';
import type { Analysis, Claim, Paragraph, Quote, Source, Span } from './types';

/** What {@link analyzeIncremental} did, for logs, tests and the benchmark. */
export interface IncrementalResult {
  readonly analysis: Analysis;
  /** `region`: only `[start, end)` of the new text was analysed; `full`: the whole text; `none`: the text did not change. */
  readonly mode: 'region' | 'full' | 'none';
  /** The analysed region in the new text (the whole text for `full`, empty for `none`). */
  readonly start: number;
  readonly end: number;
}

/**
 * Where the texts differ, when the caller knows it (an editor's change events): characters
 * `[start, oldEnd)` of the previous text became `[start, newEnd)` of the new one. A range wider
 * than the real change is fine (it only widens the region analysed again).
 */
export interface ChangedRange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** A blank line between two lines: the text's paragraphs are separated by blank lines. */
const BLANK_LINE = /\n[ \t\u00a0]*\r?\n/;
/** Paragraph separator appended to a region analysed alone in blank-line mode (keeps that mode). */
const BLANK_MODE_TAIL = '\n\n';

/**
 * Re-analyses `text`, the result of editing `previousText` whose analysis is `previous`
 * (computed with the same `options`). See the file comment for the contract. Pure; never throws
 * on any input.
 */
export function analyzeIncremental(
  previous: Analysis,
  previousText: string,
  text: string,
  options?: AnalyzeOptions,
  changed?: ChangedRange,
): IncrementalResult {
  if (previousText === text) return { analysis: previous, mode: 'none', start: 0, end: 0 };
  const full = (): IncrementalResult => ({ analysis: analyze(text, options), mode: 'full', start: 0, end: text.length });
  if (previous.paragraphs.length === 0) return full();
  const blankMode = BLANK_LINE.test(text);
  if (blankMode !== BLANK_LINE.test(previousText)) return full();

  // The changed characters: [a, oldEnd) of the old text became [a, newEnd) of the new one.
  const delta = text.length - previousText.length;
  const given = changed !== undefined && isChangedRange(changed, previousText.length, text.length);
  const { start: a, oldEnd } = given ? changed : diff(previousText, text);

  // The old region: whole old paragraphs around the change, grown over findings that cross it.
  let lo = a;
  let hi = oldEnd;
  const paragraphs = previous.paragraphs;
  const spanLists: readonly (readonly { start: number; end: number }[])[] = [previous.quotes, previous.claims, ...previous.sources.map((x) => x.mentions)];
  for (let grown = true; grown; ) {
    grown = false;
    // paragraphs are in text order: the first that ends at or after lo, then on while they start by hi
    for (let i = firstEndingAtOrAfter(paragraphs, lo); i < paragraphs.length && paragraphs[i]!.start <= hi; i++) {
      const p = paragraphs[i]!;
      if (p.start < lo) {
        lo = p.start;
        grown = true;
      }
      if (p.end > hi) {
        hi = p.end;
        grown = true;
      }
    }
    for (const list of spanLists) {
      for (const x of list) {
        if (x.end > lo && x.start < hi && (x.start < lo || x.end > hi)) {
          lo = Math.min(lo, x.start);
          hi = Math.max(hi, x.end);
          grown = true;
        }
      }
    }
  }
  // In the new text: from the old region's start (unchanged: it is before the edit) to its end
  // shifted, widened to whole lines so a paragraph the edit split or joined is taken whole.
  let start = Math.min(lo, a);
  let end = Math.max(hi + delta, oldEnd + delta);
  while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  if (blankMode) {
    // A region starting or ending mid-paragraph (a multi-line paragraph) takes the whole paragraph.
    start = blankParagraphStart(text, start);
    end = blankParagraphEnd(text, end);
  }
  const oldStart = start; // before the change: the same offset in both texts
  const oldStop = end - delta;
  if (oldStop < oldStart || start >= end) return full();

  const regionText = text.slice(start, end) + (blankMode ? BLANK_MODE_TAIL : '');
  const local = analyze(regionText, options);
  const analysis = merge(previous, local, { oldStart, oldStop, newStart: start, delta, text, regionLength: end - start, changeStart: a, changeEnd: oldEnd });
  return { analysis, mode: 'region', start, end };
}

/** Whether `r` is a consistent change of a `oldLength` text into a `newLength` one. */
function isChangedRange(r: ChangedRange, oldLength: number, newLength: number): boolean {
  return (
    Number.isInteger(r.start) && r.start >= 0 && r.oldEnd >= r.start && r.newEnd >= r.start &&
    r.oldEnd <= oldLength && r.newEnd <= newLength && r.oldEnd - r.newEnd === oldLength - newLength
  );
}

/** The changed range of two texts: their common prefix and suffix left out. Linear. */
function diff(before: string, after: string): ChangedRange {
  const limit = Math.min(before.length, after.length);
  let a = 0;
  while (a < limit && before.charCodeAt(a) === after.charCodeAt(a)) a++;
  let suffix = 0;
  while (suffix < limit - a && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start: a, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Start of the blank-line paragraph holding offset `i` (after the previous blank line). */
function blankParagraphStart(text: string, i: number): number {
  let s = i;
  for (;;) {
    const lineStart = s;
    if (lineStart === 0) return 0;
    // the line before this one
    let p = lineStart - 1;
    if (text.charCodeAt(p) === 0x0a && p > 0 && text.charCodeAt(p - 1) === 0x0d) p--;
    let ps = p;
    while (ps > 0 && !isBreak(text.charCodeAt(ps - 1))) ps--;
    if (/^[ \t\u00a0]*$/.test(text.slice(ps, p))) return lineStart;
    s = ps;
  }
}

/** End of the blank-line paragraph holding offset `i` (before the next blank line). */
function blankParagraphEnd(text: string, i: number): number {
  let e = i;
  for (;;) {
    if (e >= text.length) return text.length;
    let n = e + 1;
    if (text.charCodeAt(e) === 0x0d && text.charCodeAt(n) === 0x0a) n++;
    let ne = n;
    while (ne < text.length && !isBreak(text.charCodeAt(ne))) ne++;
    if (/^[ \t\u00a0]*$/.test(text.slice(n, ne))) return e;
    e = ne;
  }
}

/** Index of the first of `ranges` (in text order) that ends at or after `at`. Binary search. */
function firstEndingAtOrAfter(ranges: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid]!.end < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Edges {
  /** The region in the old text. */
  readonly oldStart: number;
  readonly oldStop: number;
  /** The region's start in the new text (= oldStart) and the length change. */
  readonly newStart: number;
  readonly delta: number;
  readonly text: string;
  readonly regionLength: number;
  /** The changed characters in the old text. */
  readonly changeStart: number;
  readonly changeEnd: number;
}

/** A source being merged: kept mentions and region mentions. */
interface SourceBuild {
  identity: Source['identity'];
  label: string;
  role?: string;
  reason?: string;
  mentions: Span[];
}

function merge(previous: Analysis, local: Analysis, e: Edges): Analysis {
  const shift = (x: number): number => (x >= e.oldStop ? x + e.delta : x);
  const before = (s: { end: number }): boolean => s.end <= e.oldStart;
  const after = (s: { start: number }): boolean => s.start >= e.oldStop;
  const kept = (s: { start: number; end: number }): boolean => before(s) || after(s);
  const moved = <T extends Span>(s: T): Span => (s.start >= e.oldStop ? { start: s.start + e.delta, end: s.end + e.delta, text: s.text } : s);
  const fromLocal = (s: { start: number; end: number }): { start: number; end: number; text: string } => {
    const start = s.start + e.newStart;
    const end = s.end + e.newStart;
    return { start, end, text: e.text.slice(start, end) };
  };
  const inRegion = (s: { start: number; end: number }): boolean => s.end <= e.regionLength;

  // Sources: every previous source keeps its mentions outside the region.
  const builds: SourceBuild[] = [];
  const prevIndex = new Map<string, number>();
  for (const s of previous.sources) {
    prevIndex.set(s.id, builds.length);
    builds.push({
      identity: s.identity,
      label: s.label,
      ...(s.role === undefined ? {} : { role: s.role }),
      ...(s.reason === undefined ? {} : { reason: s.reason }),
      mentions: s.mentions.filter(kept).map(moved),
    });
  }
  // Words the edit did not touch keep their place: a previous span inside the region but clear
  // of the change (or holding all of it) maps to the new text by the same shift. Such a span found again by the region's
  // analysis is the same finding, which is how links across the region's edges are refreshed.
  const mapped = (x: { start: number; end: number }): string | null => {
    if (x.end <= e.changeStart) return `${x.start}:${x.end}`;
    if (x.start >= e.changeEnd) return `${x.start + e.delta}:${x.end + e.delta}`;
    // the change is inside it (typing within a quote): the same words, grown or shrunk
    if (x.start <= e.changeStart && x.end >= e.changeEnd) return `${x.start}:${x.end + e.delta}`;
    return null;
  };
  // Only spans inside the region can meet the region's findings.
  const inOldRegion = (x: { start: number; end: number }): boolean => x.start >= e.oldStart && x.end <= e.oldStop;
  const prevMention = new Map<string, number>();
  previous.sources.forEach((s, i) => {
    for (const m of s.mentions) {
      const k = inOldRegion(m) ? mapped(m) : null;
      if (k !== null) prevMention.set(k, i);
    }
  });
  // By label and by words: built only when a region source is not one of the region's previous mentions.
  let byLabel: Map<string, number> | undefined;
  let byMention: Map<string, number> | undefined;
  const indexSources = (): void => {
    byLabel = new Map();
    byMention = new Map();
    for (let i = 0; i < builds.length; i++) {
      const b = builds[i]!;
      if (b.mentions.length === 0) continue;
      byLabel.set(`${b.identity}\u0000${b.label}`, i);
      for (const m of b.mentions) if (!byMention.has(m.text)) byMention.set(m.text, i);
    }
  };
  // Region sources join a previous source (one of its mentions is a previous mention of it; else
  // the same label and identity; else a mention of the same words) or start a new one.
  const localIndex = new Map<string, number>();
  for (const s of local.sources) {
    const mentions = s.mentions.filter(inRegion).map(fromLocal);
    if (mentions.length === 0) continue;
    let at: number | undefined;
    for (const m of mentions) if ((at = prevMention.get(`${m.start}:${m.end}`)) !== undefined) break;
    if (at === undefined) {
      if (!byLabel) indexSources();
      at = byLabel!.get(`${s.identity}\u0000${s.label}`);
      if (at === undefined) for (const m of mentions) if ((at = byMention!.get(m.text)) !== undefined) break;
    }
    if (at === undefined) {
      at = builds.length;
      builds.push({
        identity: s.identity,
        label: s.label,
        ...(s.role === undefined ? {} : { role: s.role }),
        ...(s.reason === undefined ? {} : { reason: s.reason }),
        mentions,
      });
    } else {
      const b = builds[at]!;
      b.mentions.push(...mentions);
      // the region's words are the current ones (an edit may have changed the role or reason)
      if (s.role !== undefined) b.role = s.role;
      if (s.reason !== undefined) b.reason = s.reason;
    }
    localIndex.set(s.id, at);
  }
  const prevQuoteSpeaker = new Map<string, number>();
  for (const q of previous.quotes) {
    const k = inOldRegion(q) ? mapped(q) : null;
    if (k !== null && q.speaker !== null) prevQuoteSpeaker.set(k, prevIndex.get(q.speaker) ?? -1);
  }

  // Quotes and claims: kept ones (shifted), then the region's. A draft points at the finding it
  // comes from (its other fields are copied once, when the result is built: object rest/spread
  // per finding was the merge's main cost).
  interface Draft<T> {
    readonly from: T;
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly cue?: Span;
    /** Index into `builds`, -1 for none. */
    who: number;
    readonly fromRegion: boolean;
  }
  const ref = (map: Map<string, number>, id: string | null): number => (id === null ? -1 : (map.get(id) ?? -1));
  const quotes: Draft<Quote>[] = [];
  for (const q of previous.quotes) {
    if (!kept(q)) continue;
    const at = q.start >= e.oldStop ? e.delta : 0;
    quotes.push({ from: q, start: q.start + at, end: q.end + at, text: q.text, ...(q.cue ? { cue: moved(q.cue) } : {}), who: ref(prevIndex, q.speaker), fromRegion: false });
  }
  for (const q of local.quotes) {
    if (!inRegion(q)) continue;
    const r = fromLocal(q);
    // No speaker of its own in the region alone (its antecedent is further back): the one the
    // previous analysis gave the same, untouched words.
    let who = ref(localIndex, q.speaker);
    if (who < 0) who = prevQuoteSpeaker.get(`${r.start}:${r.end}`) ?? -1;
    quotes.push({ from: q, ...r, ...(q.cue ? { cue: fromLocal(q.cue) } : {}), who, fromRegion: true });
  }
  quotes.sort((x, y) => x.start - y.start || x.end - y.end);
  // A new region quote of a follow-up cue with no speaker yet: the nearest earlier quote's speaker.
  let lastSpeaker = -1;
  for (const q of quotes) {
    if (q.fromRegion && q.who < 0 && q.cue && lastSpeaker >= 0) q.who = lastSpeaker;
    if (q.who >= 0) lastSpeaker = q.who;
  }
  const claims: Draft<Claim>[] = [];
  for (const c of previous.claims) {
    if (!kept(c)) continue;
    const at = c.start >= e.oldStop ? e.delta : 0;
    claims.push({ from: c, start: c.start + at, end: c.end + at, text: c.text, who: ref(prevIndex, c.attributedTo), fromRegion: false });
  }
  for (const c of local.claims) {
    if (!inRegion(c)) continue;
    claims.push({ from: c, ...fromLocal(c), who: ref(localIndex, c.attributedTo), fromRegion: true });
  }
  claims.sort((x, y) => x.start - y.start || x.end - y.end);

  // Paragraphs: kept ones and the region's.
  const paragraphs: Paragraph[] = [];
  for (const p of previous.paragraphs) if (before(p)) paragraphs.push(p);
  for (const p of local.paragraphs) if (p.end <= e.regionLength) paragraphs.push({ ...p, start: p.start + e.newStart, end: p.end + e.newStart });
  for (const p of previous.paragraphs) if (after(p)) paragraphs.push({ ...p, start: shift(p.start), end: shift(p.end) });

  // Ids as analyze() gives them: sources by first mention, quotes and claims in text order.
  const order = builds
    .map((b, i) => ({ b, i, first: b.mentions.reduce((min, m) => Math.min(min, m.start), Infinity) }))
    .filter((x) => x.b.mentions.length > 0)
    .sort((x, y) => x.first - y.first);
  const newId = new Map<number, string>();
  const sources: Source[] = order.map((x, n) => {
    const id = `s${n + 1}`;
    newId.set(x.i, id);
    const mentions = [...x.b.mentions].sort((m1, m2) => m1.start - m2.start);
    const { mentions: _m, label: _l, ...rest } = x.b;
    return { id, ...rest, label: sourceLabel(x.b.identity, x.b.role, mentions), mentions };
  });
  const sid = (i: number): string | null => (i >= 0 ? (newId.get(i) ?? null) : null);
  return {
    // as analyze() weighs paragraphs by their letters; here by their length (letters are not kept)
    language: articleLanguage(paragraphs.map((p) => ({ language: p.language, letters: p.end - p.start }))),
    paragraphs,
    sources,
    quotes: quotes.map((d, n) => {
      const q: Quote = { ...d.from, id: `q${n + 1}`, start: d.start, end: d.end, text: d.text, speaker: sid(d.who) };
      if (d.cue) (q as { cue?: Span }).cue = d.cue;
      return q;
    }),
    claims: claims.map((d, n) => ({ ...d.from, id: `c${n + 1}`, start: d.start, end: d.end, text: d.text, attributedTo: sid(d.who) })),
  };
}
