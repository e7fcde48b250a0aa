/**
 * The learned cue hook of the English cue pass: a word no lexicon lists ("touted", "mocked",
 * "lamented") that the cue classifier scores as a reporting cue is read as a one-word cue of
 * the lexicon, so the same frames (subject before, content after, "that"-clauses, content
 * before "..., X conceded.") give its quote and source: one output contract for rules and model.
 *
 * The weights (models/en-cues.json, from scripts/train-cue-model.ts) are parsed on the first
 * English sentence that asks, not when the engine loads.
 */
import type { PhraseMatch } from '../compile-lexicon';
import { GAP_COMMA, GAP_STOP, isWord, type Doc, type Sentence } from '../doc';
import weights from '../models/en-cues.json';
import { parseCueModel, type CueModel } from './cue-model';
import { isCue } from './score-cue';

let loaded: CueModel | null | undefined;

/** The built-in English cue model, parsed on first use; throws CueModelError when its file is broken. */
export function englishCueModel(): CueModel | null {
  if (loaded === undefined) loaded = parseCueModel(weights);
  return loaded;
}

/**
 * Replaces the model the hook uses (null: none, rules only; undefined: the built-in one again).
 * For the training script's threshold search and for tests.
 */
export function useCueModel(model: CueModel | null | undefined): void {
  loaded = model;
}

/**
 * The lexicon cue kind (lexicons/README.md, "English cue classes") a learned cue takes, from
 * its frame: before "that", a `verb` (content after the complementiser only); at a clause's
 * end ("..., he conceded."), `say` (content before); an -ing form, `acting` (a participle
 * phrase with an object); else `act` (an object or a "to" complement, with a subject).
 */
export function learnedKind(doc: Doc, s: Sentence, k: number): string {
  const w = doc.tokens.w;
  const n = k + 1;
  if (n >= s.to || doc.gaps[n]! & (GAP_STOP | GAP_COMMA)) return 'say';
  if (w[n] === 'that') return 'verb';
  if (w[k]!.endsWith('ing')) return 'acting';
  return 'act';
}

/**
 * A learned cue at token `k` of English sentence `s`, as a one-word lexicon cue match, or
 * null when the model scores it below its threshold (or there is no model). Called only where
 * the lexicon has no cue.
 */
export function learnedCueAt(doc: Doc, s: Sentence, k: number): PhraseMatch | null {
  const model = englishCueModel();
  if (!model || s.language !== model.language) return null;
  if (!isCue(model, doc, s, k)) return null;
  const kind = learnedKind(doc, s, k);
  if ((kind === 'act' || kind === 'acting') && isAmount(doc, s, k + 1)) return null;
  return { phrase: { category: 'cues', words: [doc.tokens.w[k]!], kind }, from: k, to: k + 1, prefix: '' };
}

/**
 * Whether token `k` opens an amount ("offered billions of dollars", "raised $5 million",
 * "won 52 percent"): a number, or a quantity word of the lexicon's claim cues that is not a
 * determiner ("offered several ideas" may still be a report). A verb with an amount for its
 * object is an act, not a report.
 */
function isAmount(doc: Doc, s: Sentence, k: number): boolean {
  if (k >= s.to) return false;
  const c = doc.tokens.w[k]!.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return true;
  return isWord(doc, s.language, k, 'claim:quantity') && !isWord(doc, s.language, k, 'determiners');
}
