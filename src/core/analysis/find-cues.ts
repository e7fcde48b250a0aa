/**
 * Reporting cues and what hangs on them: the cue ("قالت", "said", "according to"), its subject
 * (a mention, a pronoun, or nothing: "وقالت", "she added"), the addressee who only heard it
 * ("لفرانس24", "told Reuters"), and the reported content of an indirect quote ("said that
 * ...", "... , the civil defence said"). One pass over each sentence's tokens.
 */
import { GAP_COLON, GAP_COMMA, GAP_DASH, GAP_NEWLINE, GAP_QUOTE, GAP_STOP, inRealQuote, isWord, matchOf, tokenEnd, type Doc, type Sentence } from './doc';
import type { QuoteType } from './types';
import { raisingBefore } from './raising';
import type { Gender } from './lexicon';
import { arabicAttributions } from './find-cues-ar';
import { cueAt } from './cue-at';
import { learnedCueAt } from './cue-model/learned-cue';
import {
  genderOfMention,
  readEnglishPhraseForward,
  readEnglishSubjectBefore,
  type Mention,
} from './find-mentions';

/** How a cue's speaker is to be found. */
export type SpeakerRef = 'subject' | 'pronoun' | 'relative' | 'participle' | 'zero' | 'none';

/** A reporting cue and its parts. Offsets into the normalised text. */
export interface Attribution {
  readonly sentence: number;
  /** Cue tokens `[cueFrom, cueTo)`. */
  readonly cueFrom: number;
  readonly cueTo: number;
  /** `verb`, `say`, `told`, `participle`, `according`, `finding`. */
  readonly kind: string;
  readonly gender?: Gender;
  readonly subjects: Mention[];
  readonly ref: SpeakerRef;
  readonly addressee: Mention | null;
  /** The reported content (an indirect quote), or null. */
  readonly content: { start: number; end: number } | null;
  /** Resolved by link-speakers: the speaking source's index, or -1. */
  speaker: number;
  /** A signature after a direct quote (“…” ― Name): the quote just before it is this subject's. */
  readonly signature?: boolean;
}


/**
 * What a cue kind takes as its reported content: `that` only after a complementiser ("denied
 * that ..."), `clause` also a bare clause ("said the talks failed", "think it will pass"),
 * `rest` the rest of its clause, an object or a "to" complement ("endorsed Trump", "urged
 * voters to stay home", "wants to run"), `none` nothing (a finding's clause stays a claim).
 */
export type ContentMode = 'that' | 'clause' | 'rest' | 'none';

/** The content mode of a cue kind (lexicons/README.md lists the kinds). */
export function contentModeOf(kind: string): ContentMode {
  switch (kind) {
    case 'say':
    case 'add':
    case 'think':
    case 'evidence':
    case 'participle':
    case 'told':
    case 'telling':
      return 'clause';
    case 'act':
    case 'stance':
    case 'acting':
      return 'rest';
    case 'finding':
      return 'none';
    default:
      return 'that';
  }
}

/** The {@link QuoteType} of an indirect quote whose cue has kind `kind`. */
export function quoteTypeOf(kind: string): QuoteType {
  if (kind === 'think' || kind === 'stance' || kind === 'seem') return 'thought';
  if (kind === 'evidence' || kind === 'finding') return 'evidence';
  return 'speech';
}

/** Words before a cue that make it a noun ("his claims", "the call", "a plan"). */
const NOUN_MARKERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'that']);

/** Words after a cue that start a time adverbial, not an object: "said this week". */
const TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter', 'time', 'past']);

/** Reporting nouns that are also verbs of belief or feeling ("Democrats fear that"): used as verbs, thoughts. */
const THOUGHT_NOUNS: ReadonlySet<string> = new Set(['fear', 'fears', 'hope', 'view', 'concern', 'concerns', 'belief', 'suspicion']);

/** "Ginsburg's", "Rubio’s": a possessive makes the next word a noun. */
function isPossessive(w: string): boolean {
  return w.length > 2 && (w.endsWith("'s") || w.endsWith('\u2019s'));
}

/** Words a reported clause never opens with: particles ("showed up", "added up") and reflexive objects ("found itself"). */
const NOT_A_CLAUSE: ReadonlySet<string> = new Set(['up', 'off', 'itself', 'himself', 'herself', 'themselves', 'myself', 'ourselves']);

/** Whether "to" before token `k` marks an infinitive ("promised to publish"), not a preposition ("added to her lead"). */
function isInfinitive(doc: Doc, s: Sentence, k: number): boolean {
  if (k >= s.to || doc.gaps[k]! & HARD_GAPS) return false;
  const w = doc.tokens.w[k]!;
  return doc.tokens.cap[k] !== 1 && !/^\d/.test(w) && !isWord(doc, s.language, k, 'determiners') && !isWord(doc, s.language, k, 'pronouns') && !/^(?:him|them|me|us|it)$/.test(w);
}

/** Subordinators that may open a reported clause after a cue: "said if he were president, ...". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'because', 'whether']);

/** Words after which an English clause is cut short: "after, according to him, ...". */
const SUBORDINATORS_EN: ReadonlySet<string> = new Set(['after', 'before', 'because', 'since', 'as', 'when', 'while', 'although', 'though', 'if', 'and', 'but']);

/** Forms of "be" that make a past participle passive. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** Object pronouns and audience nouns a "told" cue's addressee may be. */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'journalists', 'supporters', 'voters', 'lawmakers', 'senators', 'members', 'investigators', 'officials', 'attendees', 'listeners', 'viewers', 'readers', 'audiences', 'students', 'congress', 'employees', 'staff']);

function hasRealQuote(doc: Doc, start: number, end: number): boolean {
  const qs = doc.quotes;
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (qs[mid]!.close <= start) lo = mid + 1;
    else hi = mid;
  }
  // quotes do not overlap, so their ends are sorted too
  for (let i = lo; i < qs.length && qs[i]!.open < end; i++) if (!qs[i]!.isName) return true;
  return false;
}

const RECENT = 8; // attributions: how far back in its sentence a content-before cue looks
const FRONTED_MIN = 4; // tokens: shorter content before an English cue is an adverbial ("But,", "More recently,")
const FRONTED_PHRASE_MAX = 10; // tokens: a prepositional opening this short is an adverbial ("On the subject of Israel,")
const MAX_CLAUSE = 150; // tokens: a reported clause longer than this is not one clause

/** The end of a reported clause that starts at token `from`; -1 when a direct quote interrupts it. */
function clauseEnd(doc: Doc, s: Sentence, from: number): number {
  const lang = s.language;
  let k = from;
  const limit = Math.min(s.to, from + MAX_CLAUSE);
  for (; k < limit; k++) {
    if (k > from) {
      const g = doc.gaps[k]!;
      if (inRealQuote(doc, k)) return -1;
      const boundary = matchOf(doc, lang, k, 'clauseBoundaries');
      if (boundary && (lang === 'ar' || g & GAP_COMMA)) break;
      if (g & GAP_COMMA) {
        if (matchOf(doc, lang, k, 'accordingTo')) break;
        const c = matchOf(doc, lang, k, 'cues');
        if (c && (c.phrase.kind === 'participle' || c.phrase.kind === 'acting' || c.phrase.kind === 'telling' || lang === 'ar')) break;
      }
      if (g & GAP_COLON) break;
      if (lang !== 'ar' && g & GAP_NEWLINE) break; // a headline line ends its clause
      // "said the budget was balanced and promised to ...", "..., and she railed against ...": a
      // coordinated cue, or a coordinated clause with its own subject and cue, starts its own attribution
      if (lang !== 'ar' && k + 1 < limit && (doc.tokens.w[k] === 'and' || doc.tokens.w[k] === 'but') && !(doc.gaps[k + 1]! & GAP_COMMA)) {
        const c = matchOf(doc, lang, k + 1, 'cues');
        if (c && c.phrase.kind !== 'participle' && c.phrase.kind !== 'acting') break;
        if (g & GAP_COMMA) {
          let cue = false;
          for (let t = k + 2; t < Math.min(limit, k + 4) && !cue && !(doc.gaps[t]! & HARD_GAPS); t++) {
            const c2 = matchOf(doc, lang, t, 'cues');
            cue = c2 !== null && c2.phrase.kind !== 'participle' && c2.phrase.kind !== 'acting';
          }
          if (cue) break;
        }
      }
    }
  }
  return tokenEnd(doc, k - 1);
}

function contentFrom(doc: Doc, s: Sentence, from: number): { start: number; end: number } | null {
  if (from >= s.to || inRealQuote(doc, from)) return null;
  const end = clauseEnd(doc, s, from);
  const start = doc.tokens.s[from]!;
  if (end < 0 || end <= start || hasRealQuote(doc, start, end)) return null;
  return { start, end };
}

/** Reported content before the cue's clause: "Rescue teams were searching ..., Haddad told reporters". */
function contentBefore(doc: Doc, s: Sentence, subjectFrom: number, read?: Attribution[], first = 0): { start: number; end: number } | null {
  if (subjectFrom <= s.from || !(doc.gaps[subjectFrom]! & GAP_COMMA) || subjectFrom - s.from > MAX_CLAUSE) return null;
  const start = doc.tokens.s[s.from]!;
  const end = tokenEnd(doc, subjectFrom - 1);
  if (hasRealQuote(doc, start, end)) return null;
  if (read) {
    // a fronted adverbial is no content: "More recently, X said", "In a 1963 speech, X declared"
    if (isFronted(doc, s, subjectFrom)) return null;
    // English: only an attribution with content already read in the sentence ("X said Y, Z added") blocks it
    // the last few attributions of the sentence only: a sentence with thousands of cues stays linear
    const from = Math.max(first, read.length - RECENT);
    for (let i = from; i < read.length; i++) {
      const a = read[i]!;
      if (!a.content) continue;
      // "He had just welcomed a baby girl, his brother added": the sentence-final cue wins over an object-taking one
      if (contentModeOf(a.kind) !== 'rest') return null;
    }
    for (let i = from; i < read.length; i++) {
      const a = read[i]!;
      if (a.content && doc.tokens.s[a.cueFrom]! < end) read[i] = { ...a, content: null };
    }
  } else for (let k = s.from; k < subjectFrom; k++) if (cueAt(doc, s, k)) return null;
  return { start, end };
}

/**
 * Whether the words before token `subjectFrom` are a fronted adverbial, not reported content:
 * fewer than 4 words ("But,", "More recently,"), a prepositional opening of fewer than 10 ("In a
 * written statement,", "In the long run,"), a participle clause ("Asked what he would do,",
 * "Speaking to supporters,").
 */
function isFronted(doc: Doc, s: Sentence, subjectFrom: number): boolean {
  const n = subjectFrom - s.from;
  if (n < FRONTED_MIN || (n < FRONTED_PHRASE_MAX && isWord(doc, s.language, s.from, 'npStops'))) return true;
  const w0 = doc.tokens.w[s.from]!;
  return w0.endsWith('ing') || w0 === 'asked' || w0 === 'pressed';
}

function isComplementizer(doc: Doc, s: Sentence, k: number): boolean {
  return k < s.to && (matchOf(doc, s.language, k, 'complementizers') !== null || isElidedQue(doc, s, k));
}

/** French "qu'il", "qu’elle": the complementiser is glued to the next word. */
function isElidedQue(doc: Doc, s: Sentence, k: number): boolean {
  const w = doc.tokens.w[k] ?? '';
  return s.language === 'fr' && w.length > 3 && w.startsWith('qu') && (w[2] === "'" || w[2] === '\u2019');
}

function skipAdverbials(doc: Doc, s: Sentence, j: number): number {
  for (let guard = 0; guard < 4 && j < s.to; guard++) {
    if (doc.gaps[j]! & (GAP_STOP | GAP_COLON)) return j;
    const a = matchOf(doc, s.language, j, 'cueAdverbials');
    if (!a) return j;
    j = a.to;
  }
  return j;
}

function contentEndToken(doc: Doc, s: Sentence, end: number, from: number): number {
  let k = from;
  while (k < s.to && doc.tokens.e[k]! <= end) k++;
  return k;
}

function englishAttributions(doc: Doc, si: number, s: Sentence, out: Attribution[]): void {
  const lang = s.language;
  const toks = doc.tokens;
  const first = out.length; // this sentence's attributions start here
  const turnEnd = Math.max(speakerTurn(doc, si, s, out), evidenceOpening(doc, si, s, out));
  for (let k = turnEnd; k < s.to; k++) {
    if (toks.q[k]! >= 0) continue;
    if (k > s.from && toks.q[k - 1]! >= 0 && doc.gaps[k]! & GAP_QUOTE && SIGNATURE_DASH.test(doc.text.slice(toks.e[k - 1]!, toks.s[k]!))) {
      const sig = signatureAt(doc, si, s, k);
      if (sig) {
        out.push(sig);
        k = sig.cueTo - 1;
        continue;
      }
    }
    // a word no lexicon lists may still be a cue: the learned classifier's (cue-model/)
    const m = cueAt(doc, s, k) ?? learnedCueAt(doc, s, k);
    if (!m) continue;
    if (m.phrase.category === 'accordingTo') {
      const np = readEnglishPhraseForward(doc, s, m.to, false, true);
      if (!np) continue;
      let content: { start: number; end: number } | null = null;
      const after = np.to < s.to && (doc.gaps[np.to]! & GAP_COMMA) !== 0;
      // "after, according to him, Televisa censured ...": the clause before is cut short; the content follows
      const cutShort = k > s.from && (SUBORDINATORS_EN.has(toks.w[k - 1]!) || isComplementizer(doc, s, k - 1));
      if (k > s.from && doc.gaps[k]! & GAP_COMMA && !(cutShort && after)) content = contentBefore(doc, s, k, out, first);
      else if (after) content = contentFrom(doc, s, np.to);
      else if (k > s.from + FRONTED_MIN && !(doc.gaps[k]! & HARD_GAPS) && (np.to >= s.to || doc.gaps[np.to]! & GAP_STOP)) {
        // "Clinton leads by 271 delegates according to a count by the AP.": no comma before it
        const start = toks.s[s.from]!;
        const end = tokenEnd(doc, k - 1);
        if (!hasRealQuote(doc, start, end) && !isWord(doc, lang, s.from, 'npStops')) content = { start, end };
      } else if (k === s.from || doc.gaps[k]! & (GAP_COMMA | GAP_COLON)) {
        // "According to the report the talks failed": no comma after the source
        const after = np.next;
        if (after < s.to && !(doc.gaps[after]! & (GAP_STOP | GAP_COLON))) content = contentFrom(doc, s, after);
      }
      out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind: 'according', subjects: [np], ref: 'subject', addressee: null, content, speaker: -1 });
      k = Math.max(k, (content && content.start > toks.s[k]! ? contentEndToken(doc, s, content.end, k) : np.to) - 1);
      continue;
    }
    const kind = m.phrase.kind ?? 'verb';
    const mode = contentModeOf(kind);
    if (kind === 'seem') {
      // "Trump seemed to overstay his welcome": an impression the writer reports, with no source;
      // "appeared to imply that ..." is the infinitive's own attribution
      if (toks.w[m.to] === 'to' && matchOf(doc, lang, m.to + 1, 'cues')) continue;
      const c = seemContent(doc, s, k, m.to);
      if (c) out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind, subjects: [], ref: 'none', addressee: null, content: c, speaker: -1 });
      continue;
    }
    if (kind === 'noun') {
      // "the claim that ...", "Trump's statement that ...": a reporting noun with a "that" clause
      // the entry ends with its complementiser ("claim that"); the clause follows it
      if (m.to < s.to && !(doc.gaps[m.to - 1]! & HARD_GAPS)) {
        const c = contentFrom(doc, s, m.to);
        if (c) {
          const owner = possessorBefore(doc, s, k);
          // "Democrats fear that ...": the noun's form used as a verb, with a subject of its own
          const verb = !owner && k > s.from && !NOUN_MARKERS.has(toks.w[k - 1]!) ? readEnglishSubjectBefore(doc, s, k) : null;
          const vkind = THOUGHT_NOUNS.has(toks.w[k]!) ? 'think' : 'say';
          if (verb && 'mention' in verb) out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind: vkind, subjects: [verb.mention], ref: 'subject', addressee: null, content: c, speaker: -1 });
          else if (verb && 'pronoun' in verb) {
            const p = matchOf(doc, lang, verb.pronoun, 'pronouns');
            out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind: vkind, ...(p?.phrase.gender ? { gender: p.phrase.gender } : {}), subjects: [], ref: 'pronoun', addressee: null, content: c, speaker: -1 });
          } else out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind, subjects: owner ? [owner] : [], ref: owner ? 'subject' : 'none', addressee: null, content: c, speaker: -1 });
          k = Math.max(k, contentEndToken(doc, s, c.end, k) - 1);
        }
      }
      continue;
    }
    // "to embrace", "to say": an infinitive is governed by the verb before it, unless that verb
    // only raises it ("appeared to imply", "began to argue", "went on to say")
    if (k > s.from && toks.w[k - 1] === 'to' && !(doc.gaps[k]! & HARD_GAPS) && raisingBefore((i) => (i >= s.from ? toks.w[i] : undefined), k) === 0) continue;
    // "who asked not to be named", "declined to be identified": an anonymity phrase, not a cue
    if (insideAnonymity(doc, s, k)) continue;
    // "were dismissed by the court": a passive reports nothing of its subject's
    if (k > s.from && !(doc.gaps[k]! & HARD_GAPS) && PASSIVE_AUXILIARIES.has(toks.w[k - 1]!) && kind !== 'participle' && kind !== 'acting') continue;
    // "his claims", "the call", "a plan": a noun, not a cue
    if (k > s.from && !(doc.gaps[k]! & HARD_GAPS) && (NOUN_MARKERS.has(toks.w[k - 1]!) || /^\d/.test(toks.w[k - 1]!) || isPossessive(toks.w[k - 1]!))) continue;
    let subjects: Mention[] = [];
    let ref: SpeakerRef = 'zero';
    let gender: Gender | undefined;
    let content: { start: number; end: number } | null = null;
    let j = m.to;
    let subjectFrom = -1;
    const participle = kind === 'participle' || kind === 'acting' || kind === 'telling';
    const progressive = participle && k > s.from && !(doc.gaps[k]! & HARD_GAPS) && isWord(doc, lang, k - 1, 'auxiliaries');
    if (participle && !progressive) {
      ref = 'participle';
      // "..., saying" / "..., calling him a liar": a participle opens its own phrase
      if (k > s.from && !(doc.gaps[k]! & (GAP_COMMA | GAP_DASH)) && toks.w[k - 1] !== 'and' && toks.w[k - 1] !== 'while' && toks.w[k - 1] !== 'by') continue;
    } else {
      const before = readEnglishSubjectBefore(doc, s, k);
      if (before && 'mention' in before) {
        subjects = [before.mention];
        ref = 'subject';
        subjectFrom = before.mention.from;
      } else if (before && 'pronoun' in before) {
        ref = 'pronoun';
        const p = matchOf(doc, lang, before.pronoun, 'pronouns');
        if (p?.phrase.gender) gender = p.phrase.gender;
        subjectFrom = before.pronoun;
      } else if (before && 'relative' in before) {
        ref = 'relative';
      } else {
        // verb-subject: "“...,” said Peskov", "says Sissoko", "..., said a spokeswoman."
        const prevQuote = k > s.from && toks.q[k - 1]! >= 0;
        if (mode !== 'rest' && (prevQuote || doc.gaps[k]! & (GAP_COMMA | GAP_QUOTE) || k === s.from)) {
          const np = readEnglishPhraseForward(doc, s, m.to);
          if (np && !isWord(doc, lang, m.to, 'pronouns')) {
            subjects = [np];
            ref = 'subject';
            j = np.next;
            if (np.end > toks.e[np.next - 1]!) j = contentEndToken(doc, s, np.end, np.next);
            let inverted = !prevQuote && k > s.from && doc.gaps[k]! & GAP_COMMA ? contentBefore(doc, s, k, out, first) : null;
            // "The plan, said analyst Rhea Vance, would cost ...": the clause goes on after the cue
            if (!inverted && !prevQuote && k > s.from && doc.gaps[k]! & GAP_COMMA && j < s.to && doc.gaps[j]! & GAP_COMMA && !(doc.gaps[j]! & GAP_STOP)) inverted = contentFrom(doc, s, j);
            out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind, subjects, ref, addressee: null, content: inverted, speaker: -1 });
            k = j - 1;
            continue;
          }
          if (isWord(doc, lang, m.to, 'pronouns')) {
            ref = 'pronoun';
            const p = matchOf(doc, lang, m.to, 'pronouns');
            if (p?.phrase.gender) gender = p.phrase.gender;
            const inverted = !prevQuote && k > s.from && doc.gaps[k]! & GAP_COMMA ? contentBefore(doc, s, k, out, first) : null;
            out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind, ...(gender ? { gender } : {}), subjects, ref, addressee: null, content: inverted, speaker: -1 });
            continue;
          }
        }
      }
    }
    // "... did not mention Trump, but told city leaders that ...": a coordinated cue shares the clause's subject
    if (ref === 'zero' && k > s.from && (toks.w[k - 1] === 'and' || toks.w[k - 1] === 'but' || toks.w[k - 1] === 'then')) ref = 'participle';
    if (ref === 'zero' && m.phrase.gender) {
      // the pronoun is in the cue: "a-t-elle ajouté"
      ref = 'pronoun';
      gender = m.phrase.gender;
    }
    // an object or "to" complement needs a speaker in the clause: "the talks called for" is no cue
    if (mode === 'rest' && ref === 'zero') continue;
    let told = mode;
    if (kind === 'told' || kind === 'telling') {
      const a = skipAddressee(doc, s, j);
      // an audience not read as one ("told cheering supporters"): content only after "that"
      if (a < 0) told = 'that';
      else j = a;
    }
    j = skipAdverbials(doc, s, j);
    if (mode !== 'none' && !isComplementizer(doc, s, j)) {
      // "said in an interview with Reuters that ...": a short phrase before "that"
      for (let t = j + 1; t < Math.min(s.to, j + 8) && !(doc.gaps[t]! & (GAP_STOP | GAP_COLON | GAP_COMMA)) && toks.q[t]! < 0; t++) {
        if (cueAt(doc, s, t)) break;
        if (isComplementizer(doc, s, t) && isWord(doc, lang, j, 'npStops')) {
          j = t;
          break;
        }
      }
    }
    const commaAfter = j < s.to && (doc.gaps[j]! & (GAP_COMMA | GAP_QUOTE | GAP_STOP)) === GAP_COMMA && toks.q[j]! < 0;
    const parenthetical = subjectFrom > s.from && doc.gaps[subjectFrom]! & GAP_COMMA && commaAfter;
    // "Marco Rubio says, win or lose, he's staying": the clause follows the comma
    const leading = subjectFrom === s.from && commaAfter && mode === 'clause';
    if (mode !== 'none' && j < s.to && !(doc.gaps[j]! & (GAP_STOP | GAP_COLON | GAP_COMMA))) {
      if (isElidedQue(doc, s, j)) {
        const c = contentFrom(doc, s, j);
        content = c && { start: c.start + 3, end: c.end };
      } else if (mode === 'rest') {
        // "rejected that reading": "that" may be the object's determiner; "declined significantly" is no act
        content = toks.w[j]!.endsWith('ly') ? null : contentFrom(doc, s, j);
        // "described the situation in a statement:": what follows the colon is the content
        if (content && introducesColon(doc, s, content.end)) content = null;
      } else if (isComplementizer(doc, s, j)) content = contentFrom(doc, s, j + 1);
      else if (told === 'clause' && (!isWord(doc, lang, j, 'npStops') || CLAUSE_OPENERS.has(toks.w[j]!) || (toks.w[j] === 'to' && isInfinitive(doc, s, j + 1)) || (toks.w[j] === 'this' && !TIME_NOUNS.has(toks.w[j + 1] ?? ''))) && !NOT_A_CLAUSE.has(toks.w[j]!) && !(kind === 'add' && /^\d/.test(toks.w[j]!))) content = contentFrom(doc, s, j); // "added 1,200 jobs" is no report
    } else if ((parenthetical && isFronted(doc, s, subjectFrom)) || leading) {
      // "Still, he said, officials have to decide ...", "In the long run, many economists say, this
      // effect could ...": the cue is parenthetical after a fronted adverbial
      content = contentFrom(doc, s, j);
    }
    if (!content && mode !== 'none' && mode !== 'rest' && subjectFrom > s.from && (j >= s.to || doc.gaps[j]! & (GAP_STOP | GAP_COMMA) || isWord(doc, lang, j, 'npStops'))) {
      content = contentBefore(doc, s, subjectFrom, out, first);
    }
    const sub = subjects[0];
    if (sub) {
      const g = genderOfMention(doc, sub);
      if (g) sub.gender = g;
    }
    out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind, ...(gender ? { gender } : {}), subjects, ref, addressee: null, content, speaker: -1 });
  }
  colonIntroducer(doc, si, s, out, first);
  dropNestedContent(out, first);
}

/**
 * A cue inside another one's content ("said Democrats fear that ...", "said in a statement that
 * ...") gives its subject as a source, and no second quote over the same words: the content of
 * an attribution that overlaps an earlier one's is dropped.
 */
function dropNestedContent(out: Attribution[], first: number): void {
  let until = -1;
  for (let i = first; i < out.length; i++) {
    const a = out[i]!;
    if (!a.content) continue;
    if (a.content.start < until) out[i] = { ...a, content: null };
    else until = a.content.end;
  }
}

/**
 * The clause a "seem" cue is part of, subject included: from the clause start (after the last
 * punctuation, a complementiser or a relative pronoun before the cue) to the clause end.
 */
function seemContent(doc: Doc, s: Sentence, k: number, after: number): { start: number; end: number } | null {
  let b = k;
  while (b > s.from && k - b < MAX_NP_BACK && !(doc.gaps[b]! & HARD_GAPS) && doc.tokens.q[b - 1]! < 0 && !isComplementizer(doc, s, b - 1) && !isWord(doc, s.language, b - 1, 'relativePronouns')) b--;
  if (b === k || after >= s.to || doc.gaps[after]! & (GAP_STOP | GAP_COLON)) return null;
  const end = clauseEnd(doc, s, after);
  const start = doc.tokens.s[b]!;
  if (end < 0 || end <= start || hasRealQuote(doc, start, end)) return null;
  return { start, end };
}

const MAX_NP_BACK = 12; // tokens: a "seem" cue's subject is a noun phrase, not a clause

/** "Trump's statement that": the owner of a reporting noun, the possessive taken off; null when none. */
function possessorBefore(doc: Doc, s: Sentence, k: number): Mention | null {
  const p = k - 1;
  if (p < s.from || doc.gaps[k]! & HARD_GAPS) return null;
  const w = doc.tokens.w[p]!;
  if (!(w.endsWith("'s") || w.endsWith('\u2019s')) || doc.tokens.cap[p] !== 1) return null;
  let b = p;
  while (b > s.from && doc.tokens.cap[b - 1] === 1 && !(doc.gaps[b]! & HARD_GAPS) && p - b < 3) b--;
  return { start: doc.tokens.s[b]!, end: doc.tokens.e[p]! - 2, from: b, to: p + 1, language: s.language, anonymous: false, latent: false, next: p + 1 };
}

/** The gap between a quote's last word and a signature: its punctuation, the closing mark, spaces, a dash. */
const SIGNATURE_DASH = /^[.,!?\u2026]*[\u201d"'\u2019]\s*[-\u2013\u2014\u2015]+\s*$/;

/**
 * “We will rebuild.” ― Ana Ortiz: a dash and a name of one to five capitalised words right after
 * a closing quotation mark, ending the sentence or followed by the next quote, a comma or a line
 * break, sign the quote (letters to the editor, readers' responses, epigraphs). Null when none.
 */
function signatureAt(doc: Doc, si: number, s: Sentence, k: number): Attribution | null {
  const toks = doc.tokens;
  if (toks.cap[k] !== 1 || isWord(doc, s.language, k, 'determiners') || isWord(doc, s.language, k, 'pronouns')) return null;
  let j = k + 1;
  while (j < s.to && j - k < 5 && toks.cap[j] === 1 && toks.q[j]! < 0 && !(doc.gaps[j]! & HARD_GAPS)) j++;
  if (j < s.to && toks.q[j]! < 0 && !(doc.gaps[j]! & (GAP_STOP | GAP_NEWLINE | GAP_COMMA))) return null;
  const subject: Mention = { start: toks.s[k]!, end: toks.e[j - 1]!, from: k, to: j, language: s.language, anonymous: false, latent: false, next: j };
  return { sentence: si, cueFrom: k, cueTo: j, kind: 'say', subjects: [subject], ref: 'subject', addressee: null, content: null, speaker: -1, signature: true };
}

/**
 * "Lopez: Well, no one is like that.", "TRUMP: The deaths ...": a name of one to four
 * capitalised words before a colon opens the sentence, and what follows is its speech (an
 * interview transcript, a headline). A direct quote after the colon keeps its own record.
 */
function speakerTurn(doc: Doc, si: number, s: Sentence, out: Attribution[]): number {
  const toks = doc.tokens;
  let c = s.from;
  while (c < s.to && c - s.from < 4 && toks.cap[c] === 1 && toks.q[c]! < 0 && (c === s.from || !(doc.gaps[c]! & HARD_GAPS))) c++;
  if (c === s.from || c >= s.to || !(doc.gaps[c]! & GAP_COLON) || doc.gaps[c]! & (GAP_STOP | GAP_COMMA)) return s.from;
  if (/^\d/.test(toks.w[c - 1]!) || isWord(doc, s.language, s.from, 'npStops') || isWord(doc, s.language, s.from, 'determiners') || matchOf(doc, s.language, s.from, 'cues')) return s.from; // "The Latest:" is a rubric
  const subject: Mention = { start: toks.s[s.from]!, end: toks.e[c - 1]!, from: s.from, to: c, language: s.language, anonymous: false, latent: false, next: c };
  const content = toks.q[c]! >= 0 ? null : contentFrom(doc, s, c);
  out.push({ sentence: si, cueFrom: c - 1, cueTo: c, kind: 'say', subjects: [subject], ref: 'subject', addressee: null, content, speaker: -1 });
  return content ? contentEndToken(doc, s, content.end, c) : c;
}

/**
 * "In a Fox poll released Sunday, Cruz had 38 percent": a sentence opening with "In" and a
 * document or poll (`reportNouns`) before a comma; the clause after the comma is what it shows.
 * Returns the token to go on from.
 */
function evidenceOpening(doc: Doc, si: number, s: Sentence, out: Attribution[]): number {
  const toks = doc.tokens;
  if (toks.w[s.from] !== 'in' || s.from + 1 >= s.to || toks.q[s.from + 1]! >= 0) return s.from;
  const np = readEnglishPhraseForward(doc, s, s.from + 1, false, true);
  if (!np || np.to >= s.to || !(doc.gaps[np.to]! & GAP_COMMA)) return s.from;
  let report = false;
  for (let k = np.from; k < np.to && !report; k++) report = isWord(doc, s.language, k, 'reportNouns');
  if (!report) return s.from;
  const content = contentFrom(doc, s, np.to);
  if (!content) return s.from;
  out.push({ sentence: si, cueFrom: s.from, cueTo: s.from + 1, kind: 'evidence', subjects: [np], ref: 'subject', addressee: null, content, speaker: -1 });
  return contentEndToken(doc, s, content.end, np.to);
}

/**
 * "Or, as Tom Ridge put it: “...”", "Kaine has adopted the stance ...: “...”": a direct quote
 * right after a colon, in a sentence with no cue before it, is said by the sentence's subject
 * (its opening capitalised words). Adds a cue-less attribution at the colon for link-speakers.
 */
function colonIntroducer(doc: Doc, si: number, s: Sentence, out: Attribution[], first: number): void {
  const toks = doc.tokens;
  let c = -1;
  for (let k = s.from + 1; k < s.to; k++) {
    if (doc.gaps[k]! & GAP_COLON && toks.q[k]! >= 0 && toks.q[k - 1]! < 0) {
      c = k;
      break;
    }
  }
  if (c < 0) return;
  for (let i = first; i < out.length; i++) if (out[i]!.cueFrom < c) return;
  let b = s.from;
  // "Or, as ...", "But as ...": openers before the subject
  while (b < c && b - s.from < 3 && (isWord(doc, s.language, b, 'npStops') || SUBORDINATORS_EN.has(toks.w[b]!) || toks.w[b] === 'or' || toks.w[b] === 'so')) b++;
  if (b < c && isWord(doc, s.language, b, 'determiners')) {
    if (toks.cap[b + 1] !== 1) return; // "The wall read: “...”": a thing, not a speaker
    b++;
  }
  let e = b;
  while (e < c && e - b < 6 && (toks.cap[e] === 1 || isWord(doc, s.language, e, 'roles')) && toks.q[e]! < 0 && (e === b || !(doc.gaps[e]! & HARD_GAPS))) e++;
  if (e === b || e >= c || toks.cap[e - 1] !== 1 || isWord(doc, s.language, b, 'pronouns')) return;
  const subject: Mention = { start: toks.s[b]!, end: toks.e[e - 1]!, from: b, to: e, language: s.language, anonymous: false, latent: false, next: e };
  out.push({ sentence: si, cueFrom: c - 1, cueTo: c, kind: 'say', subjects: [subject], ref: 'subject', addressee: null, content: null, speaker: -1 });
}

/** Whether token `k` lies in an anonymity phrase that starts at most two words before it. */
function insideAnonymity(doc: Doc, s: Sentence, k: number): boolean {
  for (let i = Math.max(s.from, k - 2); i <= k; i++) {
    const a = matchOf(doc, s.language, i, 'anonymity');
    if (a && a.to > k) return true;
  }
  return false;
}

/** Whether a colon follows offset `end` (the end of a clause) within the sentence. */
function introducesColon(doc: Doc, s: Sentence, end: number): boolean {
  for (let i = end; i < s.end && i < end + 3; i++) {
    const c = doc.text.charCodeAt(i);
    if (c === 0x3a) return true;
    if (c !== 0x20 && c !== 0x29 && c !== 0x2c) return false;
  }
  return false;
}

const HARD_GAPS = GAP_COMMA | GAP_COLON | GAP_STOP | GAP_DASH | GAP_QUOTE;

/**
 * The token after a "told" cue's addressee: "told him", "told Reuters", "told The Huffington
 * Post", "told a news conference in Columbus"; stops before "that" and punctuation. -1 when
 * what follows is not read as an addressee.
 */
function skipAddressee(doc: Doc, s: Sentence, j: number): number {
  const toks = doc.tokens;
  if (j >= s.to || doc.gaps[j]! & (GAP_COMMA | GAP_STOP | GAP_COLON) || toks.q[j]! >= 0 || isComplementizer(doc, s, j)) return j;
  if (OBJECT_WORDS.has(toks.w[j]!)) return j + 1;
  let a = j;
  if (toks.cap[a] === 1 || isWord(doc, s.language, a, 'determiners')) {
    // a name ("The Star-Ledger of Newark", "POLITICO Florida") or a short noun phrase
    const named = toks.cap[a] === 1;
    a++;
    while (a < s.to && a - j < 6 && !(doc.gaps[a]! & (GAP_COMMA | GAP_STOP | GAP_COLON | GAP_QUOTE)) && toks.q[a]! < 0 && !isComplementizer(doc, s, a)) {
      if (named ? toks.cap[a] !== 1 && toks.w[a] !== 'of' : isWord(doc, s.language, a, 'npStops') || isWord(doc, s.language, a, 'pronouns')) break;
      a++;
    }
    // "told a news conference in Columbus that": a place after the audience
    if (!named) while (a < s.to && a - j < 8 && !(doc.gaps[a]! & (GAP_COMMA | GAP_STOP | GAP_COLON)) && toks.q[a]! < 0 && !isComplementizer(doc, s, a) && isWord(doc, s.language, a, 'npStops') && a + 1 < s.to && toks.cap[a + 1] === 1) a += 2;
    return a;
  }
  return -1;
}

/**
 * Finds the attributions of one sentence. `anonymous` are the sentence's Arabic unnamed
 * sources (subject-verb order).
 */
export function findAttributions(doc: Doc, si: number, anonymous: readonly Mention[], out: Attribution[]): void {
  const s = doc.sentences[si]!;
  if (s.dateline) return;
  if (s.language === 'ar') arabicAttributions(doc, si, s, anonymous, out);
  else if (s.language === 'en' || s.language === 'fr') englishAttributions(doc, si, s, out);
}
