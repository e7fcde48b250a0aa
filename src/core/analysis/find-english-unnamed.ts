/**
 * English unnamed sources that hold a stance without a reporting cue: a clause that opens with
 * an insider or collective noun phrase and goes on with an auxiliary ("Republicans are slamming
 * the plan", "Clinton aides were coy about it", "Scholars have long debated ..."). Analysts mark
 * these mentions (GUIDELINES.md: holders of claims, beliefs, stances); the phrase is a source
 * with no quote of its own. A phrase followed by a cue is left to the cue's subject reading.
 */
import { categoryBit } from './compile-lexicon';
import { GAP_COLON, GAP_COMMA, GAP_DASH, GAP_PAREN, GAP_QUOTE, GAP_STOP, type Doc, type Sentence } from './doc';
import type { Attribution } from './find-cues';
import type { Mention } from './find-mentions';

const UNNAMED_BITS = categoryBit('anonymousSources') | categoryBit('vague');
const AUX_BITS = categoryBit('auxiliaries') | categoryBit('hedges');
const DETERMINER_BIT = categoryBit('determiners');
const STOP_BITS = categoryBit('npStops') | categoryBit('complementizers') | categoryBit('relativePronouns') | categoryBit('pronouns') | categoryBit('clauseBoundaries');
const CUE_BIT = categoryBit('cues');
const HARD = GAP_COMMA | GAP_COLON | GAP_STOP | GAP_DASH | GAP_PAREN | GAP_QUOTE;
const MAX_WORDS = 8; // tokens: the noun phrase, its modifiers included ("Democrats from industrial and coal states")
const POST_MAX = 4; // tokens after the head: "Democrats from industrial and coal states"
const HEAD_WITHIN = 5; // tokens: the insider or collective noun comes early in the phrase

/** Words that may open a clause before its subject. */
const OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'as', 'because', 'when', 'although', 'though', 'so', 'yet', 'since', 'if', 'that']);

/** Quantifiers and plain nouns that are no source mention on their own without a cue. */
const LONE: ReadonlySet<string> = new Set(['most', 'others', 'people', 'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'all', 'many', 'some', 'few']);

/** Interrogative and relative words: a phrase holding one is a clause, not a mention. */
const WH: ReadonlySet<string> = new Set(['whom', 'whose', 'what', 'how', 'who', 'which', 'why']);

/** Prepositions that may follow the head inside the phrase: "critics of the program", "Democrats in Ohio". */
const POST_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'from', 'on', 'for', 'with', 'across', 'around', 'inside', 'within']);

/** The unnamed-source mentions of the English sentences, outside quotes and attribution subjects. */
export function findEnglishUnnamed(doc: Doc, attributions: readonly Attribution[]): Mention[] {
  const out: Mention[] = [];
  const taken = new Uint8Array(doc.tokens.length);
  for (const a of attributions) for (const m of a.subjects) taken.fill(1, m.from, m.to);
  for (const s of doc.sentences) {
    if (s.language !== 'en' || s.dateline) continue;
    for (let k = s.from; k < s.to; k++) {
      const clauseStart = k === s.from || (doc.gaps[k]! & (GAP_COMMA | GAP_COLON | GAP_DASH)) !== 0 || (k > s.from && OPENERS.has(doc.tokens.w[k - 1]!) && !(doc.gaps[k]! & HARD));
      if (!clauseStart) continue;
      const m = phraseAt(doc, s, k, taken);
      if (m) {
        out.push(m);
        k = m.to - 1;
      }
    }
  }
  return out;
}

/** An unnamed-source phrase starting at token `b` and followed by an auxiliary, or null. */
function phraseAt(doc: Doc, s: Sentence, b: number, taken: Uint8Array): Mention | null {
  const toks = doc.tokens;
  const matcher = doc.matcher(s.language);
  let head = -1;
  let k = b;
  for (; k < s.to && k - b < MAX_WORDS; k++) {
    if (k > b && doc.gaps[k]! & HARD) return null;
    if (toks.q[k]! >= 0 || taken[k] === 1) return null;
    const bits = matcher.hasMaskAt(toks, k);
    if (k > b && head >= 0 && bits & AUX_BITS && !(bits & UNNAMED_BITS)) break; // the verb group starts
    if (bits & CUE_BIT) return null; // a cue: its subject reading takes the phrase
    if (bits & UNNAMED_BITS && !(bits & DETERMINER_BIT && k + 1 < s.to && matcher.hasMaskAt(toks, k + 1) & UNNAMED_BITS)) {
      if (head < 0 && k - b >= HEAD_WITHIN) return null;
      head = k;
      continue;
    }
    if (head >= 0) {
      // after the head only a short prepositional phrase: "critics of the program"
      if (k === head + 1 && !POST_PREPOSITIONS.has(toks.w[k]!) && toks.w[k] !== 'and') return null;
      if (k - head > POST_MAX) return null;
      continue;
    }
    if (bits & STOP_BITS && !(bits & DETERMINER_BIT)) return null;
  }
  if (head < 0 || k >= s.to || k === b || !(matcher.hasMaskAt(toks, k) & AUX_BITS)) return null;
  // a lone pronoun-like quantifier ("most", "others", "people") says too little without a cue
  if (k - b === 1 && LONE.has(toks.w[b]!)) return null;
  for (let i = b; i < k; i++) if (WH.has(toks.w[i]!)) return null; // "some of whom", "how many Americans"
  if (toks.w[b]!.endsWith('ing')) return null; // "leaving most of ...": a participle clause
  return { start: toks.s[b]!, end: toks.e[k - 1]!, from: b, to: k, language: s.language, anonymous: false, latent: false, next: k };
}
