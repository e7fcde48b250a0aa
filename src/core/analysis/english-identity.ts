/**
 * The identity of an English (or French) source mention, read from its head noun: the last word
 * of the noun phrase before a post-modifier ("of", "at", "for", a relative clause, an
 * appositive's comma). "spokesman Josh Earnest" has a name for head: named; "White House
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
const QUANTITY: ReadonlySet<string> = new Set(['chorus', 'number', 'handful', 'host', 'slew', 'couple', 'lot', 'lots', 'series', 'bunch', 'majority', 'minority', 'share', 'percent', 'half', 'third', 'quarter', 'group', 'groups', 'dozens', 'hundreds', 'thousands', 'millions', 'most', 'many', 'some', 'all', 'none', 'few', 'each', 'one', 'two', 'three', 'several', 'both']);

/** A number word or figure. */
const NUMBER = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$/;

/** Determiners that present one unnamed individual or a few: "a spokeswoman", "one analyst", "two diplomats". */
const INDEFINITE = /^(?:a|an|one|another|two|three|four|five|several|a few)$/;

/** What {@link englishMentionIdentity} found: the identity, and whether a proper name is the head. */
export interface MentionIdentity {
  readonly identity: Identity;
  /** The head is a name ("Josh Earnest", "the Pentagon"): it names the source outright. */
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
  // "A chorus of prominent Republicans", "Nearly eight of 10 voters": a quantity of a group is the group
  for (let guard = 0; guard < 2 && end < m.to && toks.w[end] === 'of' && end + 1 < m.to && (QUANTITY.has(toks.w[end - 1]!) || NUMBER.test(toks.w[end - 1]!)); guard++) {
    from = end + 1;
    end = coreEnd(doc, m, from);
  }
  let head = end - 1;
  // "Many people involved", "These voters specifically": a trailing participle or adverb is no head
  while (head > from && toks.cap[head] !== 1 && (matcher.hasMaskAt(toks, head) & LIST_BITS) === 0 && /(?:ed|ing|ly)$/.test(toks.w[head]!)) head--;
  const headBits = matcher.hasMaskAt(toks, head);
  const first = toks.w[m.from]!;
  // an appositive that names the source: "a lawyer for the outlets, David Schulz"
  let last = m.to - 1;
  // the appositive may lie past `to` (the mention's end was extended over it)
  while (last + 1 < toks.length && toks.e[last + 1]! <= m.end) last++;
  const comma = commaAfter(doc, head, last);
  if (last > head && toks.cap[last] === 1 && (matcher.hasMaskAt(toks, last) & LIST_BITS) === 0 && comma > 0 && toks.cap[comma] === 1 && (matcher.hasMaskAt(toks, comma) & LIST_BITS) === 0) return { identity: 'named', byName: true };
  // a document or poll: vague without a named producer (before it, or after "by"/"from");
  // "the report" refers back to one; "polls in Pennsylvania" names a place, not a producer
  for (let k = from; k < end; k++) {
    if ((matcher.hasMaskAt(toks, k) & REPORT_BIT) !== 0) return { identity: first === 'the' || producerNamed(doc, m, k) ? 'named' : 'vague', byName: false };
  }
  if (toks.cap[head] === 1 && (headBits & LIST_BITS) === 0 && !/ans$/.test(toks.w[head]!)) return { identity: 'named', byName: true };
  if (first === 'the' && headBits & VAGUE_BIT && !(headBits & ANONYMOUS_BIT) && from === m.from) return { identity: 'named', byName: false }; // "the researchers": a group named before
  // "The Europeans", "Mexicans": a people
  if (toks.cap[head] === 1 && /ans$/.test(toks.w[head]!) && (headBits & LIST_BITS) === 0) return { identity: 'vague', byName: false };
  const quantified = head > m.from && (matcher.hasMaskAt(toks, m.from) & VAGUE_BIT) !== 0; // "some officials", "many Democrats"
  if (headBits & VAGUE_BIT || endsVaguePhrase(doc, m, head + 1)) return { identity: 'vague', byName: false };
  if (headBits & ANONYMOUS_BIT) return { identity: quantified && first !== 'some' && first !== 'several' ? 'vague' : 'anonymous', byName: false };
  // "a Washington-based developer", "one questioner": an unnamed person by a person's role
  if (head > m.from && INDEFINITE.test(first) && isPersonRole(doc, m, head)) return { identity: 'anonymous', byName: false };
  return { identity: 'named', byName: false };
}

/** Whether a vague phrase of several words ends the core: "aid agencies", "media reports". */
function endsVaguePhrase(doc: Doc, m: Mention, end: number): boolean {
  for (let k = m.from; k < end - 1; k++) {
    const v = matchOf(doc, m.language, k, 'vague');
    if (v && v.to === end) return true;
  }
  return false;
}

/** The end of the core noun phrase starting at `from`: before a post-modifier, a pronoun ("everyone I interviewed") or an appositive. */
function coreEnd(doc: Doc, m: Mention, from: number): number {
  const matcher = doc.matcher(m.language);
  let end = from + 1;
  while (end < m.to) {
    if (doc.gaps[end]! & (GAP_COMMA | GAP_DASH | GAP_PAREN | GAP_COLON)) break;
    const bits = matcher.hasMaskAt(doc.tokens, end);
    const w = doc.tokens.w[end]!;
    if (bits & (NP_STOP_BIT | NP_PREPOSITION_BIT | RELATIVE_BIT | PRONOUN_BIT) && w !== 'and' && w !== 'or') break;
    end++;
  }
  return end;
}

/** Whether a document at token `k` has a named producer: a name before it in the phrase, or after "by"/"from". */
function producerNamed(doc: Doc, m: Mention, k: number): boolean {
  const toks = doc.tokens;
  const matcher = doc.matcher(m.language);
  const isName = (i: number): boolean => toks.cap[i] === 1 && (matcher.hasMaskAt(toks, i) & LIST_BITS) === 0 && !(i === m.from && i === sentenceStart(doc, i));
  for (let i = m.from; i < k; i++) if (isName(i)) return true;
  for (let i = k + 1; i + 1 < m.to; i++) {
    const w = toks.w[i]!;
    if ((w === 'by' || w === 'from' || w === 'of' || w === 'for') && isName(i + 1)) return true;
    if ((w === 'by' || w === 'from') && i + 2 < m.to && toks.w[i + 1] === 'the' && isName(i + 2)) return true;
  }
  return false;
}

function isPersonRole(doc: Doc, m: Mention, k: number): boolean {
  const r = matchOf(doc, m.language, k, 'roles');
  return r !== null && (r.phrase.kind === 'person' || r.phrase.gender !== undefined);
}

/** The first token after `from`, up to `to`, that follows a comma ("a lawyer for X, David Schulz": "David"), or -1. */
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
 * (the earlier "spokesman Josh Earnest" of a later "the spokesman"), else anonymous when one
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
