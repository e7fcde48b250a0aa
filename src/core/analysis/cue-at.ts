/**
 * The reporting cue at a token: the longest cue or "according to" phrase of the lexicon that
 * starts at token `k` and ends within its sentence. Shared by the English and Arabic cue passes.
 */
import { categoryBit, type Candidate, type PhraseMatch } from './compile-lexicon';
import { fitsAt, type Doc, type Sentence } from './doc';

/** Lexicon categories a cue phrase belongs to. */
export const CUE_BITS = categoryBit('cues') | categoryBit('accordingTo');

/**
 * The longest cue or "according to" phrase at token `k` within sentence `s` (an "according to"
 * phrase wins a tie), or null. Reads the candidate phrases and builds only the match it returns
 * (it runs on every word).
 */
export function cueAt(doc: Doc, s: Sentence, k: number): PhraseMatch | null {
  const matcher = doc.matcher(s.language);
  if ((matcher.maskAt(doc.tokens, k) & CUE_BITS) === 0) return null;
  const cands = matcher.candidatesAt(doc.tokens, k);
  let best: Candidate | null = null;
  let bestTo = 0;
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c]!;
    const p = cand.phrase;
    if (p.category !== 'cues' && p.category !== 'accordingTo') continue;
    const to = k + p.words.length;
    if (to > s.to || !fitsAt(doc, p, k)) continue;
    if (!best || to > bestTo || (to === bestTo && p.category === 'accordingTo')) {
      best = cand;
      bestTo = to;
    }
  }
  return best ? { phrase: best.phrase, from: k, to: bestTo, prefix: best.prefix } : null;
}
