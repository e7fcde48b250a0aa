/**
 * The learned English cue classifier's weights, as read from its data file
 * (`src/core/analysis/models/en-cues.json`, written by scripts/train-cue-model.ts): a logistic
 * regression over the features of features.ts, weights quantised to integers.
 *
 * File format (JSON): `{ format: "news-annotator.cue-model", version: 1, language: "en",
 * scale, bias, threshold, words: { <word template>: { <word>: <int> } },
 * dense: { <dense template>: <int>[] }, training: {...} }`; a weight is `int * scale`, a
 * token's score is `bias` plus the weights of its features, and a token scoring `threshold`
 * or more (a log-odds) is a cue.
 */
import { DENSE_NAMES, DENSE_TEMPLATES, WORD_TEMPLATES, type DenseTemplate, type WordTemplate } from './features';

export const CUE_MODEL_FORMAT = 'news-annotator.cue-model';
export const CUE_MODEL_VERSION = 1;

/** A broken weights file: what is wrong, and where. */
export class CueModelError extends Error {
  constructor(message: string) {
    super(`cue model: ${message}`);
    this.name = 'CueModelError';
  }
}

/** The weights, ready for scoring. */
export interface CueModel {
  readonly language: string;
  readonly bias: number;
  /** Log-odds at or above which a token is a cue. */
  readonly threshold: number;
  /** Per word template, the weight of each word (absent: 0). */
  readonly words: Readonly<Record<WordTemplate, ReadonlyMap<string, number>>>;
  /** The sum of each dense template's largest weight: a token whose word weights fall short of the threshold by more is no cue. */
  readonly maxDense: number;
  /** Per dense template, the weight of each code. */
  readonly dense: Readonly<Record<DenseTemplate, Float64Array>>;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function finite(x: unknown, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new CueModelError(`${what} must be a finite number, got ${JSON.stringify(x)}`);
  return x;
}

/**
 * Reads a weights file's parsed JSON into a {@link CueModel}. Throws {@link CueModelError}
 * naming the first field that is missing or of the wrong type (a truncated or hand-edited
 * file, a file of another format or version).
 */
export function parseCueModel(data: unknown): CueModel {
  if (!isRecord(data)) throw new CueModelError('the weights file is not a JSON object');
  if (data.format !== CUE_MODEL_FORMAT) throw new CueModelError(`format must be "${CUE_MODEL_FORMAT}", got ${JSON.stringify(data.format)}`);
  if (data.version !== CUE_MODEL_VERSION) throw new CueModelError(`version must be ${CUE_MODEL_VERSION}, got ${JSON.stringify(data.version)}`);
  if (typeof data.language !== 'string') throw new CueModelError('language must be a string');
  const scale = finite(data.scale, 'scale');
  const bias = finite(data.bias, 'bias');
  const threshold = finite(data.threshold, 'threshold');
  if (!isRecord(data.words)) throw new CueModelError('words must be an object of word templates');
  if (!isRecord(data.dense)) throw new CueModelError('dense must be an object of dense templates');
  const words = {} as Record<WordTemplate, Map<string, number>>;
  for (const t of WORD_TEMPLATES) {
    const table = data.words[t];
    if (!isRecord(table)) throw new CueModelError(`words.${t} must be an object`);
    const m = new Map<string, number>();
    for (const [w, q] of Object.entries(table)) {
      if (!Number.isInteger(q)) throw new CueModelError(`words.${t}[${JSON.stringify(w)}] must be an integer, got ${JSON.stringify(q)}`);
      m.set(w, (q as number) * scale);
    }
    words[t] = m;
  }
  const dense = {} as Record<DenseTemplate, Float64Array>;
  for (const t of DENSE_NAMES) {
    const arr = data.dense[t];
    const n = DENSE_TEMPLATES[t];
    if (!Array.isArray(arr) || arr.length !== n) throw new CueModelError(`dense.${t} must be an array of ${n} integers`);
    const f = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (!Number.isInteger(arr[i])) throw new CueModelError(`dense.${t}[${i}] must be an integer, got ${JSON.stringify(arr[i])}`);
      f[i] = (arr[i] as number) * scale;
    }
    dense[t] = f;
  }
  let maxDense = 0;
  for (const t of DENSE_NAMES) maxDense += Math.max(...dense[t]);
  return { language: data.language, bias, threshold, words, maxDense, dense };
}
