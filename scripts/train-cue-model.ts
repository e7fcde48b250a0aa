// Trains the learned English cue classifier (src/core/analysis/cue-model/) on the PolNeAR
// train split and writes its weights to src/core/analysis/models/en-cues.json.
//
//   npm run train:cues                     # or: npx tsx scripts/train-cue-model.ts
//   npx tsx scripts/train-cue-model.ts --out FILE --files N --epochs N --seed N
//
// What it learns: for every English word the lexicon has no cue at (cueAt is null), outside
// direct quotes, whether it heads a gold PolNeAR cue (`cue_text`: its first word that is not
// an auxiliary or an adverb: "has long *argued*", "*touted*"). A logistic regression over the
// features of cue-model/features.ts, trained by AdaGrad in a seeded order (same corpus and
// seed: the same weights, byte for byte). One train article in ten (every tenth, sorted by
// name) is held out: the threshold is the one that gives the best quote F1 of the whole engine
// on those held-out articles (the engine's quotes against the gold quotes, matched as
// ../shared/eval/score.py does). The dev and test splits are never read.
//
// Reads ../shared/corpus (relative to the repository); skips cleanly, with a message, when it
// is absent.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, withDocument } from '../src/core/analysis/analyze';
import { cueAt } from '../src/core/analysis/cue-at';
import { isWord, type Doc } from '../src/core/analysis/doc';
import { CUE_MODEL_FORMAT, CUE_MODEL_VERSION, parseCueModel } from '../src/core/analysis/cue-model/cue-model';
import { DENSE_NAMES, DENSE_TEMPLATES, WORD_TEMPLATES, denseFeatures, wordFeatures } from '../src/core/analysis/cue-model/features';
import { useCueModel } from '../src/core/analysis/cue-model/learned-cue';

const repo = join(__dirname, '..');

/** Command-line options. */
export interface TrainOptions {
  readonly files?: number; // use only the first N train articles (tests, quick runs)
  readonly epochs: number;
  readonly seed: number;
  readonly minCount: number; // a feature seen fewer times is dropped
  readonly l1: number;
  readonly l2: number;
  readonly rate: number;
  /** Held-out threshold search (off: the threshold is the probability 0.5). */
  readonly searchThreshold: boolean;
  /** Print the loss of each epoch on stderr. */
  readonly verbose?: boolean;
}

export const DEFAULTS: TrainOptions = { verbose: true, epochs: 8, seed: 20151111, minCount: 20, l1: 8, l2: 1, rate: 0.1, searchThreshold: true };

// Words a cue phrase may open with that are not its head (as scripts/mine-train-cues.mjs).
const FTRL_BETA = 1; // FTRL's learning-rate offset, as in McMahan et al.

/** Held-out quote precision the threshold may cost against rules only (recall bought with noise is no gain). */
const MAX_PRECISION_LOSS = 0.025;

/** A word as the token itself is kept from this many occurrences (the long tail of cue verbs is rare words); context words from `minCount`. */
const SELF_MIN_COUNT = 3;

const SKIP = new Set('has have had is was were are be been being not did does do would will could can may might should must also to the a an in on of for about that it as then just even still'.split(' '));

interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly fragments: readonly (readonly [number, number])[];
  readonly cue: readonly [number, number] | null;
  /** The gold source's span and text; null when it has none or it is a pronoun (speaker accuracy skips those). */
  readonly source: { readonly start: number; readonly end: number; readonly text: string } | null;
}

// As ../shared/eval/score.py: pronoun sources are not judged; a speaker is right when one of
// its mentions covers half the gold source or shares a content word (3+ letters) with it.
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who', 'you', 'his', 'her', 'their']);
const STOP = new Set('the and for with from that this who his her their its was said told also mr mrs ms dr new former'.split(' '));
const contentWords = (t: string): Set<string> => new Set((t.toLowerCase().match(/\w+/g) ?? []).filter((w) => w.length >= 3 && !STOP.has(w)));

/** UTF-16 offset of each code-point offset of `text` (gold offsets are Python code points). */
function cpToUtf16(text: string): Int32Array {
  const t = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    t[cp++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  t[cp] = text.length;
  return t.subarray(0, cp + 1);
}

function readGold(corpus: string): Map<string, Record<string, unknown>[]> {
  const byFile = new Map<string, Record<string, unknown>[]>();
  for (const line of readFileSync(join(corpus, 'polnear-train.gold.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    if (r.kind !== 'quote') continue;
    const f = String(r.file);
    const list = byFile.get(f) ?? [];
    list.push(r);
    byFile.set(f, list);
  }
  return byFile;
}

function goldQuotes(text: string, records: readonly Record<string, unknown>[]): GoldQuote[] {
  const u = cpToUtf16(text);
  const at = (cp: unknown): number => u[Math.min(Number(cp), u.length - 1)]!;
  return records.map((r) => {
    const frags = (r.fragments as { start: number; end: number }[] | undefined) ?? [{ start: r.start as number, end: r.end as number }];
    return {
      start: at(r.start),
      end: at(r.end),
      fragments: frags.map((f) => [at(f.start), at(f.end)] as const),
      cue: typeof r.cue_start === 'number' && typeof r.cue_end === 'number' ? ([at(r.cue_start), at(r.cue_end)] as const) : null,
      source: typeof r.source_start === 'number' && !PRONOUNS.has(String(r.source_text).trim().toLowerCase()) ? { start: at(r.source_start), end: at(r.source_end), text: String(r.source_text) } : null,
    };
  });
}

/** The examples of one article: feature strings and labels of every token the hook would score. */
function examplesOf(text: string, gold: readonly GoldQuote[], push: (features: string[], positive: boolean) => void): void {
  withDocument(text, (doc: Doc, toRaw: Uint32Array) => {
    const toks = doc.tokens;
    const label = new Int8Array(toks.length); // 1 head of a gold cue, -1 other word of a gold cue
    const cues = gold.flatMap((g) => (g.cue ? [g.cue] : [])).sort((a, b) => a[0] - b[0]);
    let k = 0;
    for (const [cs, ce] of cues) {
      while (k > 0 && toRaw[toks.s[k]!]! >= cs) k--;
      while (k < toks.length && toRaw[toks.s[k]!]! < cs) k++;
      let head = false;
      for (let i = k; i < toks.length && toRaw[toks.s[i]!]! < ce; i++) {
        const w = toks.w[i]!;
        if (!head && !SKIP.has(w) && !w.endsWith('ly') && !isWord(doc, 'en', i, 'auxiliaries')) {
          label[i] = 1;
          head = true;
        } else if (label[i] === 0) label[i] = -1;
      }
    }
    const dense = new Int32Array(DENSE_NAMES.length);
    for (const s of doc.sentences) {
      if (s.language !== 'en' || s.dateline) continue;
      for (let i = s.from; i < s.to; i++) {
        if (toks.q[i]! >= 0 || label[i] === -1 || cueAt(doc, s, i)) continue;
        const f: string[] = [];
        const wf = wordFeatures(doc, s, i);
        for (let t = 0; t < WORD_TEMPLATES.length; t++) if (wf[t]) f.push(`${WORD_TEMPLATES[t]}=${wf[t]}`);
        denseFeatures(doc, s, i, dense);
        for (let d = 0; d < DENSE_NAMES.length; d++) f.push(`${DENSE_NAMES[d]}#${dense[d]}`);
        push(f, label[i] === 1);
      }
    }
  });
}

/** mulberry32: a small seeded generator, for a reproducible example order. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The weights file's JSON for examples `texts` (article text + gold quotes). */
export function trainWeights(articles: readonly { text: string; gold: readonly GoldQuote[] }[], opts: TrainOptions): Record<string, unknown> {
  // Pass 1: count features; pass 2: index the frequent ones.
  const counts = new Map<string, number>();
  const raw: { f: string[]; y: boolean }[] = [];
  for (const a of articles) examplesOf(a.text, a.gold, (f, y) => {
    raw.push({ f, y });
    for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
  });
  const index = new Map<string, number>();
  for (const [f, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) if (n >= (f.startsWith('self=') ? SELF_MIN_COUNT : opts.minCount) || f.includes('#')) index.set(f, index.size);
  const offsets = new Int32Array(raw.length + 1);
  const feats: number[] = [];
  const ys = new Uint8Array(raw.length);
  raw.forEach((e, i) => {
    for (const x of e.f) {
      const j = index.get(x);
      if (j !== undefined) feats.push(j);
    }
    offsets[i + 1] = feats.length;
    ys[i] = e.y ? 1 : 0;
  });
  const F = Int32Array.from(feats);
  // FTRL-proximal (McMahan et al. 2013, "Ad click prediction: a view from the trenches"):
  // per-coordinate AdaGrad rates, and an L1 term that keeps a feature at exactly 0 until its
  // gradients add up to more than l1, so the weights file holds only the features that earn
  // their place. The bias is not penalised.
  const n = index.size + 1; // coordinate n - 1 is the bias
  const zs = new Float64Array(n);
  const ns = new Float64Array(n);
  const w = new Float64Array(n);
  const weight = (f: number): number => {
    const z = zs[f]!;
    const l1 = f === n - 1 ? 0 : opts.l1;
    if (Math.abs(z) <= l1) return 0;
    return -(z - Math.sign(z) * l1) / ((FTRL_BETA + Math.sqrt(ns[f]!)) / opts.rate + opts.l2);
  };
  const order = Int32Array.from({ length: raw.length }, (_, i) => i);
  const random = rng(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let loss = 0;
    for (const e of order) {
      const from = offsets[e]!;
      const to = offsets[e + 1]!;
      w[n - 1] = weight(n - 1);
      let z = w[n - 1]!;
      for (let p = from; p < to; p++) {
        const f = F[p]!;
        w[f] = weight(f);
        z += w[f]!;
      }
      const pr = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, z))));
      const y = ys[e]!;
      loss -= y ? Math.log(pr + 1e-12) : Math.log(1 - pr + 1e-12);
      const g = pr - y;
      const step = (f: number): void => {
        const sigma = (Math.sqrt(ns[f]! + g * g) - Math.sqrt(ns[f]!)) / opts.rate;
        zs[f] = zs[f]! + g - sigma * w[f]!;
        ns[f] = ns[f]! + g * g;
      };
      step(n - 1);
      for (let p = from; p < to; p++) step(F[p]!);
    }
    if (opts.verbose) process.stderr.write(`epoch ${epoch + 1}: mean log loss ${(loss / order.length).toFixed(4)}\n`);
  }
  for (let f = 0; f < n; f++) w[f] = weight(f);
  const bias = w[n - 1]!;
  // Quantise: weights as integers of `scale` (a thousandth of the largest weight); words
  // whose weight rounds to 0 are left out of the file.
  let max = Math.abs(bias);
  for (let f = 0; f < n - 1; f++) max = Math.max(max, Math.abs(w[f]!));
  const scale = max / 1000;
  const q = (x: number): number => Math.round(x / scale);
  const words: Record<string, Record<string, number>> = Object.fromEntries(WORD_TEMPLATES.map((t) => [t, {}]));
  const dense: Record<string, number[]> = Object.fromEntries(DENSE_NAMES.map((d) => [d, new Array<number>(DENSE_TEMPLATES[d]).fill(0)]));
  for (const [f, j] of index) {
    const v = q(w[j]!);
    const hash = f.indexOf('#');
    if (hash >= 0) dense[f.slice(0, hash)]![Number(f.slice(hash + 1))] = v;
    else if (v !== 0) {
      const eq = f.indexOf('=');
      words[f.slice(0, eq)]![f.slice(eq + 1)] = v;
    }
  }
  const positives = ys.reduce((n, y) => n + y, 0);
  return {
    format: CUE_MODEL_FORMAT,
    version: CUE_MODEL_VERSION,
    language: 'en',
    scale: Number(scale.toPrecision(6)),
    bias: Number(bias.toFixed(4)),
    threshold: 0,
    training: { corpus: 'PolNeAR v1.0.0 train split', articles: articles.length, examples: raw.length, positives, epochs: opts.epochs, seed: opts.seed, minCount: opts.minCount, l1: opts.l1, l2: opts.l2, rate: opts.rate },
    words,
    dense,
  };
}

/** Quote P/R/F1 of the engine on `articles`, spans matched as score.py does (half of one span shared, one to one, largest overlap first). */
/** The engine's figures on held-out articles. */
export interface HeldOutScore {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly pred: number;
  /** Speaker accuracy on matched quotes whose gold source is known and not a pronoun. */
  readonly speaker: number;
}

export function quoteScore(articles: readonly { text: string; gold: readonly GoldQuote[] }[]): HeldOutScore {
  let spkOk = 0;
  let spkN = 0;
  let tp = 0;
  let found = 0;
  let gold = 0;
  let pred = 0;
  for (const a of articles) {
    const analysis = analyze(a.text);
    const quotes = analysis.quotes;
    pred += quotes.length;
    gold += a.gold.length;
    const pairs: [number, number, number, number][] = [];
    a.gold.forEach((g, gi) => {
      g.fragments.forEach(([fs, fe], fi) => {
        quotes.forEach((q, pi) => {
          const o = Math.min(fe, q.end) - Math.max(fs, q.start);
          if (o > 0 && (2 * o >= fe - fs || 2 * o >= q.end - q.start)) pairs.push([o, gi, fi, pi]);
        });
      });
    });
    pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3]);
    const usedP = new Set<number>();
    const usedFrag = new Set<string>();
    const foundG = new Set<number>();
    for (const [, gi, fi, pi] of pairs) {
      const key = `${gi}:${fi}`;
      if (usedP.has(pi) || usedFrag.has(key)) continue;
      usedP.add(pi);
      usedFrag.add(key);
      if (!foundG.has(gi)) {
        const src = a.gold[gi]!.source;
        if (src) {
          spkN++;
          const ms = analysis.sources.find((x) => x.id === quotes[pi]!.speaker)?.mentions ?? [];
          let ok = ms.some((m) => {
            const o = Math.min(src.end, m.end) - Math.max(src.start, m.start);
            return o > 0 && (2 * o >= src.end - src.start || (m.end - m.start >= 4 && 2 * o >= m.end - m.start));
          });
          if (!ok && ms.length > 0) {
            const pw = new Set(ms.flatMap((m) => [...contentWords(m.text)]));
            ok = [...contentWords(src.text)].some((w) => pw.has(w));
          }
          if (ok) spkOk++;
        }
      }
      foundG.add(gi);
    }
    tp += usedP.size;
    found += foundG.size;
  }
  const p = pred ? tp / pred : 0;
  const r = gold ? found / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, pred, speaker: spkN ? spkOk / spkN : 0 };
}

/** The train articles (sorted by name) with their gold quotes; null when the corpus is absent. */
export function readTrainSplit(limit?: number): { name: string; text: string; gold: GoldQuote[] }[] | null {
  const corpus = join(repo, '..', 'shared', 'corpus', 'en');
  const dir = join(corpus, 'polnear-train');
  if (!existsSync(dir) || !existsSync(join(corpus, 'polnear-train.gold.jsonl'))) return null;
  const byFile = readGold(corpus);
  let names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (limit !== undefined) names = names.slice(0, limit);
  return names.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    return { name, text, gold: goldQuotes(text, byFile.get(`en/polnear-train/${name}`) ?? []) };
  });
}

function main(): void {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg('--out') ?? join(repo, 'src/core/analysis/models/en-cues.json');
  const opts: TrainOptions = {
    ...DEFAULTS,
    ...(arg('--files') ? { files: Number(arg('--files')) } : {}),
    ...(arg('--epochs') ? { epochs: Number(arg('--epochs')) } : {}),
    ...(arg('--seed') ? { seed: Number(arg('--seed')) } : {}),
    ...(arg('--min-count') ? { minCount: Number(arg('--min-count')) } : {}),
    ...(arg('--l1') ? { l1: Number(arg('--l1')) } : {}),
    ...(arg('--rate') ? { rate: Number(arg('--rate')) } : {}),
  };
  const all = readTrainSplit(opts.files);
  if (!all) {
    console.log('train-cue-model: skipped, no corpus at ../shared/corpus/en/polnear-train');
    return;
  }
  const heldOut = all.filter((_, i) => i % 10 === 9);
  const train = all.filter((_, i) => i % 10 !== 9);
  const t0 = Date.now();
  const model = trainWeights(train, opts);
  process.stderr.write(`trained on ${train.length} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const search: Record<string, HeldOutScore> = {};
  if (opts.searchThreshold && heldOut.length > 0) {
    useCueModel(null);
    search.rules = quoteScore(heldOut);
    let best = { t: Infinity, f1: -1 };
    for (const prob of [0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9]) {
      const t = Math.log(prob / (1 - prob));
      useCueModel(parseCueModel({ ...model, threshold: t }));
      const sc = quoteScore(heldOut);
      search[String(prob)] = sc;
      process.stderr.write(`threshold p>=${prob}: held-out quote P ${sc.p.toFixed(3)} R ${sc.r.toFixed(3)} F1 ${sc.f1.toFixed(3)} (${sc.pred} quotes), speaker ${sc.speaker.toFixed(3)}\n`);
      // the best F1 that costs the rules' precision at most MAX_PRECISION_LOSS
      if (sc.f1 > best.f1 && sc.p >= search.rules.p - MAX_PRECISION_LOSS) best = { t, f1: sc.f1 };
    }
    useCueModel(undefined);
    model.threshold = Number.isFinite(best.t) ? Number(best.t.toFixed(4)) : 99; // 99: no threshold paid its way, the model never fires
    process.stderr.write(`rules only: held-out quote P ${search.rules.p.toFixed(3)} R ${search.rules.r.toFixed(3)} F1 ${search.rules.f1.toFixed(3)} speaker ${search.rules.speaker.toFixed(3)}; chosen threshold ${model.threshold}\n`);
  }
  const round = (x: HeldOutScore): Record<string, number> => ({ p: +x.p.toFixed(3), r: +x.r.toFixed(3), f1: +x.f1.toFixed(3), pred: x.pred, speaker: +x.speaker.toFixed(3) });
  (model.training as Record<string, unknown>).heldOut = { articles: heldOut.length, quoteScores: Object.fromEntries(Object.entries(search).map(([k, v]) => [k, round(v)])) };
  const json = `${JSON.stringify(model)}\n`;
  writeFileSync(out, json);
  console.log(`train-cue-model: wrote ${out} (${json.length} bytes)`);
}

if (process.argv[1] && /train-cue-model\.ts$/.test(process.argv[1])) main();
