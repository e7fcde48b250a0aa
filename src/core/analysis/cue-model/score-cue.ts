/**
 * Scores tokens with the learned cue classifier. The weights of a token's word features
 * depend on one word each, so they are summed once per distinct word of a text (a table by
 * word number) and a token costs a few array reads: the model runs on every English word.
 */
import type { Doc, Sentence } from '../doc';
import type { TokenTable } from '../tokenize';
import type { CueModel } from './cue-model';
import { BOUNDARY, DENSE_NAMES, denseFeatures, endingKeys, NUMBER, wordKey } from './features';

/** Per text: the summed word weights by word number (NaN: not computed yet). */
interface WordScores {
  readonly self: Float64Array;
  readonly prev: Float64Array;
  readonly next: Float64Array;
  readonly prev2: Float64Array;
  readonly next2: Float64Array;
}

const caches = new WeakMap<TokenTable, { model: CueModel; scores: WordScores }>();
const dense = new Int32Array(DENSE_NAMES.length);
// The tables of the text being scored: the model runs on every English word, and a WeakMap
// lookup per word was a tenth of its time; the WeakMap serves a text seen again later.
// analyze() lets go of the text at its end ({@link releaseCueScores}).
let lastTokens: TokenTable | undefined;
let lastModel: CueModel | undefined;
let lastScores: WordScores | undefined;

/** Forgets the text scored last (its tables stay in the WeakMap while the text lives). */
export function releaseCueScores(): void {
  lastTokens = undefined;
  lastModel = undefined;
  lastScores = undefined;
}

function tablesFor(model: CueModel, tokens: TokenTable): WordScores {
  if (tokens === lastTokens && model === lastModel) return lastScores!;
  const c = caches.get(tokens);
  let scores: WordScores;
  if (c && c.model === model) scores = c.scores;
  else {
    const n = tokens.words.length;
    const make = (): Float64Array => new Float64Array(n).fill(NaN);
    scores = { self: make(), prev: make(), next: make(), prev2: make(), next2: make() };
    caches.set(tokens, { model, scores });
  }
  lastTokens = tokens;
  lastModel = model;
  lastScores = scores;
  return scores;
}

function selfWeight(model: CueModel, w: string): number {
  const key = wordKey(w);
  const [suf2, suf3] = endingKeys(key === NUMBER ? '' : key);
  return (model.words.self.get(key) ?? 0) + (model.words.suf2.get(suf2) ?? 0) + (model.words.suf3.get(suf3) ?? 0);
}

function around(model: CueModel, table: Float64Array, map: ReadonlyMap<string, number>, tokens: TokenTable, i: number, s: Sentence): number {
  if (i < s.from || i >= s.to) return map.get(BOUNDARY) ?? 0;
  const id = tokens.id[i]!;
  let v = table[id]!;
  if (Number.isNaN(v)) {
    v = map.get(wordKey(tokens.w[i]!)) ?? 0;
    table[id] = v;
  }
  return v;
}

/** The log-odds that token `k` of sentence `s` is a reporting cue. */
export function scoreCue(model: CueModel, doc: Doc, s: Sentence, k: number): number {
  return wordsThenDense(model, doc, s, k, false);
}

/**
 * Whether token `k` of sentence `s` scores `model.threshold` or more; the same as
 * `scoreCue(...) >= model.threshold`, but the context of a word whose word weights cannot
 * reach the threshold is not read (the model runs on every English word).
 */
export function isCue(model: CueModel, doc: Doc, s: Sentence, k: number): boolean {
  return wordsThenDense(model, doc, s, k, true) >= model.threshold;
}

/** The score; with `bound`, -Infinity as soon as it cannot reach the threshold. */
function wordsThenDense(model: CueModel, doc: Doc, s: Sentence, k: number, bound: boolean): number {
  const tokens = doc.tokens;
  const t = tablesFor(model, tokens);
  const id = tokens.id[k]!;
  let self = t.self[id]!;
  if (Number.isNaN(self)) {
    self = selfWeight(model, tokens.w[k]!);
    t.self[id] = self;
  }
  let score = model.bias + self;
  score += around(model, t.prev, model.words.prev, tokens, k - 1, s);
  score += around(model, t.next, model.words.next, tokens, k + 1, s);
  score += around(model, t.prev2, model.words.prev2, tokens, k - 2, s);
  score += around(model, t.next2, model.words.next2, tokens, k + 2, s);
  if (bound && score + model.maxDense < model.threshold) return -Infinity;
  denseFeatures(doc, s, k, dense);
  for (let f = 0; f < DENSE_NAMES.length; f++) score += model.dense[DENSE_NAMES[f]!][dense[f]!]!;
  return score;
}
