/**
 * Seeded random articles, spans and edits for the anchoring property tests and benchmark.
 * Pure: the caller hands in the seed article's text and a random number generator.
 */
import type { TextChange } from '../../../src/core/anchoring';

/** A deterministic generator in [0, 1) (mulberry32). */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function between(rng: () => number, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** The words of a text (runs of non-space). */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/**
 * An article of about `size` code units: paragraphs of sentences made of the seed's words in a
 * new random order, so that (unlike the seed repeated) a span of a few words rarely occurs twice.
 */
export function makeArticle(seedText: string, size: number, rng: () => number): string {
  const words = wordsOf(seedText);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < size) {
    const sentences: string[] = [];
    for (let s = between(rng, 2, 6); s > 0; s--) {
      const w: string[] = [];
      for (let k = between(rng, 6, 24); k > 0; k--) w.push(pick(rng, words));
      sentences.push(w.join(' ') + pick(rng, ['.', '.', '.', '،', '؟', ':']));
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, size);
}

/** `count` random spans of `minLength`..`maxLength` code units, starting and ending at word edges, sorted. */
export function pickSpans(text: string, count: number, rng: () => number, minLength = 20, maxLength = 200): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let guard = count * 50;
  while (spans.length < count && guard-- > 0) {
    let start = Math.floor(rng() * text.length);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    let end = start + between(rng, minLength, maxLength);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    if (end > text.length || /\s/.test(text[start]!) || end - start < minLength) continue;
    spans.push({ start, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Applies one change to a text. */
export function applyChange(text: string, c: TextChange): string {
  return text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
}

/**
 * Edits `text` until about `fraction` of it was touched: words rewritten, sentences rewritten,
 * fragments of the seed inserted, stretches deleted. Returns the changes in order (each offset in
 * the text left by the previous change) and the text afterwards.
 */
export function makeEdits(text: string, fraction: number, rng: () => number, seedText: string): { changes: TextChange[]; text: string } {
  const words = wordsOf(seedText);
  const changes: TextChange[] = [];
  let touched = 0;
  let current = text;
  while (touched < fraction * text.length) {
    const at = Math.floor(rng() * current.length);
    const kind = rng();
    let c: TextChange;
    if (kind < 0.4) {
      // rewrite a word
      let s = at;
      while (s > 0 && !/\s/.test(current[s - 1]!)) s--;
      let e = at;
      while (e < current.length && !/\s/.test(current[e]!)) e++;
      c = { rangeOffset: s, rangeLength: e - s, text: pick(rng, words) };
    } else if (kind < 0.6) {
      // rewrite a sentence-like stretch
      const length = Math.min(current.length - at, between(rng, 20, 150));
      const w: string[] = [];
      for (let k = between(rng, 3, 20); k > 0; k--) w.push(pick(rng, words));
      c = { rangeOffset: at, rangeLength: length, text: w.join(' ') };
    } else if (kind < 0.8) {
      // insert a fragment of the seed
      const from = Math.floor(rng() * seedText.length);
      c = { rangeOffset: at, rangeLength: 0, text: seedText.slice(from, from + between(rng, 5, 200)) };
    } else {
      // delete a stretch
      c = { rangeOffset: at, rangeLength: Math.min(current.length - at, between(rng, 1, 120)), text: '' };
    }
    touched += Math.max(c.rangeLength, c.text.length);
    current = applyChange(current, c);
    changes.push(c);
  }
  return { changes, text: current };
}

/**
 * The neighbourhood of a range through changes: like `applyEdits`, but a change touching the
 * range widens it to cover the new text instead of trimming or dropping it. Whatever was written
 * where the range's words were lies inside it.
 */
export function trackNeighbourhood(range: { start: number; end: number }, changes: readonly TextChange[]): { start: number; end: number } {
  let { start, end } = range;
  for (const c of changes) {
    const a = c.rangeOffset;
    const b = a + c.rangeLength;
    const delta = c.text.length - c.rangeLength;
    if (a > end) continue;
    if (b < start) {
      start += delta;
      end += delta;
      continue;
    }
    start = Math.min(start, a);
    end = Math.max(end + delta, a + c.text.length);
  }
  return { start, end };
}
