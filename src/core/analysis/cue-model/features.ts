/**
 * The features of the learned English cue classifier at one token, shared by its training
 * script (scripts/train-cue-model.ts) and by inference ({@link scoreCue}), so both read a
 * token the same way. Two kinds:
 * - word features: a word's own text in a position around the token (the token itself, its
 *   two-letter and three-letter endings, the words one and two before and after it); a weight
 *   per distinct word, looked up once per distinct word of a text;
 * - dense features: small integer codes of the token's context (punctuation before and after,
 *   capitalisation, position in the sentence, the lexicon class of its neighbours), a weight
 *   per code.
 */
import { CUE_BITS } from '../cue-at';
import { GAP_STOP, isWord, type Doc, type Sentence } from '../doc';

/** Word feature templates, in the order of the weights file. */
export const WORD_TEMPLATES = ['self', 'suf2', 'suf3', 'prev', 'next', 'prev2', 'next2'] as const;
export type WordTemplate = (typeof WORD_TEMPLATES)[number];

/** Dense feature templates and the number of codes each has. */
export const DENSE_TEMPLATES = {
  gapBefore: 128,
  gapAfter: 128,
  caps: 8,
  position: 8,
  remaining: 8,
  prevClass: 8,
  nextClass: 8,
  endingNext: 64,
  endingPrev: 64,
  cueNear: 4,
} as const;
export type DenseTemplate = keyof typeof DENSE_TEMPLATES;
export const DENSE_NAMES = Object.keys(DENSE_TEMPLATES) as DenseTemplate[];

/** The word standing before a sentence's first token and after its last. */
export const BOUNDARY = '<s>';
/** The word standing for a token that starts with a digit. */
export const NUMBER = '<num>';

/** The word feature key of token `k` (its text, or {@link NUMBER}). */
export function wordKey(w: string): string {
  const c = w.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 ? NUMBER : w;
}

/** The ending keys of a word: its last two and three letters, or "" when it is too short to have one. */
export function endingKeys(w: string): [string, string] {
  return w.length >= 5 ? [w.slice(-2), w.slice(-3)] : ['', ''];
}

/** A word's ending class (0 other, 1 -ed, 2 -s, 3 -ing, 4 -ly, 5 -es, 6 -ion, 7 short): verbs and nouns apart. */
export function endingClass(w: string): number {
  if (w.length < 4) return 7;
  if (w.endsWith('ed')) return 1;
  if (w.endsWith('ing')) return 3;
  if (w.endsWith('ly')) return 4;
  if (w.endsWith('es')) return 5;
  if (w.endsWith('ion') || w.endsWith('ions')) return 6;
  if (w.endsWith('s')) return 2;
  return 0;
}

/** The lexicon class of the token before `k`: 0 other, 1 pronoun, 2 determiner, 3 auxiliary, 4 capitalised, 5 "to", 6 none (sentence start), 7 in a quote. */
export function prevClass(doc: Doc, s: Sentence, k: number): number {
  const p = k - 1;
  if (p < s.from) return 6;
  if (doc.tokens.q[p]! >= 0) return 7;
  if (doc.tokens.w[p] === 'to') return 5;
  if (isWord(doc, s.language, p, 'pronouns')) return 1;
  if (isWord(doc, s.language, p, 'determiners')) return 2;
  if (isWord(doc, s.language, p, 'auxiliaries')) return 3;
  return doc.tokens.cap[p] === 1 ? 4 : 0;
}

/** The lexicon class of the token after `k`: 0 other, 1 complementiser, 2 determiner, 3 pronoun, 4 "to", 5 capitalised, 6 none (sentence end), 7 in a quote. */
export function nextClass(doc: Doc, s: Sentence, k: number): number {
  const n = k + 1;
  if (n >= s.to) return 6;
  if (doc.tokens.q[n]! >= 0) return 7;
  if (doc.tokens.w[n] === 'to') return 4;
  if (isWord(doc, s.language, n, 'complementizers')) return 1;
  if (isWord(doc, s.language, n, 'determiners')) return 2;
  if (isWord(doc, s.language, n, 'pronouns')) return 3;
  return doc.tokens.cap[n] === 1 ? 5 : 0;
}

/** Writes the dense feature codes of token `k` into `out`, in {@link DENSE_NAMES} order. */
export function denseFeatures(doc: Doc, s: Sentence, k: number, out: Int32Array): void {
  const toks = doc.tokens;
  const cap = toks.cap;
  const pc = prevClass(doc, s, k);
  const nc = nextClass(doc, s, k);
  const ending = endingClass(toks.w[k]!);
  out[0] = doc.gaps[k]! & 127;
  out[1] = k + 1 < s.to ? doc.gaps[k + 1]! & 127 : GAP_STOP;
  out[2] = (k > s.from ? cap[k - 1]! * 4 : 0) + cap[k]! * 2 + (k + 1 < s.to ? cap[k + 1]! : 0);
  out[3] = Math.min(k - s.from, 7);
  out[4] = Math.min(s.to - k - 1, 7);
  out[5] = pc;
  out[6] = nc;
  out[7] = ending * 8 + nc;
  out[8] = ending * 8 + pc;
  out[9] = cueNear(doc, s, k);
}

const NEAR = 3; // tokens: "said he would *push*", "*went* on to say"

/** 1 when a word that may start a lexicon cue lies within {@link NEAR} tokens before `k`, plus 2 when one lies within as many after. */
function cueNear(doc: Doc, s: Sentence, k: number): number {
  const m = doc.matcher(s.language);
  let before = 0;
  let after = 0;
  for (let i = Math.max(s.from, k - NEAR); i < k && !before; i++) if (m.maskAt(doc.tokens, i) & CUE_BITS) before = 1;
  for (let i = k + 1; i < Math.min(s.to, k + 1 + NEAR) && !after; i++) if (m.maskAt(doc.tokens, i) & CUE_BITS) after = 2;
  return before + after;
}

/** The word keys of token `k` for each of {@link WORD_TEMPLATES}, in order ("" for none). */
export function wordFeatures(doc: Doc, s: Sentence, k: number): string[] {
  const w = doc.tokens.w;
  const self = wordKey(w[k]!);
  const [suf2, suf3] = endingKeys(self === NUMBER ? '' : self);
  const at = (i: number): string => (i >= s.from && i < s.to ? wordKey(w[i]!) : BOUNDARY);
  return [self, suf2, suf3, at(k - 1), at(k + 1), at(k - 2), at(k + 2)];
}
