/**
 * Source mentions: the noun phrases that name who information comes from. Arabic phrases are
 * read forward from a cue (verb-subject order: "وأكد المتحدث باسم الكرملين دميتري بيسكوف") or
 * after "according to" words; English ones backward from a cue ("Kremlin spokesman Dmitry
 * Peskov said"), forward after it ("said Tom Reyes, an economist at ..."), with appositives
 * kept and relative clauses left out. Anonymity phrases ("رفضت الكشف عن هويتها", "who asked
 * not to be named") make a mention anonymous and give its reason.
 */
import { categoryBit } from './compile-lexicon';
import { raisingBefore } from './raising';
import type { Gender } from './lexicon';
import { GAP_COLON, GAP_COMMA, GAP_DASH, GAP_NEWLINE, GAP_QUOTE, GAP_STOP, GAP_PAREN, fitsAt, isWord, matchOf, type Doc, type Sentence } from './doc';
import type { Language } from './types';

/** A mention of a source. Offsets into the normalised text; token range `[from, to)`. */
export interface Mention {
  start: number;
  end: number;
  readonly from: number;
  readonly to: number;
  readonly language: Language;
  anonymous: boolean;
  /** The stated reason for anonymity, as offsets. */
  reason?: { start: number; end: number };
  /** The role phrase of an unnamed source (the mention without its anonymity phrase). */
  role?: { start: number; end: number };
  gender?: Gender;
  /** Found only as a possible subject; becomes a source when something links to it. */
  latent: boolean;
  /** Token index after the mention with its anonymity phrase and reason. */
  next: number;
}

const MAX_NP = 12; // tokens: longer stretches are clauses, not names

const HARD_GAP = GAP_COMMA | GAP_COLON | GAP_STOP | GAP_DASH | GAP_PAREN;

function mentionOf(doc: Doc, lang: Language, from: number, to: number, end?: number): Mention {
  return { start: doc.tokens.s[from]!, end: end ?? doc.tokens.e[to - 1]!, from, to, language: lang, anonymous: false, latent: false, next: to };
}

/** Role gender carried by any token of the mention (spokesman, متخصصة). */
export function genderOfMention(doc: Doc, m: Mention): Gender | undefined {
  for (let k = m.from; k < m.to; k++) {
    const r = matchOf(doc, m.language, k, 'roles');
    if (r?.phrase.gender) return r.phrase.gender;
  }
  return undefined;
}

/**
 * Extends a mention over a following anonymity phrase and reason ("متخصصة ... رفضت الكشف عن
 * هويتها لأسباب أمنية"). Arabic keeps the phrase in the mention; English keeps only
 * post-modifiers ("familiar with the matter"), not relative clauses ("who asked not to be
 * named"), as the fixtures' conventions say.
 */
export function attachAnonymity(doc: Doc, m: Mention, limit: number): number {
  let k = m.to;
  // Skip a comma before an English "who spoke on condition of anonymity".
  const anon = k < limit ? matchOf(doc, m.language, k, 'anonymity') : null;
  if (!anon) return k;
  m.anonymous = true;
  m.role = { start: m.start, end: m.end };
  const keep = m.language === 'ar' || !/^(?:who|speaking|on|because)$/.test(doc.tokens.w[k]!);
  k = anon.to;
  m.next = k;
  if (keep) m.end = doc.tokens.e[k - 1]!;
  // A reason may follow, possibly after "because".
  for (let r = k; r < Math.min(limit, k + 6); r++) {
    const reason = matchOf(doc, m.language, r, 'reasons');
    if (reason) {
      m.reason = { start: doc.tokens.s[r]!, end: doc.tokens.e[reason.to - 1]! };
      if (keep && r === k) m.end = m.reason.end;
      m.next = reason.to;
      return reason.to;
    }
    if (doc.gaps[r]! & (GAP_STOP | GAP_COLON)) break;
  }
  return k;
}

/**
 * Reads an Arabic noun phrase forward from token `i`, stopping at punctuation, complementisers,
 * cues, prepositions (except "في" + place: "قوات حفتر في شرق ليبيا"), an addressee's ل
 * ("لوكالة"), a coordinated و-phrase. A quoted name after "لـ"/"وكالة" is part of it.
 * Returns null when no phrase starts at `i`.
 */
export function readArabicPhrase(doc: Doc, s: Sentence, i: number, opts: { stopAtCoordination: boolean }): Mention | null {
  const lang = s.language;
  const toks = doc.tokens;
  let j = i;
  let end = -1;
  const startsName = (k: number): boolean => {
    const q = toks.q[k] ?? -1;
    return q >= 0 && doc.quotes[q]!.isName;
  };
  if (j >= s.to) return null;
  if (toks.q[j]! >= 0 && !startsName(j)) return null;
  if (isStopWord(doc, lang, j)) return null;
  while (j < s.to && j - i < MAX_NP) {
    const tq = toks.q[j]!;
    const tw = toks.w[j]!;
    if (j > i && doc.gaps[j]! & HARD_GAP) break;
    if (tq >= 0) {
      if (!startsName(j)) break;
      const q = doc.quotes[tq]!;
      while (j < s.to && toks.q[j]! === tq) j++;
      end = q.close;
      continue;
    }
    if (j > i && doc.gaps[j]! & GAP_QUOTE && toks.q[j - 1]! < 0) break;
    if (j > i) {
      if (tw === 'في' && isWord(doc, lang, j + 1, 'npPlaces')) {
        j += 2;
        end = toks.e[j - 1]!;
        continue;
      }
      // "عدد من المواطنين", "الكثير من السكان": a quantifier's من stays inside the phrase
      if (isStopWord(doc, lang, j) && !(lang === 'ar' && (matchOf(doc, lang, j - 1, 'vague')?.to ?? 0) > j)) break;
      if (matchOf(doc, lang, j, 'anonymity')) break;
      if (tw.length >= 4 && tw[0] === 'ل' && !hasPlainMatch(doc, lang, j) && startsWithLamName(doc, lang, j)) break;
      if (opts.stopAtCoordination && tw[0] === 'و' && tw.length > 3 && !hasPlainMatch(doc, lang, j)) break;
    }
    end = toks.e[j]!;
    j++;
  }
  if (j === i || end < 0) return null;
  return mentionOf(doc, lang, i, j, end);
}

/** Whether a phrase matches at token `j` as written, with no proclitic stripped (`matchAt` without building it). */
function hasPlainMatch(doc: Doc, lang: Language, j: number): boolean {
  const cands = doc.matcher(lang).candidatesAt(doc.tokens, j);
  for (let c = 0; c < cands.length; c++) if (cands[c]!.prefix === '' && fitsAt(doc, cands[c]!.phrase, j)) return true;
  return false;
}

/** Whether an outlet or name introducer matches at token `j` behind a لـ ("لوكالة", "لفرانس24"). */
function startsWithLamName(doc: Doc, lang: Language, j: number): boolean {
  const cands = doc.matcher(lang).candidatesAt(doc.tokens, j);
  for (let c = 0; c < cands.length; c++) {
    const { phrase: p, prefix } = cands[c]!;
    if (prefix.startsWith('ل') && (p.category === 'nameIntroducers' || p.category === 'outlets') && fitsAt(doc, p, j)) return true;
  }
  return false;
}

const STOP_BITS = (['complementizers', 'cues', 'accordingTo', 'clauseBoundaries', 'relativePronouns', 'cueAdjuncts', 'npStops'] as const).reduce(
  (m, c) => m | categoryBit(c),
  0,
);

function isStopWord(doc: Doc, lang: Language, k: number, withPrepositions = true): boolean {
  const matcher = doc.matcher(lang);
  if ((matcher.maskAt(doc.tokens, k) & STOP_BITS) === 0) return false;
  const cands = matcher.candidatesAt(doc.tokens, k);
  for (let i = 0; i < cands.length; i++) {
    const { phrase: p, prefix } = cands[i]!;
    const c = p.category;
    const stop = c === 'complementizers' || c === 'cues' || c === 'accordingTo' || c === 'clauseBoundaries' || c === 'relativePronouns' || c === 'cueAdjuncts';
    if ((stop || (withPrepositions && c === 'npStops' && prefix === '')) && fitsAt(doc, p, k)) return true;
  }
  return false;
}

/** Whether token k starts with an upper-case letter in the raw text. */
function cap(doc: Doc, k: number): boolean {
  return doc.tokens.cap[k] === 1;
}

/**
 * Reads an English noun phrase forward from `i` ("said union leader Siobhan O'Brien, ...",
 * "according to the civil defence, which ..."): words up to punctuation or a stop word, then an
 * appositive ", a researcher at the centre" when one follows. Null when none starts at `i`.
 */
export function readEnglishPhraseForward(doc: Doc, s: Sentence, i: number, appositive = true, greedy = false): Mention | null {
  const lang = s.language;
  const toks = doc.tokens;
  if (i >= s.to || toks.q[i]! >= 0) return null;
  if (isStopWord(doc, lang, i) && !isWord(doc, lang, i, 'determiners')) return null;
  if (!cap(doc, i) && !isWord(doc, lang, i, 'determiners') && !isWord(doc, lang, i, 'roles') && !isSourceNoun(doc, lang, i) && !/^\d/.test(toks.w[i]!) && !roleAhead(doc, s, i)) return null;
  let j = i + 1;
  while (j < s.to && j - i < MAX_NP) {
    const g = doc.gaps[j]!;
    // "Dr. Fatou Ndiaye": a full stop after an abbreviation does not end the phrase.
    if (g & GAP_STOP && !(isWord(doc, lang, j - 1, 'abbreviations') && (g & ~GAP_STOP) === 0)) break;
    if (g & (HARD_GAP & ~GAP_STOP) || toks.q[j]! >= 0 || g & GAP_QUOTE) break;
    if (isStopWord(doc, lang, j) || isWord(doc, lang, j, 'npStops')) break;
    if (!cap(doc, j) && !isWord(doc, lang, j, 'npPrepositions') && !isWord(doc, lang, j, 'roles') && !isWord(doc, lang, j, 'determiners') && !isSourceNoun(doc, lang, j)) {
      // lower-case words are kept only inside a phrase that goes on to a role or a name
      let k = j;
      while (k < s.to && k - j < 3 && !cap(doc, k) && !isWord(doc, lang, k, 'roles') && !isSourceNoun(doc, lang, k) && !(doc.gaps[k]! & HARD_GAP) && !isStopWord(doc, lang, k)) k++;
      if (k < s.to && (cap(doc, k) || isWord(doc, lang, k, 'roles') || isSourceNoun(doc, lang, k)) && !(doc.gaps[k]! & HARD_GAP)) {
        j = k;
        continue;
      }
      break;
    }
    j++;
  }
  if (greedy && lang === 'en') {
    // "according to a just-released poll from Florida Atlantic University broadcast on MSNBC,": up to the punctuation
    while (j < s.to && j - i < MAX_NP + 4 && !(doc.gaps[j]! & (HARD_GAP | GAP_QUOTE)) && toks.q[j]! < 0) {
      const c = doc.matcher(lang).hasMaskAt(toks, j);
      if (c & (COMPLEMENTIZER_BIT | CUE_BIT | RELATIVE_BIT)) break;
      j++;
    }
  }
  let parenEnd: number | undefined;

  if (lang === 'en' && appositive && j < s.to && j > i && doc.gaps[j]! & GAP_PAREN && !(doc.gaps[j]! & (GAP_STOP | GAP_COMMA | GAP_COLON)) && cap(doc, j - 1)) {
    // "said Rep. Ann Roe (D-N.M.), head of the caucus": a short parenthesis (a party and state) after the name
    let k = j + 1;
    while (k < s.to && k - j < 4 && !(doc.gaps[k]! & GAP_PAREN)) k++;
    const close = doc.text.indexOf(')', toks.e[k - 1]!);

    if (k - j <= 3 && close >= 0 && close < (k < s.to ? toks.s[k]! : s.end)) {
      parenEnd = close + 1;
      j = k;
    }
  }
  const m = mentionOf(doc, lang, i, j, parenEnd);
  const after = attachAnonymity(doc, m, s.to);
  if (appositive && after === j && j < s.to && doc.gaps[j]! & GAP_COMMA && (isWord(doc, lang, j, 'determiners') || (lang === 'en' && isWord(doc, lang, j, 'roles') && !cap(doc, j))) && !/^\d/.test(toks.w[j]!)) {
    // appositive: ", an economist at the University of Kingsbridge", ", head of the caucus"
    let k = j + 1;
    while (k < s.to && !(doc.gaps[k]! & HARD_GAP) && toks.q[k]! < 0 && k - j < 12) k++;
    m.end = toks.e[k - 1]!;
  }
  return m;
}

const COMPLEMENTIZER_BIT = categoryBit('complementizers');
const CUE_BIT = categoryBit('cues');
const RELATIVE_BIT = categoryBit('relativePronouns');

/** A common noun that names a source by itself: "officials", "experts", "polls". */
function isSourceNoun(doc: Doc, lang: Language, k: number): boolean {
  return lang === 'en' && (isWord(doc, lang, k, 'anonymousSources') || isWord(doc, lang, k, 'vague') || isWord(doc, lang, k, 'reportNouns'));
}

/** Words that open a clause: an English subject starts after them ("believe that many economists say"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'if', 'because', 'as', 'after', 'before', 'since', 'although', 'though', 'whether', 'where', 'that', 'so', 'but', 'and', 'than', 'until', 'unless', 'once']);

function isLeftBoundary(doc: Doc, lang: Language, k: number): boolean {
  if (SUBORDINATORS.has(doc.tokens.w[k]!)) {
    // "and" between two names is coordination, not a clause start: "Rhea Vance and Tom Reyes said"
    const w = doc.tokens.w[k]!;
    if ((w === 'and' || w === 'but') && k > 0 && cap(doc, k - 1) && cap(doc, k + 1)) return false;
    return !(w === 'and' && coordinatesSourceNoun(doc, lang, k));
  }
  return isStopWord(doc, lang, k, false);
}

/** Words that may stand between a source noun and a coordinating "and" inside one subject. */
const COORDINATED_MODIFIERS: ReadonlySet<string> = new Set(['of', 'on', 'in', 'at', 'from', 'the', 'a', 'an']);

/**
 * Whether the "and" at `k` coordinates inside a source's phrase: an unnamed or vague noun before
 * it, with at most a short modifier of prepositions and names between ("Union leaders and
 * staffers", "Planners on flood defences and coastal erosion", "Local observers in
 * Vermont and around the region").
 */
function coordinatesSourceNoun(doc: Doc, lang: Language, k: number): boolean {
  if (lang !== 'en') return false;
  let plain = true; // only names and modifier words so far
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    if (doc.gaps[j + 1]! & (HARD_GAP | GAP_QUOTE)) return false;
    // "Experts on river defences and ...": a preposition right after the noun opens its modifier
    if (isSourceNoun(doc, lang, j)) return plain || (j + 1 < k && COORDINATED_MODIFIERS.has(doc.tokens.w[j + 1]!) && doc.tokens.w[j + 1] !== 'the');
    if (isStopWord(doc, lang, j, false) || isWord(doc, lang, j, 'auxiliaries') || isWord(doc, lang, j, 'pronouns')) return false;
    if (!cap(doc, j) && !COORDINATED_MODIFIERS.has(doc.tokens.w[j]!)) plain = false;
  }
  return false;
}

/** "advisers to Mr. Okafor": the full stop before token `k` ends an abbreviation, not a sentence or phrase. */
function abbreviationStop(doc: Doc, lang: Language, k: number): boolean {
  return lang === 'en' && k > 0 && (doc.gaps[k]! & ~GAP_STOP) === 0 && isWord(doc, lang, k - 1, 'abbreviations') && cap(doc, k);
}


/**
 * Whether the comma-separated stretch before token `k` opens sentence `s` with a preposition or
 * a time adverbial ("In Iowa,", "Earlier Wednesday,"): a fronted adverbial, not a subject.
 */
function frontedBefore(doc: Doc, s: Sentence, k: number): boolean {
  let b = k - 1;
  while (b > s.from && !(doc.gaps[b]! & (HARD_GAP | GAP_QUOTE))) b--;
  if (b !== s.from || k - b > 8) return false;
  return isWord(doc, s.language, b, 'npStops') || matchOf(doc, s.language, b, 'cueAdverbials') !== null || LEADING_SUBORDINATORS.has(doc.tokens.w[b]!);
}

/** "transport analyst Rhea Vance", "exit polls": a role or source word within the next words, no punctuation between. */
function roleAhead(doc: Doc, s: Sentence, i: number): boolean {
  for (let k = i + 1; k < s.to && k - i <= 3; k++) {
    if (doc.gaps[k]! & HARD_GAP) return false;
    if (isWord(doc, s.language, k, 'roles') || isSourceNoun(doc, s.language, k)) return true;
    if (isStopWord(doc, s.language, k)) return false;
  }
  return false;
}

/**
 * The English subject before a cue at token `c` ("Kremlin spokesman Dmitry Peskov said",
 * "Harbourline Logistics, which operates the port, said", "Sarah Whitfield, a labour economist
 * at Ohio State University, said"). Returns the mention, `pronoun` with its token, or null.
 */
export function readEnglishSubjectBefore(
  doc: Doc,
  s: Sentence,
  c: number,
): { mention: Mention } | { pronoun: number } | { relative: number } | null {
  const lang = s.language;
  const toks = doc.tokens;
  let e = c; // exclusive end of the subject span
  for (let guard = 0; guard < 4; guard++) {
    const e0 = e;
    while (e - 1 >= s.from && !(doc.gaps[e]! & HARD_GAP) && isWord(doc, lang, e - 1, 'auxiliaries') && toks.q[e - 1]! < 0) e--;
    // "She appeared to imply": a raising verb and "to" before an infinitive cue
    if (lang === 'en' && !(doc.gaps[e]! & HARD_GAP) && !(doc.gaps[e - 1]! & HARD_GAP)) {
      // "went on to say": three words
      const r = raisingBefore((i) => (i >= s.from ? toks.w[i] : undefined), e);
      if (r > 0 && !(r === 3 && doc.gaps[e - 2]! & HARD_GAP)) e -= r;
    }
    // "Grassley on Wednesday downplayed", "Smith last week said": a time adverbial before the cue
    if (lang === 'en') {
      for (let n = 3; n >= 1; n--) {
        if (e - n < s.from || doc.gaps[e]! & HARD_GAP) continue;
        const a = matchOf(doc, lang, e - n, 'cueAdverbials');
        if (a && a.to === e) {
          e -= n;
          break;
        }
      }
    }
    if (e === e0) break;
  }
  // "Sen. Bernie Sanders (I-Vt.) defended": a short parenthesis (a party and state) before the cue
  if (lang === 'en' && e - 1 > s.from && doc.gaps[e]! & GAP_PAREN) {
    for (let k = e - 1; k >= Math.max(s.from + 1, e - 3); k--) {
      if (doc.gaps[k]! & GAP_PAREN) {
        e = k;
        break;
      }
    }
  }
  if (e - 1 < s.from || doc.gaps[e]! & (GAP_STOP | GAP_COLON) || toks.q[e - 1]! >= 0) return null;
  let appositiveEnd = -1;
  let anonymous: { from: number } | null = null;
  if (doc.gaps[e]! & GAP_COMMA) {
    // ", which operates the port," / ", a labour economist at ...," / ", UNHCR," / ", who spoke ..."
    // English takes up to six such segments: "Woodrow Benford, 58, who lives outside Minneapolis, says",
    // "Donna Reyes, 59, of Milford, Del., who attended the rally, said"
    for (let seg = 0; seg < (lang === 'en' ? 6 : 1) && (seg === 0 || doc.gaps[e]! & GAP_COMMA); seg++) {
      let k = e - 1;
      while (k > s.from && !(doc.gaps[k]! & HARD_GAP) && toks.q[k]! < 0) k--;
      // "“...,” Helen T. Marsh, director of ..., said": the comma closing a quote starts the clause
      const afterQuote = k > s.from && (toks.q[k - 1]! >= 0 || (doc.gaps[k]! & GAP_QUOTE) !== 0);
      if (k <= s.from || !(doc.gaps[k]! & GAP_COMMA) || toks.q[k]! >= 0 || afterQuote) {
        if (seg === 0) return null;
        break;
      }
      // "In Iowa, Cruz, who ..., said", "Earlier Wednesday, Smith, 54, said": the segment after a fronted adverbial is the subject
      if (lang === 'en' && seg > 0 && frontedBefore(doc, s, k)) break;
      const w = toks.w[k]!;
      if (/^\d+$/.test(w) && e - k === 1) {
        // an age: "Smith, 54, said"
      } else if (w === 'who' || w === 'which' || w === 'speaking' || matchOf(doc, lang, k, 'anonymity')) {
        if (matchOf(doc, lang, k, 'anonymity') || matchOf(doc, lang, k + 1, 'anonymity')) anonymous = { from: k };
      } else if (isWord(doc, lang, k, 'determiners') || cap(doc, k) || (lang === 'en' && (w === 'of' || w === 'from' || isWord(doc, lang, k, 'roles')))) {
        // an appositive or a place ("Smith, of Dayton, Ohio, said"): the mention runs to the last one
        if (appositiveEnd < 0) appositiveEnd = toks.e[e - 1]!;
      } else if (!(lang === 'en' && k - 1 >= s.from && cap(doc, k - 1))) {
        if (seg === 0) return null;
        break;
      }
      // else "John Archer, wearing a campaign T-shirt, said": a modifier after a name, left out
      e = k;
    }
  } else {
    // "two diplomats who asked not to be named said"
    for (let k = Math.max(s.from, e - 8); k < e; k++) {
      const a = matchOf(doc, lang, k, 'anonymity');
      if (a && a.to === e && k > s.from && (toks.w[k]! === 'who' || toks.w[k]! === 'speaking')) {
        anonymous = { from: k };
        e = k;
        break;
      }
    }
  }
  // "idealists who wanted ...": the relative pronoun is the subject
  if (lang === 'en' && isWord(doc, lang, e - 1, 'relativePronouns') && !anonymous) return { relative: e - 1 };
  // Clause start: after the last hard punctuation or quote before e.
  let b = e - 1;
  while (b > s.from && !(doc.gaps[b]! & (HARD_GAP | GAP_QUOTE) && !abbreviationStop(doc, lang, b)) && toks.q[b - 1]! < 0 && e - b < MAX_NP && !(lang === 'en' && (isLeftBoundary(doc, lang, b - 1) || doc.gaps[b]! & GAP_NEWLINE))) b--;
  if (e - b >= MAX_NP) return null;
  if (b === e - 1 && isWord(doc, lang, b, 'pronouns')) return { pronoun: b };
  if (b === e - 1 && isWord(doc, lang, b, 'relativePronouns')) return { relative: b };
  // Leading conjunctions are not part of the subject.
  while (b < e && (toks.w[b]! === 'and' || toks.w[b]! === 'but')) b++;
  if (b >= e) return null;
  if (lang === 'en') {
    // "tweeted a photograph and said": a coordinated cue shares the clause's subject
    if (toks.w[e - 1] === 'and' || toks.w[e - 1] === 'but' || toks.w[e - 1] === 'or') return null;
    // "every time he thinks": a pronoun right before the cue is its subject
    if (e - 1 > b && isWord(doc, lang, e - 1, 'pronouns')) return { pronoun: e - 1 };
    // "When Trump said", "In Kentucky, Trump said": a leading subordinator or preposition is not part of it
    while (b < e - 1 && isWord(doc, lang, b, 'npStops')) b++;
    // "a", "the", "Y": a determiner or a letter alone is no source ("some", "many" are: vague)
    if (e - b === 1 && ((isWord(doc, lang, b, 'determiners') && !isWord(doc, lang, b, 'vague')) || toks.w[b]!.length === 1)) return null;
  }
  if (!cap(doc, b) && !isWord(doc, lang, b, 'determiners') && !/^\d/.test(toks.w[b]!)) {
    // "civil defence spokesman Georges Haddad": a title and a name
    let role = false;
    let unnamed = false; // "officials said", "experts say", "polls show"
    for (let k = b; k < e; k++) {
      if (isWord(doc, lang, k, 'roles')) role = true;
      if (isWord(doc, lang, k, 'anonymousSources') || isWord(doc, lang, k, 'vague') || isWord(doc, lang, k, 'reportNouns')) unnamed = true;
    }
    if (!unnamed && (!role || !cap(doc, e - 1))) return null;
  }
  for (let k = b; k < e; k++) {
    // a verb inside the span means it is a clause, not a name ("Not everyone is convinced"); so does a subject pronoun ("He met experts and officials")
    if (isWord(doc, lang, k, 'hedges') || isWord(doc, lang, k, 'auxiliaries') || isStopWord(doc, lang, k, false)) return null;
    if (lang === 'en' && k === b && k < e - 1 && isWord(doc, lang, k, 'pronouns')) return null;
  }
  const m = mentionOf(doc, lang, b, e);
  if (appositiveEnd > 0) m.end = appositiveEnd;
  // "of Dover, Del., said": an abbreviation keeps its point
  if (lang === 'en' && doc.text.charCodeAt(m.end) === 0x2e && doc.text.charCodeAt(m.end + 1) === 0x2c) m.end++;
  if (anonymous) {
    m.anonymous = true;
    m.role = { start: m.start, end: m.end };
    for (let r = anonymous.from; r < c; r++) {
      const reason = matchOf(doc, lang, r, 'reasons');
      if (reason) {
        m.reason = { start: toks.s[r]!, end: toks.e[reason.to - 1]! };
        break;
      }
    }
  } else {
    // "A source familiar with the matter said": the phrase is inside the span.
    for (let k = b + 1; k < e; k++) {
      if (matchOf(doc, lang, k, 'anonymity')) {
        m.anonymous = true;
        m.role = { start: m.start, end: toks.e[k - 1]! };
        break;
      }
    }
  }
  return { mention: m };
}

/**
 * The English phrase a sentence opens with, kept as a possible subject for a participle cue
 * ("Veltron spokesman David Cho rejected that reading, saying ...") or a quote introduced by a
 * colon. It must hold a role word or two capitalised words.
 */
/** Subordinators that may open an English sentence before its subject. */
const LEADING_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'after', 'before', 'because', 'although', 'though', 'since', 'if', 'once', 'until', 'as']);

export function readLeadingPhrase(doc: Doc, s: Sentence): Mention | null {
  const lang = s.language;
  if (lang === 'ar') return null;
  const toks = doc.tokens;
  // "When Trump finally wrapped up, ...": the phrase starts after a subordinator
  const from = lang === 'en' && s.from + 1 < s.to && LEADING_SUBORDINATORS.has(toks.w[s.from]!) && !(doc.gaps[s.from + 1]! & (HARD_GAP | GAP_QUOTE)) ? s.from + 1 : s.from;
  let j = from;
  let caps = 0;
  let role = false;
  while (j < s.to && j - from < MAX_NP && toks.q[j]! < 0) {
    if (j > from && doc.gaps[j]! & (HARD_GAP | GAP_QUOTE)) break;
    if (cap(doc, j)) caps++;
    else if (isWord(doc, lang, j, 'roles')) role = true;
    else if (!(j === from && isWord(doc, lang, j, 'determiners'))) break;
    j++;
  }
  if (j === from || j >= s.to) return null;
  // "Lopez: Well, ...": a single name before a colon opens a speaker's turn
  const turn = lang === 'en' && from === s.from && caps >= 1 && doc.gaps[j]! & GAP_COLON && j - s.from <= 4;
  if (caps < 2 && !role && !turn) return null;
  // "On Tuesday, ...": a fronted time or place phrase is not a subject
  if (lang === 'en' && isWord(doc, lang, from, 'npStops')) return null;
  const m = mentionOf(doc, lang, from, j);
  m.latent = true;
  return m;
}

/**
 * Arabic unnamed sources marked by an anonymity phrase, wherever they are: the role phrase
 * before the phrase ("متخصصة في الشؤون الليبية رفضت الكشف عن هويتها لأسباب أمنية").
 */
export function findArabicAnonymous(doc: Doc, s: Sentence): readonly Mention[] {
  let out: Mention[] | undefined; // made for the few sentences that have one
  const lang = s.language;
  const matcher = doc.matcher(lang); // once a sentence, not once a word
  for (let k = s.from + 1; k < s.to; k++) {
    // the word's mask first: most words are no anonymity phrase's first word
    if ((matcher.maskAt(doc.tokens, k) & ANONYMITY_BIT) === 0) continue;
    const a = matchOf(doc, lang, k, 'anonymity');
    if (!a) continue;
    // the nearest role word before, within the phrase
    let r = k - 1;
    while (r >= s.from && k - r <= 6 && !matchOf(doc, lang, r, 'roles') && !matchOf(doc, lang, r, 'anonymousSources')) {
      if (doc.gaps[r + 1]! & HARD_GAP) break;
      r--;
    }
    if (r < s.from || k - r > 6 || !(matchOf(doc, lang, r, 'roles') || matchOf(doc, lang, r, 'anonymousSources'))) continue;
    const m = mentionOf(doc, lang, r, k);
    attachAnonymity(doc, m, s.to);
    const g = genderOfMention(doc, m);
    if (g) m.gender = g;
    (out ??= []).push(m);
    k = a.to - 1;
  }
  return out ?? NO_MENTIONS;
}

const NO_MENTIONS: readonly Mention[] = [];
const ANONYMITY_BIT = categoryBit('anonymity');
