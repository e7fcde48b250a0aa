#!/usr/bin/env node
// Mines the PolNeAR train split for English reporting cues the lexicon does not list yet: for
// each head word of a gold cue (the first word of `cue_text` that is not an auxiliary,
// adverb or preposition), how often it heads a cue, in how many articles, and what share of
// its occurrences in the train texts that is. Words that head cues often, in several
// articles, and rarely do anything else are candidates for a lemma class in
// `src/core/analysis/lexicons/en.json` (with all their inflections: README.md there).
//
//   node scripts/mine-train-cues.mjs [--min 5] [--share 0.3] [--articles 3]
//
// Reads ../shared/corpus (relative to the repository) and never writes anything; prints a
// table of candidates. Skips cleanly, with a message, when the corpus is absent. Only the
// train split is read: the dev split is for measuring, the test split is never opened.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(repo, '..', 'shared', 'corpus', 'en');
const goldFile = join(corpus, 'polnear-train.gold.jsonl');
const textDir = join(corpus, 'polnear-train');
if (!existsSync(goldFile) || !existsSync(textDir)) {
  console.log(`mine-train-cues: skipped, no corpus at ${corpus}`);
  process.exit(0);
}

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const MIN = arg('--min', 5);
const SHARE = arg('--share', 0.3);
const ARTICLES = arg('--articles', 3);

// Words a cue phrase may open with that are not its head.
const SKIP = new Set(
  'has have had is was were are be been not did does do would will could also to the a an in on of for about that it as reportedly publicly repeatedly previously later then'.split(' '),
);
const words = (s) => s.toLowerCase().match(/[a-z\u2019']+/g) ?? [];

const lexicon = JSON.parse(readFileSync(join(repo, 'src/core/analysis/lexicons/en.json'), 'utf8'));
const listed = new Set();
for (const c of [...lexicon.cues, ...lexicon.accordingTo]) {
  const text = (typeof c === 'string' ? c : c.text).toLowerCase();
  listed.add(text);
  listed.add(text.split(' ')[0]);
}

const heads = new Map(); // word -> { cues, articles: Set }
for (const line of readFileSync(goldFile, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  if (r.kind !== 'quote' || !r.cue_text) continue;
  const head = words(r.cue_text).find((w) => !SKIP.has(w));
  if (!head) continue;
  const h = heads.get(head) ?? { cues: 0, articles: new Set() };
  h.cues++;
  h.articles.add(r.file);
  heads.set(head, h);
}

const occurrences = new Map();
for (const f of readdirSync(textDir)) {
  if (!f.endsWith('.txt')) continue;
  for (const w of words(readFileSync(join(textDir, f), 'utf8'))) occurrences.set(w, (occurrences.get(w) ?? 0) + 1);
}

const rows = [];
for (const [w, h] of heads) {
  if (listed.has(w) || h.cues < MIN || h.articles.size < ARTICLES) continue;
  const share = h.cues / Math.max(1, occurrences.get(w) ?? 0);
  if (share >= SHARE) rows.push({ word: w, cues: h.cues, articles: h.articles.size, share: Math.round(share * 100) / 100 });
}
rows.sort((a, b) => b.cues - a.cues);
console.log(`head word\tcues\tarticles\tshare of occurrences (min ${MIN} cues, ${ARTICLES} articles, share ${SHARE})`);
for (const r of rows) console.log(`${r.word}\t${r.cues}\t${r.articles}\t${r.share}`);
console.log(`${rows.length} candidates, ${rows.reduce((n, r) => n + r.cues, 0)} gold cues between them`);
