/**
 * Sources and speakers: merges mentions into sources ("Peskov" is "Kremlin spokesman Dmitry
 * Peskov"; "المتخصصة بالشأن الليبي" is the earlier "متخصصة في الشؤون الليبية"; "the official"
 * is the earlier "A senior European Union official"), resolves cues without a subject to the
 * most recent compatible speaker (Arabic verb gender must agree; "she" skips a man), and gives
 * every direct quote its speaker: the signature after it (“…” ― Name), else the nearest cue in its sentence, else the previous quote of
 * its paragraph, else the source introducing it with a colon, else none.
 */
import type { Attribution } from './find-cues';
import { GAP_COLON, GAP_COMMA, GAP_DASH, GAP_PAREN, GAP_QUOTE, GAP_STOP, isWord, matchOf, type Doc } from './doc';
import { arabicVariants } from './compile-lexicon';
import { genderOfMention, type Mention } from './find-mentions';
import type { Gender } from './lexicon';
import { isRegExpSpace } from '../text/regexp-space';

/** A source being built. */
export interface SourceDraft {
  readonly mentions: Mention[];
  /** Indexes over the mentions for merging: ranges, last words, single names, words, Arabic stems. */
  readonly ranges: RangeSet;
  readonly lastWords: Set<string>;
  readonly singleNames: Set<string>;
  readonly words: Set<string>;
  /** Some mention names a person: an antecedent for "he"/"she". */
  person: boolean;
  gender?: Gender;
  /** Has spoken (a cue's subject, an "according to" object): an antecedent for "she said". */
  speaker: boolean;
  /** Offset of its last mention or cue. */
  lastPos: number;
}

/**
 * A set of ranges `[start, end)`. Numbers, not `${start}:${end}` strings: building and hashing
 * a string per mention made a third of addMention's time at 10 MB. Exact for any offsets: a
 * second range at the same start (rare) goes to a set of string keys.
 */
export class RangeSet {
  /** The end of the first range added at each start. */
  private readonly ends = new Map<number, number>();
  /** Further ranges sharing a start with an earlier one, as `start:end`. */
  private more: Set<string> | undefined;

  /** Adds `[start, end)`; false when it was there already. */
  add(start: number, end: number): boolean {
    const e = this.ends.get(start);
    if (e === undefined) {
      this.ends.set(start, end);
      return true;
    }
    if (e === end) return false;
    const key = `${start}:${end}`;
    this.more ??= new Set();
    if (this.more.has(key)) return false;
    this.more.add(key);
    return true;
  }
}

/** What {@link linkSpeakers} returns. */
export interface Linked {
  readonly sources: SourceDraft[];
  /** Speaker source index per `doc.quotes` entry, -1 for none (names get -1). */
  readonly quoteSpeakers: Int32Array;
}

/** How many of the latest sources a surname opening an uncued quote's sentence is looked up in. */
const SURNAME_SCAN = 64;

/** Capitalised words that open a sentence without naming anyone. */
const NOT_NAMES: ReadonlySet<string> = new Set(['unless', 'if', 'when', 'while', 'although', 'though', 'because', 'since', 'after', 'before', 'once', 'until', 'whether', 'where', 'what', 'why', 'how', 'who', 'yet', 'still', 'also', 'then', 'now', 'here', 'there', 'thus', 'hence', 'indeed', 'instead', 'even', 'only', 'just', 'not', 'nor', 'both', 'either', 'neither', 'all', 'most', 'few', 'such', 'perhaps', 'maybe', 'never', 'yes', 'asked', 'told']);

/** Punctuation after an opening word that makes it no subject ("Yes, ...", "Wow!"). */
const OPENING_BREAKS = GAP_COMMA | GAP_COLON | GAP_STOP | GAP_DASH | GAP_QUOTE | GAP_PAREN;

const NO_ATTRIBUTIONS: readonly Attribution[] = [];

function mentionPos(m: Mention): number {
  return m.start;
}

/**
 * `list` ordered by `posOf`, stably: `list` itself when it is in order already (the passes
 * emit their items in text order, so a check is all it costs), else a sorted copy.
 */
function sortedByPos<T>(list: readonly T[], posOf: (x: T) => number): readonly T[] {
  for (let i = 1; i < list.length; i++) if (posOf(list[i]!) < posOf(list[i - 1]!)) return [...list].sort((x, y) => posOf(x) - posOf(y));
  return list;
}

/** The speaker of the last attribution of `list` that has one, or -1. */
function lastWithSpeaker(list: readonly Attribution[]): number {
  for (let k = list.length - 1; k >= 0; k--) if (list[k]!.speaker >= 0) return list[k]!.speaker;
  return -1;
}

/** What lies between a quote and its signature: a dash, maybe spaces. */
const SIGNATURE_GAP = /^\s*[-\u2013\u2014\u2015]+\s*$/;

/**
 * Whether `text[start, end)` holds white space other than single spaces (`/\s\s|[^\S ]/`):
 * the key needs it folded. A scan of code units, not the regular expression on a slice: it
 * runs on every mention, and the regular expression cost as much as the rest of keyOf.
 */
function needsFolding(text: string, start: number, end: number): boolean {
  let prevSpace = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return true;
      prevSpace = true;
    } else if (isRegExpSpace(c)) return true;
    else prevSpace = false;
  }
  return false;
}

function keyOf(doc: Doc, m: Mention): string {
  let k = m.from;
  if (m.language !== 'ar') while (k < m.to - 1 && isWord(doc, m.language, k, 'determiners') && !isDigitCode(doc.tokens.w[k]!.charCodeAt(0))) k++;
  const start = doc.tokens.s[k]!;
  const key = doc.text.slice(start, m.end);
  return needsFolding(doc.text, start, m.end) ? key.replace(/\s+/g, ' ') : key;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether a mention names a person (a person's role, a name of capitalised words). */
function isPersonMention(doc: Doc, m: Mention): boolean {
  {
    if (m.anonymous) return true;
    let caps = 0;
    let orgRole = false;
    for (let k = m.from; k < m.to; k++) if (matchOf(doc, m.language, k, 'outlets')) return false;
    for (let k = m.from; k < m.to; k++) {
      const r = matchOf(doc, m.language, k, 'roles');
      if (r?.phrase.kind === 'person' || r?.phrase.gender) return true;
      if (r) orgRole = true;
      if (doc.tokens.cap[k]!) caps++;
    }
    if (!orgRole && caps >= 2 && caps === m.to - m.from) return true;
    if (!orgRole && caps === 1 && m.to - m.from === 1) return true;
  }
  return false;
}

/**
 * Builds the sources from the attributions (in text order) and the other mentions, and
 * assigns speakers to attributions and quotes.
 */
export function linkSpeakers(doc: Doc, attributions: Attribution[], standalone: readonly Mention[], latentBySentence: readonly (Mention | null)[]): Linked {
  return new SpeakerLinker(doc, latentBySentence).link(attributions, standalone);
}

/**
 * The state of one {@link linkSpeakers} call. A class, not closures made per call: V8 keeps
 * the methods' optimised code from one analysis to the next (a new closure per call is a new
 * call target, and the calling code was deoptimised on every analysis).
 */
class SpeakerLinker {
  private readonly sources: SourceDraft[] = [];
  private readonly byKey = new Map<string, number>();
  // Latent phrases ("Ohio Governor Mark Daniels welcomed ...") by key and by last word.
  private readonly latentByKey = new Map<string, Mention>();
  private readonly latentByLast = new Map<string, Mention>();
  // The stems of an Arabic word behind its proclitics, once per distinct word of the text.
  private readonly stems = new Map<string, readonly string[]>();

  constructor(
    private readonly doc: Doc,
    private readonly latentBySentence: readonly (Mention | null)[],
  ) {}

  private addLatent(l: Mention): void {
    const doc = this.doc;
    this.latentByKey.set(keyOf(doc, l), l);
    this.latentByLast.set(doc.tokens.w[l.to - 1]!, l);
  }

  private dropLatent(l: Mention): void {
    const doc = this.doc;
    if (this.latentByKey.get(keyOf(doc, l)) === l) this.latentByKey.delete(keyOf(doc, l));
    const w = doc.tokens.w[l.to - 1]!;
    if (this.latentByLast.get(w) === l) this.latentByLast.delete(w);
  }

  /** The source whose surname opens English sentence `si` before offset `before` ("Petrilli, who ..., called it “...”"), or -1. */
  private openingSurname(si: number, before: number): number {
    const doc = this.doc;
    const s = doc.sentences[si]!;
    const k = s.from;
    if (k >= s.to || !doc.tokens.cap[k] || doc.tokens.e[k]! > before || doc.tokens.q[k]! >= 0) return -1;
    if (k + 1 < s.to && doc.tokens.cap[k + 1] && !(doc.gaps[k + 1]! & GAP_COMMA)) return -1;
    const w = doc.tokens.w[k]!;
    // the most recent sources only: the scan stays bounded per quote (linear in the article)
    for (let i = this.sources.length - 1; i >= Math.max(0, this.sources.length - SURNAME_SCAN); i--) if (this.sources[i]!.lastWords.has(w) && this.sources[i]!.person) return i;
    return -1;
  }

  /**
   * A name of one capitalised word opening English sentence `si` (after a fronted adverbial
   * closed by a comma, "In recent weeks,"), followed by a lower-case word that is no determiner
   * or role: the subject of the clause ("Okafor touted her record", "Okafor has cast ...").
   * Null when the sentence opens otherwise or the word ends at or after offset `before`.
   */
  private openingName(si: number, before: number): Mention | null {
    const doc = this.doc;
    const toks = doc.tokens;
    const s = doc.sentences[si]!;
    const lang = s.language;
    let k = s.from;
    if (k < s.to && (isWord(doc, lang, k, 'npStops') || matchOf(doc, lang, k, 'cueAdverbials'))) {
      // a fronted adverbial: the name comes after its comma
      let c = k + 1;
      while (c < s.to && c - k < 6 && !(doc.gaps[c]! & GAP_COMMA) && toks.q[c]! < 0) c++;
      if (c >= s.to || !(doc.gaps[c]! & GAP_COMMA) || toks.q[c]! >= 0) return null;
      k = c;
    }
    if (k + 1 >= s.to || toks.q[k]! >= 0 || toks.q[k + 1]! >= 0 || !toks.cap[k] || toks.cap[k + 1] || toks.e[k + 1]! > before) return null;
    if (doc.gaps[k + 1]! & OPENING_BREAKS) return null;
    const w = toks.w[k]!;
    const next = toks.w[k + 1]!;
    if (w.length < 3 || NOT_NAMES.has(w) || /['\u2019]s$/.test(w) || /^\d/.test(next)) return null;
    if (isWord(doc, lang, k, 'determiners') || isWord(doc, lang, k, 'pronouns') || isWord(doc, lang, k, 'npStops') || matchOf(doc, lang, k, 'cueAdverbials') || matchOf(doc, lang, k, 'cues')) return null;
    // "Okafor has ...": an auxiliary may follow; a preposition ("Today at ...") may not
    if (isWord(doc, lang, k + 1, 'determiners') || isWord(doc, lang, k + 1, 'roles') || (isWord(doc, lang, k + 1, 'npStops') && !isWord(doc, lang, k + 1, 'auxiliaries'))) return null;
    return { start: toks.s[k]!, end: toks.e[k]!, from: k, to: k + 1, language: lang, anonymous: false, latent: false, next: k + 1 };
  }

  /**
   * The subject of English sentence `si` holding an uncued quote that opens at `open`: its
   * opening name phrase ("Petra Lind, the council's treasurer, called the plan “a fantasy”"), a
   * known surname, or a name alone ("Clinton touted ..."); -1 when none.
   */
  private clauseSubject(si: number, open: number): number {
    const lead = this.leading(si);
    if (lead && lead.end <= open) {
      this.dropLatent(lead);
      return this.findOrCreate(lead, true);
    }
    if (lead) return -1;
    const known = this.openingSurname(si, open);
    if (known >= 0) return known;
    const name = this.openingName(si, open);
    return name ? this.findOrCreate(name, true) : -1;
  }

  private leading(si: number): Mention | null {
    return this.latentBySentence[si] ?? null;
  }

  private stemsOf(w: string): readonly string[] {
    let list = this.stems.get(w);
    if (!list) this.stems.set(w, (list = arabicVariants(w).map((v) => v.stem)));
    return list;
  }

  /** Adds mention `m` (whose {@link keyOf} is `key`) to source `idx`. */
  private addMention(idx: number, m: Mention, key: string): number {
    const doc = this.doc;
    const src = this.sources[idx]!;
    if (src.ranges.add(m.start, m.end)) {
      src.mentions.push(m);
      if (!src.person && isPersonMention(doc, m)) src.person = true;
      const lastW = doc.tokens.w[m.to - 1]!;
      // "advisers to Harbourline": a name after a post-modifier is not the mention's own last name
      if (doc.tokens.cap[m.to - 1] && !this.hasPostModifier(m)) src.lastWords.add(lastW);
      if (m.to - m.from === 1 && doc.tokens.cap[m.from]) src.singleNames.add(lastW);
      if (src.words.size < 64) {
        for (let k = m.from; k < m.to; k++) {
          const w = doc.tokens.w[k]!;
          src.words.add(w);
          if (m.language === 'ar') for (const stem of this.stemsOf(w)) src.words.add(stem);
        }
      }
    }
    this.byKey.set(key, idx);
    src.lastPos = Math.max(src.lastPos, m.start);
    if (!src.gender && m.gender) src.gender = m.gender;
    return idx;
  }

  private lastWord(m: Mention): string {
    return this.doc.tokens.w[m.to - 1]!;
  }

  private allCaps(m: Mention): boolean {
    for (let k = m.from; k < m.to; k++) if (!this.doc.tokens.cap[k]!) return false;
    return true;
  }

  /** "A spokeswoman for Ruth Adeyemi": a name after "for"/"of"/"at" is not the mention's own name. */
  private hasPostModifier(m: Mention): boolean {
    for (let k = m.from + 1; k < m.to - 1; k++) {
      const w = this.doc.tokens.w[k]!;
      if (w === 'for' || w === 'of' || w === 'at' || w === 'from' || w === 'with' || w === 'to') return true;
    }
    return false;
  }

  private findSame(m: Mention, key: string): number {
    const doc = this.doc;
    const sources = this.sources;
    const exact = this.byKey.get(key);
    if (exact !== undefined) return exact;
    const n = m.to - m.from;
    if (m.language !== 'ar' && this.allCaps(m) && n <= 2 && !m.anonymous) {
      for (let i = sources.length - 1; i >= 0; i--) if (sources[i]!.lastWords.has(this.lastWord(m))) return i;
    }
    if (m.language !== 'ar' && doc.tokens.cap[m.to - 1]! && n >= 2 && !this.hasPostModifier(m)) {
      for (let i = sources.length - 1; i >= 0; i--) if (sources[i]!.singleNames.has(this.lastWord(m))) return i;
    }
    // a definite role phrase refers back: "the official", "the ministry", "المتخصصة بالشأن الليبي"
    if (n <= 3) {
      let stem: string | null = null;
      if (m.language === 'ar') {
        const r = matchOf(doc, m.language, m.from, 'roles');
        const v = r ? arabicVariants(doc.tokens.w[m.from]!).find((x) => x.prefix.endsWith('ال')) : undefined;
        if (v && r) stem = v.stem;
        if (stem) {
          for (let i = sources.length - 1; i >= 0; i--) if (sources[i]!.words.has(stem)) return i;
        }
      } else if (doc.tokens.w[m.from]! === 'the' && isWord(doc, m.language, m.to - 1, 'roles') && !doc.tokens.cap[m.to - 1]!) {
        const w = this.lastWord(m);
        for (let i = sources.length - 1; i >= 0; i--) if (sources[i]!.words.has(w)) return i;
      }
    }
    return -1;
  }

  private findOrCreate(m: Mention, speaking: boolean): number {
    const doc = this.doc;
    const sources = this.sources;
    const key = keyOf(doc, m);
    let idx = this.findSame(m, key);
    if (idx < 0) {
      // a latent phrase ("Ohio Governor Mark Daniels welcomed the decision") it names
      const l = this.latentByKey.get(key) ?? (m.to - m.from <= 2 && this.allCaps(m) ? this.latentByLast.get(this.lastWord(m)) : undefined);
      idx = sources.length;
      sources.push({ mentions: [], ranges: new RangeSet(), lastWords: new Set(), singleNames: new Set(), words: new Set(), person: false, speaker: false, lastPos: m.start });
      if (l) {
        // the same words read twice (the sentence's opening phrase is the subject) are one mention
        if (l.end <= m.start || m.end <= l.start) this.addMention(idx, l, keyOf(doc, l));
        this.dropLatent(l);
      }
    }
    this.addMention(idx, m, key);
    if (speaking) sources[idx]!.speaker = true;
    const src = sources[idx]!;
    if (!src.gender) {
      // only a source without a gender yet needs the mention's: its roles are read only then
      const g = m.gender ?? genderOfMention(doc, m);
      if (g) src.gender = g;
    }
    return idx;
  }

  private antecedent(gender: Gender | undefined, persons: boolean): number {
    const sources = this.sources;
    let best = -1;
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i]!;
      if (!s.speaker || (best >= 0 && s.lastPos <= sources[best]!.lastPos)) continue;
      if (gender && gender !== 'n' && s.gender && s.gender !== gender) continue;
      if (persons && !s.person) continue;
      best = i;
    }
    return best;
  }

  /** Whether the quote opening at `open` starts sentence `si` and that sentence starts its paragraph. */
  private opensParagraph(si: number, open: number): boolean {
    const s = this.doc.sentences[si]!;
    if (s.start !== open && this.doc.text.slice(s.start, open).trim() !== '') return false;
    return si === 0 || this.doc.sentences[si - 1]!.paragraph < s.paragraph;
  }

  /** Whether quote `qi` ends its paragraph but for its cue ("..., she said."): the last sentence holds nothing after it but a short cue clause. */
  private endsParagraph(qi: number): boolean {
    const doc = this.doc;
    const q = doc.quotes[qi]!;
    // the sentence holding the closing mark: binary search (sentences are sorted and disjoint)
    let lo = 0;
    let hi = doc.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (doc.sentences[mid]!.end <= q.close) lo = mid + 1;
      else hi = mid;
    }
    const k = Math.min(lo, doc.sentences.length - 1);
    const s = doc.sentences[k]!;
    const next = doc.sentences[k + 1];
    if (next && next.paragraph === s.paragraph) return false;
    return s.end - q.close < 60;
  }

  link(attributions: Attribution[], standalone: readonly Mention[]): Linked {
    const doc = this.doc;
    const sources = this.sources;
    // Events in text order: latent phrases, attributions, standalone mentions, each list by
    // position, the earlier list first on a tie. A merge of the three lists, not an event
    // object per item and a sort of all of them: that made 4% of the linking time at 10 MB
    // and the polymorphic `ev.l`/`ev.m`/`ev.a` reads slowed the loop (same order: Array sort
    // is stable, and so is sortedByPos).
    const latents = sortedByPos(this.latentBySentence.filter((l): l is Mention => l !== null), mentionPos);
    const atts = sortedByPos(attributions, (a) => doc.tokens.s[a.cueFrom]!);
    const mentions = sortedByPos(standalone, mentionPos);
    // by sentence index (an array, not a Map: a 10 MB article has some 30,000 sentences)
    const bySentence: (Attribution[] | undefined)[] = new Array<Attribution[] | undefined>(doc.sentences.length);
    let li = 0;
    let ai = 0;
    let mi = 0;
    while (li < latents.length || ai < atts.length || mi < mentions.length) {
      const lp = li < latents.length ? latents[li]!.start : Infinity;
      const ap = ai < atts.length ? doc.tokens.s[atts[ai]!.cueFrom]! : Infinity;
      const mp = mi < mentions.length ? mentions[mi]!.start : Infinity;
      if (lp <= ap && lp <= mp) {
        this.addLatent(latents[li++]!);
        continue;
      }
      if (mp < ap) {
        const m = mentions[mi++]!;
        this.findOrCreate(m, m.anonymous);
        continue;
      }
      const a = atts[ai++]!;
      const pos = ap;
      let list = bySentence[a.sentence];
      if (!list) bySentence[a.sentence] = list = [];
      const lead = this.leading(a.sentence);
      if (a.ref === 'subject') {
        a.speaker = this.findOrCreate(a.subjects[0]!, true);
        for (let k = 1; k < a.subjects.length; k++) this.findOrCreate(a.subjects[k]!, true);
      } else if (a.ref === 'relative') {
        a.speaker = lastWithSpeaker(list);
      } else if (a.ref === 'participle') {
        let before = -1;
        for (let k = list.length - 1; k >= 0 && before < 0; k--) {
          const x = list[k]!;
          if (x.speaker >= 0 && (!a.gender || !sources[x.speaker]!.gender || sources[x.speaker]!.gender === a.gender)) before = x.speaker;
        }
        if (before >= 0) a.speaker = before;
        else if (lead && doc.sentences[a.sentence]!.language !== 'ar') {
          this.dropLatent(lead);
          a.speaker = this.findOrCreate(lead, true);
        } else a.speaker = this.antecedent(a.gender, false);
      } else if (a.ref === 'none') {
        a.speaker = -1; // an impression or a reporting noun with no owner: no source
      } else {
        a.speaker = this.antecedent(a.gender, a.ref === 'pronoun' && (a.gender === 'm' || a.gender === 'f'));
      }
      if (a.speaker < 0 && a.ref !== 'subject' && doc.sentences[a.sentence]!.language === 'ar') {
        // Arabic agreement is loose with collectives ("قالت مصادر ... وأضاف"): the last speaker
        a.speaker = this.antecedent(undefined, false);
      }
      if (a.speaker >= 0) {
        const s = sources[a.speaker]!;
        if (a.gender && a.gender !== 'n' && !s.gender) s.gender = a.gender;
        s.lastPos = Math.max(s.lastPos, pos);
      }
      // an addressee outlet that is a source (a third-party channel) comes as a standalone mention: outlet-sources.ts
      list.push(a);
    }

    // Quote speakers.
    const quoteSpeakers = new Int32Array(doc.quotes.length).fill(-1);
    let si = 0;
    let prevQuote = -1;
    for (let qi = 0; qi < doc.quotes.length; qi++) {
      const q = doc.quotes[qi]!;
      if (q.isName) continue;
      while (si < doc.sentences.length - 1 && doc.sentences[si]!.end <= q.open) si++;
      const list = bySentence[si] ?? NO_ATTRIBUTIONS;
      let speaker = -1;
      let found = false;
      // “…” ― Name: a signature right after the quote names its speaker
      const sig = q.language === 'ar' ? undefined : list.find((a) => a.signature && doc.tokens.s[a.cueFrom]! >= q.close && SIGNATURE_GAP.test(doc.text.slice(q.close, doc.tokens.s[a.cueFrom]!)));
      if (sig) {
        speaker = sig.speaker;
        found = true;
      }
      for (let k = list.length - 1; k >= 0 && !found; k--) {
        const a = list[k]!;
        if (!a.signature && doc.tokens.s[a.cueFrom]! < q.open) {
          speaker = a.speaker;
          found = true;
          break;
        }
      }
      if (!found) {
        for (const a of list) {
          if (!a.signature && doc.tokens.s[a.cueFrom]! >= q.close) {
            speaker = a.speaker;
            found = true;
            break;
          }
        }
      }
      if (!found && q.language !== 'ar') {
        // "Mark Blumenthal and Jon Cohen: “...”": the sentence's opening phrase introduces it with a colon
        const s = doc.sentences[si]!;
        const lead = this.leading(si);
        if (lead && lead.end <= q.open && /^\s*:\s*$/.test(doc.text.slice(lead.end, q.open)) && q.open > s.start) {
          this.dropLatent(lead);
          speaker = this.findOrCreate(lead, true);
          found = true;
        }
      }
      if (!found && q.language === 'en' && q.open > doc.sentences[si]!.start) {
        // "Okafor has cast the mayor as a “hollow drum”": a sentence of its own subject, no cue read
        speaker = this.clauseSubject(si, q.open);
        found = speaker >= 0;
      }
      if (!found && prevQuote >= 0) {
        const p = doc.quotes[prevQuote]!;
        if (p.lastParagraph === q.paragraph && quoteSpeakers[prevQuote]! >= 0) {
          speaker = quoteSpeakers[prevQuote]!;
          found = true;
        } else if (q.language === 'en' && p.lastParagraph + 1 === q.paragraph && quoteSpeakers[prevQuote]! >= 0 && this.opensParagraph(si, q.open) && this.endsParagraph(prevQuote)) {
          // a paragraph that is one more quote, after a paragraph ending in a quote: the same speaker goes on
          speaker = quoteSpeakers[prevQuote]!;
          found = true;
        }
      }
      if (!found && si > 0) {
        // a quote introduced by a colon at the end of the previous paragraph
        const prev = doc.sentences[si - 1]!;
        const firstTok = doc.sentences[si]!.from;
        if (prev.paragraph < q.paragraph && doc.sentences[si]!.start === q.open && firstTok < doc.gaps.length && doc.gaps[firstTok]! & GAP_COLON) {
          found = true;
          const prevList = bySentence[si - 1] ?? NO_ATTRIBUTIONS;
          const withSpeaker = prevList.find((a) => a.speaker >= 0);
          if (withSpeaker) speaker = withSpeaker.speaker;
          else {
            const lead = this.leading(si - 1);
            if (lead) {
              this.dropLatent(lead);
              speaker = this.findOrCreate(lead, true);
            }
          }
        }
      }
      if (!found && speaker < 0 && q.language === 'en') speaker = this.clauseSubject(si, q.open);
      quoteSpeakers[qi] = speaker;
      prevQuote = qi;
    }
    return { sources, quoteSpeakers };
  }
}
