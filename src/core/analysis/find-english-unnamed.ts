/**
 * English unnamed sources that hold a stance where no reporting cue gives them a quote
 * (GUIDELINES.md: holders of claims, beliefs, fears, hopes, stances are sources). Each is a noun
 * phrase with an insider or collective head (`anonymousSources`, `vague`, `reportNouns`) in one
 * of these frames:
 * - the subject of a stance predicate: a cue no attribution was read from ("Some Democrats
 *   question the plan"), a `stances` verb ("Many voters share these fears"), or an auxiliary
 *   group going on to a cue, a `stances` adjective or "privately" ("Okafor aides were cautious",
 *   "Republicans have long argued", "Some Republicans privately doubt ..."); a share of poll
 *   respondents with a modal ("52 percent would support Okafor"). Not the subject of any other
 *   predicate: "county officials must act quickly", "Republicans are buying airtime" are actors;
 * - the agent after "by" of a passive participle or a stance noun ("endorsed by scores of
 *   mayors", "an opinion echoed by most growers"), the holder after "from" of a stance
 *   noun ("pressure from activists", "criticism from rights groups"), or after "of" of a
 *   holder noun ("the dismay of fellow Republicans");
 * - the antecedent of "who" + a cue ("a contractor who said he was never paid").
 * A phrase that a cue's subject reading already took is left to it.
 */
import { categoryBit } from './compile-lexicon';
import { GAP_COLON, GAP_COMMA, GAP_DASH, GAP_PAREN, GAP_QUOTE, GAP_STOP, type Doc, type Sentence } from './doc';
import type { Attribution } from './find-cues';
import type { Mention } from './find-mentions';

const UNNAMED_BITS = categoryBit('anonymousSources') | categoryBit('vague');
const SOURCE_NOUN_BITS = UNNAMED_BITS | categoryBit('reportNouns');
const AUX_BITS = categoryBit('auxiliaries') | categoryBit('hedges');
const DETERMINER_BIT = categoryBit('determiners');
const STOP_BITS = categoryBit('npStops') | categoryBit('complementizers') | categoryBit('relativePronouns') | categoryBit('pronouns') | categoryBit('clauseBoundaries');
const CUE_BIT = categoryBit('cues');
const STANCE_BIT = categoryBit('stances');
const HARD = GAP_COMMA | GAP_COLON | GAP_STOP | GAP_DASH | GAP_PAREN | GAP_QUOTE;
const MAX_WORDS = 8; // tokens: the noun phrase, its modifiers included ("Republicans from farm and ranch states")
const POST_MAX = 4; // tokens after the head: "Republicans from farm and ranch states"
const HEAD_WITHIN = 5; // tokens: the insider or collective noun comes early in the phrase
const AUX_MAX = 4; // tokens of an auxiliary group: "have also long been"

/** Words that may open a clause before its subject. */
const OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'as', 'because', 'when', 'although', 'though', 'so', 'yet', 'since', 'if', 'that', 'what', 'where']);

/** Quantifiers and plain nouns that are no source mention on their own without a cue or a stance verb. */
const LONE: ReadonlySet<string> = new Set(['most', 'others', 'people', 'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'all', 'many', 'some', 'few']);

/** Interrogative and relative words: a phrase holding one is a clause, not a mention. */
const WH: ReadonlySet<string> = new Set(['whom', 'whose', 'what', 'how', 'who', 'which', 'why']);

/** Prepositions that may follow the head inside the phrase: "critics of the program", "Democrats in Nevada". */
const POST_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'from', 'on', 'for', 'with', 'across', 'around', 'inside', 'within']);

/** Shares of poll respondents: with a modal they state a poll's finding ("52 percent would support Okafor"). */
const SHARES: ReadonlySet<string> = new Set(['percent', 'majority', 'plurality', 'minority', 'half', 'third', 'quarter']);

/** Modals: "would", "will" after a share. */
const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'might']);

/** "privately", "publicly", "openly": an adverb of speaking makes the auxiliary group a stance. */
const SPEAKING_ADVERBS: ReadonlySet<string> = new Set(['privately', 'publicly', 'openly', 'anonymously']);

/** The unnamed-source mentions of the English sentences, outside quotes and attribution subjects. */
export function findEnglishUnnamed(doc: Doc, attributions: readonly Attribution[]): Mention[] {
  const out: Mention[] = [];
  const taken = new Uint8Array(doc.tokens.length);
  const cueUsed = new Uint8Array(doc.tokens.length);
  for (const a of attributions) {
    for (const m of a.subjects) taken.fill(1, m.from, m.to);
    // 1: the cue has its subject; 2: it has none ("zero", "relative"): a phrase right before it is its holder
    cueUsed.fill(a.ref === 'subject' || a.ref === 'pronoun' ? 1 : 2, a.cueFrom, a.cueTo);
  }
  const push = (m: Mention | null): boolean => {
    if (!m) return false;
    out.push(m);
    taken.fill(1, m.from, m.to);
    return true;
  };
  for (const s of doc.sentences) {
    if (s.language !== 'en' || s.dateline) continue;
    for (let k = s.from; k < s.to; k++) {
      const w = doc.tokens.w[k]!;
      if (taken[k] === 1 || doc.tokens.q[k]! >= 0) continue;
      const clauseStart = k === s.from || (doc.gaps[k]! & (GAP_COMMA | GAP_COLON | GAP_DASH | GAP_PAREN)) !== 0 || (k > s.from && OPENERS.has(doc.tokens.w[k - 1]!) && !(doc.gaps[k]! & HARD));
      if (clauseStart) {
        const m = subjectAt(doc, s, k, taken, cueUsed);
        if (push(m)) {
          k = m!.to - 1;
          continue;
        }
      }
      if ((w === 'by' || w === 'from' || w === 'of') && k + 1 < s.to && !(doc.gaps[k + 1]! & HARD) && holderFrame(doc, s, k)) {
        const m = objectAt(doc, s, k + 1, taken);
        if (push(m)) {
          k = m!.to - 1;
          continue;
        }
      }
      if (k + 1 < s.to && !(doc.gaps[k + 1]! & HARD) && /ing$/.test(doc.tokens.w[k + 1]!) && headAt(doc, k, doc.matcher(s.language).hasMaskAt(doc.tokens, k), UNNAMED_BITS) && stanceKindsAt(doc, s, k + 1).some((x) => x.kind === 'verb')) {
        // "had lawmakers wondering", "left many donors feeling that ...": a holder before a stance participle
        const b = phraseStart(doc, s, k, taken);
        push({ start: doc.tokens.s[b]!, end: doc.tokens.e[k]!, from: b, to: k + 1, language: s.language, anonymous: false, latent: false, next: k + 1 });
        continue;
      }
      if (w === 'who' && k > s.from) push(antecedentOfWho(doc, s, k, taken));
      else if (POSSESSIVE.test(w) && k + 1 < s.to) push(possessorAt(doc, s, k, taken));
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Singular party members: an unnamed source only after an indefinite ("one Republican", "a Democrat"); else an adjective ("Republican support") or a named person ("the Republican"). */
const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrat', 'republican']);

/** Determiners that present one unnamed individual: "one Republican", "at least one Republican". */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** Whether token `k` may head an unnamed-source phrase (its class bits given). */
function headAt(doc: Doc, k: number, bits: number, classBits: number): boolean {
  if (PARTY_MEMBERS.has(doc.tokens.w[k]!)) return k > 0 && INDEFINITE.has(doc.tokens.w[k - 1]!);
  return (bits & classBits) !== 0 || isPeople(doc, k);
}

/** A people by name, an open collective: "African-Americans", "Mexicans" (english-identity.ts reads them vague). */
function isPeople(doc: Doc, k: number): boolean {
  return doc.tokens.cap[k] === 1 && /[a-z]ans$/.test(doc.tokens.w[k]!);
}

/** Whether the predicate at `v` is a stance: a cue or a `stances` verb or adjective. */
function isStanceAt(doc: Doc, s: Sentence, v: number, kinds: ReadonlySet<string>): boolean {
  const bits = doc.matcher(s.language).hasMaskAt(doc.tokens, v);
  if (bits & CUE_BIT) return true;
  if (!(bits & STANCE_BIT)) return false;
  return stanceKindsAt(doc, s, v).some((x) => kinds.has(x.kind));
}

/** The `stances` phrases starting at token `k`, with their kind and end. */
function stanceKindsAt(doc: Doc, s: Sentence, k: number): { kind: string; to: number }[] {
  if (!(doc.matcher(s.language).hasMaskAt(doc.tokens, k) & STANCE_BIT)) return [];
  return doc
    .matcher(s.language)
    .matchAt(doc.tokens, k)
    .filter((x) => x.phrase.category === 'stances' && x.prefix === '')
    .map((x) => ({ kind: x.phrase.kind ?? '', to: x.to }));
}

const VERB: ReadonlySet<string> = new Set(['verb']);

/** An unnamed-source phrase starting at token `b`, the subject of a stance predicate, or null. */
function subjectAt(doc: Doc, s: Sentence, b: number, taken: Uint8Array, cueUsed: Uint8Array): Mention | null {
  const toks = doc.tokens;
  const matcher = doc.matcher(s.language);
  let head = -1;
  let k = b;
  for (; k < s.to && k - b < MAX_WORDS; k++) {
    if (k > b && doc.gaps[k]! & HARD && !initialStop(doc, k)) {
      if (head >= 0 && (doc.gaps[k]! & HARD) === GAP_COMMA) break; // perhaps a parenthetical: afterParenthetical decides
      return null;
    }
    if (toks.q[k]! >= 0 || taken[k] === 1) return null;
    const bits = matcher.hasMaskAt(toks, k);
    // the verb group starts ("Many economists share ...": a stance verb after the head, though "share" is also a noun)
    if (k > b && head >= 0 && bits & (AUX_BITS | CUE_BIT | STANCE_BIT) && (!(bits & UNNAMED_BITS) || bits & STANCE_BIT)) break;
    if (bits & CUE_BIT && !(bits & UNNAMED_BITS)) return null; // a cue before any head: not a subject
    if (headAt(doc, k, bits, UNNAMED_BITS) && !(bits & DETERMINER_BIT && k + 1 < s.to && matcher.hasMaskAt(toks, k + 1) & UNNAMED_BITS)) {
      if (head < 0 && k - b >= HEAD_WITHIN) return null;
      head = k;
      continue;
    }
    if (head >= 0) {
      // after the head only a short prepositional phrase: "critics of the program"
      if (k === head + 1 && !POST_PREPOSITIONS.has(toks.w[k]!) && toks.w[k] !== 'and') return null;
      // "voters and walked away": a coordinated verb, not a second conjunct
      if (k === head + 1 && toks.w[k] === 'and' && !conjunctAhead(doc, s, k + 1)) return null;
      if (k - head > POST_MAX) return null;
      continue;
    }
    if (bits & STOP_BITS && !(bits & DETERMINER_BIT)) return null;
  }
  if (head < 0 || k >= s.to || k === b) return null;
  // "Some analysts, however, question ...": a parenthetical adverb between the subject and its predicate
  const p = doc.gaps[k]! & HARD ? afterParenthetical(doc, s, k) : k;
  if (p < 0) return null;
  for (let i = b; i < k; i++) if (WH.has(toks.w[i]!)) return null; // "some of whom", "how many parents"
  if (toks.w[b]!.endsWith('ing')) return null; // "keeping most of ...": a participle clause
  const lone = k - b === 1 && LONE.has(toks.w[b]!); // "most", "others", "people" say too little without a stance verb
  if (!stancePredicate(doc, s, p, head, lone, cueUsed)) return null;
  return { start: toks.s[b]!, end: toks.e[k - 1]!, from: b, to: k, language: s.language, anonymous: false, latent: false, next: k };
}

/** Whether the gap before `k` is only the full stop of an initial ("the U.K. share", "U.N. agencies"). */
function initialStop(doc: Doc, k: number): boolean {
  return doc.gaps[k] === GAP_STOP && doc.tokens.w[k - 1]!.length === 1 && (doc.tokens.w[k]!.length === 1 || doc.tokens.cap[k - 1] === 1);
}

/** Whether a noun phrase conjunct starts at `k`: a determiner, a name, or a collective within two words ("and staffers", "and wary Republicans"). */
function conjunctAhead(doc: Doc, s: Sentence, k: number): boolean {
  const matcher = doc.matcher(s.language);
  for (let j = k; j < s.to && j - k < 3 && !(doc.gaps[j]! & HARD); j++) {
    const bits = matcher.hasMaskAt(doc.tokens, j);
    if (bits & (SOURCE_NOUN_BITS | DETERMINER_BIT) || doc.tokens.cap[j] === 1) return true;
    if (bits & (CUE_BIT | AUX_BITS | STOP_BITS)) return false;
  }
  return false;
}

/** Parenthetical adverbs set off by commas between a subject and its predicate. */
const PARENTHETICALS: ReadonlySet<string> = new Set(['however', 'though', 'too', 'meanwhile', 'also', 'instead', 'indeed', 'moreover', 'nonetheless', 'nevertheless', 'in particular', 'for their part', 'in turn', 'of course', 'for example', 'for instance']);

/** The token after a comma-delimited parenthetical adverb starting at `k` (", however,"), or -1. */
function afterParenthetical(doc: Doc, s: Sentence, k: number): number {
  if ((doc.gaps[k]! & HARD) !== GAP_COMMA) return -1;
  for (let j = k + 1; j < s.to && j - k <= 3; j++) {
    if (doc.gaps[j]! & HARD) {
      if ((doc.gaps[j]! & HARD) !== GAP_COMMA) return -1;
      const words = doc.tokens.w.slice(k, j).join(' ');
      return PARENTHETICALS.has(words) ? j : -1;
    }
  }
  return -1;
}

/** Whether the predicate starting at `k` (after the subject with head `head`) is a stance its subject holds. */
function stancePredicate(doc: Doc, s: Sentence, k: number, head: number, lone: boolean, cueUsed: Uint8Array): boolean {
  const toks = doc.tokens;
  const matcher = doc.matcher(s.language);
  // a cue no attribution was read from, or a stance verb: "Not everyone believes it", "Many voters share"
  if (matcher.hasMaskAt(toks, k) & CUE_BIT) return cueUsed[k] !== 1;
  // "lawmakers wondering", "many donors feeling that ...": a stance participle after the holder
  if (/ing$/.test(toks.w[k]!) && stanceKindsAt(doc, s, k).some((x) => x.kind === 'verb')) return true;
  if (isStanceAt(doc, s, k, VERB)) return true;
  if (lone || !(matcher.hasMaskAt(toks, k) & AUX_BITS)) return false;
  // an auxiliary group, then the predicate
  let v = k;
  let speaking = false;
  let modal = false;
  while (v < s.to && v - k < AUX_MAX && !(v > k && doc.gaps[v]! & HARD)) {
    const w = toks.w[v]!;
    if (SPEAKING_ADVERBS.has(w)) speaking = true;
    else if (MODALS.has(w)) modal = true;
    else if (RAISING_TO.has(w) && toks.w[v + 1] === 'to') v++; // "have come to doubt"
    else if (!(matcher.hasMaskAt(toks, v) & AUX_BITS) && !/ly$/.test(w) && !DEGREE.has(w)) break;
    v++;
  }
  if (speaking) return true;
  if (modal && SHARES.has(toks.w[head]!)) return true;
  if (v >= s.to || (v > k && doc.gaps[v]! & HARD)) return false;
  const pw = toks.w[v]!;
  // "did not immediately respond", "could not be reached": no statement, no source
  if (NO_COMMENT.has(pw)) return false;
  if (isStanceAt(doc, s, v, ADJECTIVE)) return true;
  // "have been warned", "were told": a passive cue's subject is its target, not its holder
  for (let j = k; j < v; j++) if (BE.has(toks.w[j]!) && /(?:ed|en)$/.test(pw)) return false;
  return isStanceAt(doc, s, v, VERB);
}

/** Degree words inside a predicate: "weren't too worried", "were not as convinced". */
const DEGREE: ReadonlySet<string> = new Set(['too', 'so', 'very', 'more', 'less', 'quite', 'as', 'much', 'far', 'all', 'even', 'particularly', 'especially']);

/** Verbs that take "to" and a stance verb: "have come to doubt", "began to question". */
const RAISING_TO: ReadonlySet<string> = new Set(['come', 'came', 'begun', 'began', 'begin', 'begins', 'started', 'continue', 'continued', 'continues']);

/** Predicates of a source that gave no statement. */
const NO_COMMENT: ReadonlySet<string> = new Set(['respond', 'reply', 'return', 'comment', 'be', 'answer']);

/** Forms of "be": with a participle after them, a passive. */
const BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);

const ADJECTIVE: ReadonlySet<string> = new Set(['adjective']);

/** Irregular passive participles the "-ed"/"-en" test misses. */
const PARTICIPLES: ReadonlySet<string> = new Set(['held', 'seen', 'made', 'told', 'met', 'led', 'hit', 'put', 'shared', 'won', 'drawn', 'thought']);

/** Whether "by", "from" or "of" at `k` introduces a stance's holder: after a passive participle ("by") or a stance noun. */
function holderFrame(doc: Doc, s: Sentence, k: number): boolean {
  const toks = doc.tokens;
  const w = toks.w[k]!;
  for (let j = k - 1; j >= s.from && k - j <= 3; j--) {
    if (doc.gaps[j + 1]! & HARD) return false;
    for (const st of stanceKindsAt(doc, s, j)) {
      if (st.to !== j + 1) continue;
      if (st.kind === 'noun-of' && w === 'of') return true;
      if (st.kind === 'noun' && w !== 'of' && k - j <= 2) return true;
    }
    // "endorsed by", "called a fraud by": a cue or stance verb's participle, not an actor's ("killed by")
    if (w === 'by' && (/(?:ed|en)$/.test(toks.w[j]!) || PARTICIPLES.has(toks.w[j]!)) && toks.cap[j] !== 1 && isStanceAt(doc, s, j, VERB)) return true;
  }
  return false;
}

/** An unnamed-source noun phrase starting at `i` (the object of "by", "from", "of"), or null. */
function objectAt(doc: Doc, s: Sentence, i: number, taken: Uint8Array): Mention | null {
  const toks = doc.tokens;
  const matcher = doc.matcher(s.language);
  let head = -1;
  let k = i;
  for (; k < s.to && k - i < MAX_WORDS; k++) {
    if (k > i && doc.gaps[k]! & HARD) break;
    if (toks.q[k]! >= 0 || taken[k] === 1) break;
    const bits = matcher.hasMaskAt(toks, k);
    const w = toks.w[k]!;
    if (headAt(doc, k, bits, SOURCE_NOUN_BITS) && !(bits & DETERMINER_BIT && k + 1 < s.to && matcher.hasMaskAt(toks, k + 1) & SOURCE_NOUN_BITS)) {
      if (head < 0 && k - i >= HEAD_WITHIN) return null;
      head = k;
      continue;
    }
    if (head >= 0) {
      // "Democrats in Nevada", "critics of the plan": a short modifier, then the phrase ends
      if (k === head + 1 && !POST_PREPOSITIONS.has(w) && w !== 'and') {
        // "by voter advocacy groups": the class word was a modifier, the phrase goes on to its noun
        if (!(bits & (STOP_BITS | CUE_BIT | AUX_BITS)) && !(doc.gaps[k]! & HARD)) {
          head = -1;
          continue;
        }
        break;
      }
      if (k - head > POST_MAX) break;
      if (bits & (CUE_BIT | AUX_BITS) || (bits & STOP_BITS && !POST_PREPOSITIONS.has(w) && w !== 'and' && !(bits & DETERMINER_BIT))) break;
      continue;
    }
    if (bits & (CUE_BIT | AUX_BITS) || (bits & STOP_BITS && !(bits & DETERMINER_BIT))) return null;
  }
  if (head < 0) return null;
  // the phrase ends at its head unless a modifier's noun follows: "Democrats in Nevada", not "Republicans in"
  let end = head + 1;
  if (k > head + 1 && POST_PREPOSITIONS.has(toks.w[head + 1]!)) {
    end = k;
    while (end > head + 1 && (matcher.hasMaskAt(toks, end - 1) & (STOP_BITS | DETERMINER_BIT) || toks.w[end - 1] === 'and')) end--;
    if (end <= head + 2) end = head + 1;
  }
  for (let j = i; j < end; j++) if (WH.has(toks.w[j]!)) return null;
  if (end - i === 1 && toks.w[i] === 'people') return null;
  return { start: toks.s[i]!, end: toks.e[end - 1]!, from: i, to: end, language: s.language, anonymous: false, latent: false, next: end };
}

/** An English possessive token: "woman's", "judge’s". */
const POSSESSIVE = /['\u2019]s$/;

/** Kinds of `stances` nouns whose possessor holds them: "the nurse's account", "critics' concerns". */
const POSSESSED: ReadonlySet<string> = new Set(['noun', 'noun-poss']);

/**
 * The unnamed possessor at token `k` of a stance or statement noun ("the nurse's account", "a
 * district judge's decision", "your daughter's testimony"), the mention without its "'s", or null.
 */
function possessorAt(doc: Doc, s: Sentence, k: number, taken: Uint8Array): Mention | null {
  const toks = doc.tokens;
  const matcher = doc.matcher(s.language);
  if (taken[k] === 1 || toks.q[k]! >= 0 || doc.gaps[k + 1]! & HARD) return null;
  const base = toks.w[k]!.slice(0, -2);
  if (!matcher.has('anonymousSources', base) && !matcher.has('vague', base)) return null;
  // the possessed noun, perhaps after one adjective: "the nurse's enthusiasm", "officials' deep concern"
  let n = k + 1;
  if (!(matcher.hasMaskAt(toks, n) & STANCE_BIT) && n + 1 < s.to && !(doc.gaps[n + 1]! & HARD)) n++;
  if (!stanceKindsAt(doc, s, n).some((x) => POSSESSED.has(x.kind) && x.to === n + 1)) return null;
  const b = phraseStart(doc, s, k, taken);
  // "the nurse's": the mention has a determiner or a modifier before a singular; "critics'" stands alone
  if (b === k && !base.endsWith('s')) return null;
  return { start: toks.s[b]!, end: toks.e[k]! - 2, from: b, to: k + 1, language: s.language, anonymous: false, latent: false, next: k + 1 };
}

/** The first token of the noun phrase ending at head `h`: back over modifiers, up to and with a determiner (at most 4 words). */
function phraseStart(doc: Doc, s: Sentence, h: number, taken: Uint8Array): number {
  const toks = doc.tokens;
  const matcher = doc.matcher(s.language);
  let b = h;
  while (b > s.from && h - b < 4 && (!(doc.gaps[b]! & HARD) || initialStop(doc, b)) && taken[b - 1] !== 1 && toks.q[b - 1]! < 0) {
    const bits = matcher.hasMaskAt(toks, b - 1);
    if (bits & DETERMINER_BIT) {
      b--;
      break;
    }
    if (bits & (STOP_BITS | CUE_BIT | AUX_BITS) || POSSESSIVE.test(toks.w[b - 1]!) || (toks.cap[b - 1] === 1 && !initialStop(doc, b))) break;
    b--;
  }
  return b;
}

/** The unnamed-source phrase before "who" at `k` when a cue follows it ("a contractor who said ..."), or null. */
function antecedentOfWho(doc: Doc, s: Sentence, k: number, taken: Uint8Array): Mention | null {
  const toks = doc.tokens;
  const matcher = doc.matcher(s.language);
  const h = k - 1;
  if (taken[h] === 1 || toks.q[h]! >= 0 || !(matcher.hasMaskAt(toks, h) & UNNAMED_BITS)) return null;
  // a cue within the relative clause's first words ("who said", "who have insisted"), or right
  // after a short relative clause ("sources who read them told ..."): the clause is then part of the phrase
  let cue = -1;
  let verb = false;
  for (let j = k + 1; j < s.to && j - k <= 4 && !(doc.gaps[j]! & HARD); j++) {
    const bits = matcher.hasMaskAt(toks, j);
    if (bits & CUE_BIT && (!verb || j - k >= 3)) {
      cue = j;
      break;
    }
    if (WH.has(toks.w[j]!) || toks.w[j] === 'that') break;
    if (!(bits & AUX_BITS) && !verb) {
      if (bits & (STOP_BITS | DETERMINER_BIT)) break;
      verb = true;
    }
  }
  if (cue < 0) return null;
  const end = verb ? cue : h + 1;
  let b = h;
  while (b > s.from && h - b < 4 && !(doc.gaps[b]! & HARD) && taken[b - 1] !== 1 && toks.q[b - 1]! < 0) {
    const bits = matcher.hasMaskAt(toks, b - 1);
    if (bits & DETERMINER_BIT) {
      b--;
      break;
    }
    if (bits & (STOP_BITS | CUE_BIT | AUX_BITS) || toks.cap[b - 1] === 1) break;
    b--;
  }
  if (k - b === 1 && (LONE.has(toks.w[b]!) || toks.w[b] === 'people')) return null;
  // "a contractor who said", "sources who said"; a bare singular ("woman or child, who said") is generic
  if (!(matcher.hasMaskAt(toks, b) & DETERMINER_BIT) && !toks.w[h]!.endsWith('s')) return null;
  return { start: toks.s[b]!, end: toks.e[end - 1]!, from: b, to: end, language: s.language, anonymous: false, latent: false, next: end };
}
