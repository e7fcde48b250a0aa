/**
 * The identity of an English (or French) source mention, read from its head noun: the last word
 * of the noun phrase before a post-modifier ("of", "at", "for", a relative clause, an
 * appositive's comma). "spokesman Daniel Okafor" has a name for head: named; "White House
 * officials", "a Disney spokesman", "his aides", "one analyst" have an unnamed person or
 * insiders for head: anonymous; "Republicans", "experts", "some", "polls" (no named producer)
 * have a collective for head: vague. The word classes are the lexicon's `anonymousSources`,
 * `vague`, `roles` and `reportNouns` (lexicons/README.md).
 */
import { categoryBit } from './compile-lexicon';
import { GAP_COMMA, GAP_DASH, GAP_PAREN, GAP_COLON, matchOf, type Doc } from './doc';
import type { Mention } from './find-mentions';
import type { Identity } from './types';

const ANONYMOUS_BIT = categoryBit('anonymousSources');
const VAGUE_BIT = categoryBit('vague');
const ROLE_BIT = categoryBit('roles');
const REPORT_BIT = categoryBit('reportNouns');
const DETERMINER_BIT = categoryBit('determiners');
const NP_STOP_BIT = categoryBit('npStops');
const NP_PREPOSITION_BIT = categoryBit('npPrepositions');
const RELATIVE_BIT = categoryBit('relativePronouns');
const PRONOUN_BIT = categoryBit('pronouns');
const LIST_BITS = ANONYMOUS_BIT | VAGUE_BIT | ROLE_BIT | REPORT_BIT | DETERMINER_BIT;

/** Nouns of quantity whose "of" phrase is the group: "a chorus of", "a number of", "the majority of". */
const QUANTITY: ReadonlySet<string> = new Set(['chorus', 'coalition', 'array', 'variety', 'range', 'wave', 'basketful', 'percentage', 'number', 'handful', 'host', 'slew', 'couple', 'lot', 'lots', 'series', 'bunch', 'majority', 'minority', 'share', 'percent', 'half', 'third', 'quarter', 'group', 'groups', 'dozens', 'hundreds', 'thousands', 'millions', 'most', 'many', 'some', 'all', 'none', 'few', 'each', 'one', 'two', 'three', 'several', 'both']);

/** A number word or figure. */
const NUMBER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$/;

/** Determiners that present one unnamed individual or a few: "a spokeswoman", "one analyst", "two diplomats". */
const INDEFINITE = /^(?:a|an|one|another|two|three|four|five|several|a few)$/;

/** What {@link englishMentionIdentity} found: the identity, and whether a proper name is the head. */
export interface MentionIdentity {
  readonly identity: Identity;
  /** The head is a name ("Daniel Okafor", "the Pentagon"): it names the source outright. */
  readonly byName: boolean;
}

/** The identity of one English mention; `m.anonymous` (an anonymity clause) wins. */
export function englishMentionIdentity(doc: Doc, m: Mention): MentionIdentity {
  if (m.anonymous) return { identity: 'anonymous', byName: false };
  const toks = doc.tokens;
  const matcher = doc.matcher(m.language);
  // the core noun phrase: up to a post-modifier or an appositive
  let from = m.from;
  let end = coreEnd(doc, m, from);
  // "A chorus of senior Democrats", "Roughly seven of 10 parents": a quantity of a group is the group
  for (let guard = 0; guard < 2 && end < m.to && toks.w[end] === 'of' && end + 1 < m.to && (QUANTITY.has(toks.w[end - 1]!) || NUMBER.test(toks.w[end - 1]!)); guard++) {
    from = end + 1;
    end = coreEnd(doc, m, from);
  }
  // "the vast majority of them", "some of those": a share of a group named before is still an open group
  if (from < m.to && from > m.from && toks.w[from - 1] === 'of' && QUANTITY.has(toks.w[from - 2] ?? '') && /^(?:them|us|those|these)$/.test(toks.w[from]!)) return { identity: 'vague', byName: false };
  let head = end - 1;
  // "Many parents involved", "These farmers specifically": a trailing participle or adverb is no head
  while (head > from && toks.cap[head] !== 1 && (matcher.hasMaskAt(toks, head) & LIST_BITS) === 0 && /(?:ed|ing|ly)$/.test(toks.w[head]!)) head--;
  const headBits = possessiveBits(doc, m, head) || matcher.hasMaskAt(toks, head);
  const first = toks.w[m.from]!;
  // "how many people", "among others", "offering advice on ...": a clause or an adjunct, not a source's phrase
  if (first === 'among' || (NOT_A_PHRASE.has(first) && m.from + 1 < m.to && /^(?:many|most|much|few)$/.test(toks.w[m.from + 1]!))) return { identity: 'named', byName: false };
  // an appositive that names the source: "a lawyer for the two papers, Ruth Adeyemi"
  let last = m.to - 1;
  // the appositive may lie past `to` (the mention's end was extended over it)
  while (last + 1 < toks.length && toks.e[last + 1]! <= m.end) last++;
  const comma = commaAfter(doc, head, last);
  if (last > head && toks.cap[last] === 1 && (matcher.hasMaskAt(toks, last) & LIST_BITS) === 0 && comma > 0 && toks.cap[comma] === 1 && (matcher.hasMaskAt(toks, comma) & LIST_BITS) === 0) return { identity: 'named', byName: true };
  // a document or poll: vague without a named producer (before it, or after "by"/"from");
  // "the report" refers back to one; "polls in Ohio" names a place, not a producer
  for (let k = from; k < end; k++) {
    // "a new poll" is one poll, that the article names or describes: only polls without a producer in general are vague ("exit polls", "recent surveys")
    if ((matcher.hasMaskAt(toks, k) & REPORT_BIT) !== 0) return { identity: first === 'the' || (ONE_POLL.has(toks.w[k]!) && namesAPoll(doc)) || producerNamed(doc, m, k) ? 'named' : 'vague', byName: false };
  }
  if (toks.cap[head] === 1 && (headBits & LIST_BITS) === 0 && !/ans$/.test(toks.w[head]!)) return { identity: 'named', byName: true };
  // "The Harbour Courier", "Former Harbour Mayor Says", "Finance Committee Republicans": a listed
  // word after a name, in a run of capitals, is part of a name, a defined group or a title-case headline
  if (toks.cap[head] === 1 && head > m.from && toks.cap[head - 1] === 1 && (matcher.hasMaskAt(toks, head - 1) & (ANONYMOUS_BIT | VAGUE_BIT | DETERMINER_BIT)) === 0 && head - 1 !== sentenceStart(doc, head - 1) && !allCaps(doc, head)) return { identity: 'named', byName: false };
  // "Parents for Safe Streets": a capitalised collective with a capitalised "for"/"of" phrase is an organisation's name
  if (toks.cap[head] === 1 && head === m.from && head + 2 < toks.length && /^(?:for|of)$/.test(toks.w[head + 1]!) && toks.cap[head + 2] === 1 && (matcher.hasMaskAt(toks, head + 2) & LIST_BITS) === 0 && (m.to > head + 2 || toks.e[head + 2]! <= m.end)) return { identity: 'named', byName: true };
  // "the Republican": a party member with a definite article is a person named before
  if (first === 'the' && head === m.from + 1 && /^(?:democrat|republican)$/.test(toks.w[head]!)) return { identity: 'named', byName: false };
  if (first === 'the' && headBits & VAGUE_BIT && !(headBits & ANONYMOUS_BIT) && from === m.from) return { identity: 'named', byName: false }; // "the researchers": a group named before
  // "The Europeans", "Mexicans": a people
  if (toks.cap[head] === 1 && /ans$/.test(toks.w[head]!) && (headBits & LIST_BITS) === 0) return { identity: 'vague', byName: false };
  // "members of Congress", "members of the House": lawmakers, an open collective; "a member of Congress" is one unnamed person
  if (toks.w[head] === 'members' && legislatureAfter(doc, m, head)) return { identity: 'vague', byName: false };
  const quantified = head > m.from && (matcher.hasMaskAt(toks, m.from) & VAGUE_BIT) !== 0; // "some officials", "many Democrats"
  // "Lily Stone, a former tax aide": an appositive to a name before it is that named person (GUIDELINES)
  if (appositiveOfName(doc, m)) return { identity: 'named', byName: false };
  // "some Republicans privately doubt ...": people said to speak privately are withheld, not an open collective
  if ((headBits & (VAGUE_BIT | ANONYMOUS_BIT)) !== 0 && speaksPrivately(doc, m)) return { identity: 'anonymous', byName: false };
  // "Union leaders and staffers", "Republicans and rural economists": an open collective among the conjuncts makes the group open
  if (headBits & VAGUE_BIT || endsVaguePhrase(doc, m, head + 1) || vagueConjunct(doc, m, from, head)) return { identity: 'vague', byName: false };
  if (headBits & ANONYMOUS_BIT) return { identity: quantified && first !== 'some' && first !== 'several' ? 'vague' : 'anonymous', byName: false };
  // "a Denver-based engineer", "one caller": an unnamed person by a person's role
  if (head > m.from && INDEFINITE.test(first) && isPersonRole(doc, m, head)) return { identity: 'anonymous', byName: false };
  // "Former union chairman urges ...": a bare person role with no name and no determiner
  if (head > m.from && toks.cap[head] !== 1 && (matcher.hasMaskAt(toks, m.from) & DETERMINER_BIT) === 0 && !POSSESSIVE_TOKEN.test(toks.w[m.from]!) && isPersonRole(doc, m, head) && !hasNameBefore(doc, m, head)) return { identity: 'anonymous', byName: false };
  return { identity: 'named', byName: false };
}

/** Whether "of Congress", "of the House", "of Parliament" follows token `head` inside the mention. */
function legislatureAfter(doc: Doc, m: Mention, head: number): boolean {
  const w = doc.tokens.w;
  if (w[head + 1] !== 'of' || head + 2 >= m.to) return false;
  const k = w[head + 2] === 'the' ? head + 3 : head + 2;
  return k < m.to && /^(?:congress|house|senate|parliament|legislature|assembly)$/.test(w[k]!);
}

/** Question words: before a quantifier they open a clause ("how many people", "what most voters"), not a source's phrase. */
const NOT_A_PHRASE: ReadonlySet<string> = new Set(['how', 'what', 'why', 'whether', 'which']);

/** Report nouns of one document: "a new poll", "the survey" are the poll the article names, when it names one. */
const ONE_POLL: ReadonlySet<string> = new Set(['poll', 'survey']);

/** Per text: whether it names the poll it reports by its producer somewhere ("the Harbour Courier poll", "the Lakeside University survey"). */
const NAMES_A_POLL = new WeakMap<Doc, boolean>();

/** Whether the article names a poll or survey by its producer: a capitalised word, not opening its sentence, right before "poll"/"survey", the phrase not opening with "a" (another poll). */
function namesAPoll(doc: Doc): boolean {
  let r = NAMES_A_POLL.get(doc);
  if (r === undefined) {
    r = false;
    const toks = doc.tokens;
    for (let k = 1; k < toks.length && !r; k++) {
      if (!ONE_POLL.has(toks.w[k]!) || toks.cap[k - 1] !== 1 || doc.gaps[k]! & (GAP_COMMA | GAP_DASH | GAP_PAREN | GAP_COLON)) continue;
      if ((doc.matcher('en').hasMaskAt(toks, k - 1) & LIST_BITS) !== 0 || k - 1 === sentenceStart(doc, k - 1)) continue;
      // "The Harbour Courier poll showed" refers back to the poll; "A Harbour University poll found" is another one
      let b = k - 1;
      while (b > 0 && toks.cap[b - 1] === 1 && (doc.matcher('en').hasMaskAt(toks, b - 1) & DETERMINER_BIT) === 0 && k - b < 6) b--;
      if (b === 0 || !/^(?:a|an|another|one)$/.test(toks.w[b - 1]!)) r = true;
    }
    NAMES_A_POLL.set(doc, r);
  }
  return r;
}

/** Whether a conjunct before an "and" of the core has an open collective for head ("Union leaders and staffers"). */
function vagueConjunct(doc: Doc, m: Mention, from: number, head: number): boolean {
  const matcher = doc.matcher(m.language);
  for (let k = from + 1; k < head; k++) {
    if (doc.tokens.w[k] === 'and' && (matcher.hasMaskAt(doc.tokens, k - 1) & VAGUE_BIT) !== 0 && (matcher.hasMaskAt(doc.tokens, k - 1) & DETERMINER_BIT) === 0) return true;
  }
  return false;
}

/** Adverbs that say a group spoke without being named: "privately", "anonymously". */
const PRIVATELY: ReadonlySet<string> = new Set(['privately', 'anonymously']);

/** Whether the mention is followed, in its clause, by "privately" ("some Republicans privately doubt the bill", "... have privately said"). */
function speaksPrivately(doc: Doc, m: Mention): boolean {
  const toks = doc.tokens;
  for (let k = m.to; k < toks.length && k - m.to < 3; k++) {
    if (doc.gaps[k]! & (GAP_COMMA | GAP_DASH | GAP_PAREN | GAP_COLON) && k > m.to) return false;
    if (PRIVATELY.has(toks.w[k]!)) return true;
  }
  return false;
}

/** Whether an indefinite description is an appositive to a name just before it: "Lily Stone, a former tax aide". */
function appositiveOfName(doc: Doc, m: Mention): boolean {
  const toks = doc.tokens;
  const k = m.from;
  if (k === 0 || !(doc.gaps[k]! & GAP_COMMA) || !/^(?:a|an)$/.test(toks.w[k]!)) return false;
  const p = k - 1;
  return toks.cap[p] === 1 && p > 0 && toks.cap[p - 1] === 1 && (doc.matcher(m.language).hasMaskAt(toks, p) & LIST_BITS) === 0 && p - 1 !== sentenceStart(doc, p);
}

/** The class bits of a possessive head's base ("the nurse's" of "the nurse's account"), or 0. */
function possessiveBits(doc: Doc, m: Mention, k: number): number {
  const w = doc.tokens.w[k]!;
  if (!/['\u2019]s$/.test(w)) return 0;
  const base = w.slice(0, -2);
  const matcher = doc.matcher(m.language);
  return (matcher.has('anonymousSources', base) ? ANONYMOUS_BIT : 0) | (matcher.has('vague', base) ? VAGUE_BIT : 0) | (matcher.has('roles', base) ? ROLE_BIT : 0);
}

/** Whether token `k` is written in capitals ("FELLOW NURSES"): emphasis, not a name. */
function allCaps(doc: Doc, k: number): boolean {
  const w = doc.text.slice(doc.tokens.s[k]!, doc.tokens.e[k]!);
  return w.length > 1 && w === w.toUpperCase();
}

/** Whether a vague phrase of several words ends the core: "aid agencies", "media reports". */
function endsVaguePhrase(doc: Doc, m: Mention, end: number): boolean {
  for (let k = m.from; k < end - 1; k++) {
    const v = matchOf(doc, m.language, k, 'vague');
    if (v && v.to === end) return true;
  }
  return false;
}

/** The end of the core noun phrase starting at `from`: before a post-modifier, a pronoun ("everyone we asked") or an appositive. */
function coreEnd(doc: Doc, m: Mention, from: number): number {
  const matcher = doc.matcher(m.language);
  let end = from + 1;
  while (end < m.to) {
    if (doc.gaps[end]! & (GAP_COMMA | GAP_DASH | GAP_PAREN | GAP_COLON)) break;
    const bits = matcher.hasMaskAt(doc.tokens, end);
    const w = doc.tokens.w[end]!;
    if (bits & (NP_STOP_BIT | NP_PREPOSITION_BIT | RELATIVE_BIT | PRONOUN_BIT) && w !== 'and' && w !== 'or') break;
    // "Demonstrators marching past the depot", "Republicans supporting the bill": a participle after a source noun modifies it
    if (/ing$/.test(w) && (bits & LIST_BITS) === 0 && (matcher.hasMaskAt(doc.tokens, end - 1) & (ANONYMOUS_BIT | VAGUE_BIT | REPORT_BIT)) !== 0) break;
    end++;
  }
  return end;
}

/** Whether a document at token `k` has a named producer: a name before it in the phrase, or after "by"/"from". */
function producerNamed(doc: Doc, m: Mention, k: number): boolean {
  const toks = doc.tokens;
  const matcher = doc.matcher(m.language);
  // "the Republican National Committee": a listed word opening a run of capitals is a name's
  const isName = (i: number): boolean => toks.cap[i] === 1 && ((matcher.hasMaskAt(toks, i) & LIST_BITS) === 0 || (i + 1 < m.to && toks.cap[i + 1] === 1)) && !(i === m.from && i === sentenceStart(doc, i));
  for (let i = m.from; i < k; i++) if (isName(i)) return true;
  for (let i = k + 1; i + 1 < m.to; i++) {
    const w = toks.w[i]!;
    if ((w === 'by' || w === 'from' || w === 'of' || w === 'for') && isName(i + 1)) return true;
    if ((w === 'by' || w === 'from') && i + 2 < m.to && toks.w[i + 1] === 'the' && isName(i + 2)) return true;
    // "Data from the 2019 Harbour Household Survey": a year before the producer's name
    if ((w === 'by' || w === 'from') && i + 3 < m.to && toks.w[i + 1] === 'the' && /^\d+$/.test(toks.w[i + 2]!) && isName(i + 3)) return true;
  }
  return false;
}

/** A possessive token: "Okafor's" in "Okafor's former campaign manager". */
const POSSESSIVE_TOKEN = /['\u2019]s$/;

/** Whether a capitalised word before the head names someone (not a title-case modifier such as "Former", "DNC", "House"). */
function hasNameBefore(doc: Doc, m: Mention, head: number): boolean {
  for (let k = m.from; k < head; k++) if (POSSESSIVE_TOKEN.test(doc.tokens.w[k]!)) return true;
  return false;
}

function isPersonRole(doc: Doc, m: Mention, k: number): boolean {
  const r = matchOf(doc, m.language, k, 'roles');
  return r !== null && (r.phrase.kind === 'person' || r.phrase.gender !== undefined);
}

/** The first token after `from`, up to `to`, that follows a comma ("a lawyer for X, Ruth Adeyemi": "Ruth"), or -1. */
function commaAfter(doc: Doc, from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) if (doc.gaps[k]! & GAP_COMMA) return k;
  return -1;
}

/** The first token of the sentence holding token `k` (its capital says nothing about a name). */
function sentenceStart(doc: Doc, k: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ss[mid]!.to <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo < ss.length ? ss[lo]!.from : -1;
}

/**
 * The identity of an English source from its mentions: named when one names it outright
 * (the earlier "spokesman Daniel Okafor" of a later "the spokesman"), else anonymous when one
 * is, else vague when one is, else named.
 */
export function englishSourceIdentity(doc: Doc, mentions: readonly Mention[]): Identity {
  let anonymous = false;
  let vague = false;
  let named = false;
  for (const m of mentions) {
    const r = englishMentionIdentity(doc, m);
    if (r.byName) return 'named';
    if (r.identity === 'anonymous') anonymous = true;
    else if (r.identity === 'vague') vague = true;
    else named = true;
  }
  if (anonymous) return 'anonymous';
  if (vague && !named) return 'vague';
  return vague ? 'vague' : 'named';
}
