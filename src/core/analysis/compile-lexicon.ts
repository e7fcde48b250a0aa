/**
 * Compiles lexicons into a token-sequence matcher for one language. Phrases are normalised
 * with the same rules as the text (arabic-normalize), split into words, and indexed by their
 * first word; Arabic words also match behind the proclitics و ف ب ل ك and the article ال.
 */
import { normalizeKey } from '../text/arabic-normalize';
import { CLAIM_REASONS, LIST_CATEGORIES, type Gender, type Lexicon, type ListCategory } from './lexicon';
import type { TokenTable } from './tokenize';

/** A category a phrase belongs to: a list category, or `claim:<reason>`. */
export type MatchCategory = ListCategory | `claim:${string}`;

/** A compiled lexicon phrase. */
export interface Phrase {
  readonly category: MatchCategory;
  /** For `claim:<reason>` phrases, the reason (precomputed: claims are checked per word). */
  readonly reason?: string;
  readonly words: readonly string[];
  readonly gender?: Gender;
  readonly kind?: string;
}

/** A phrase that may start at a word, with the proclitics stripped to reach it ("" for none). */
export interface Candidate {
  readonly phrase: Phrase;
  readonly prefix: string;
}

/** A phrase found at a token. */
export interface PhraseMatch {
  readonly phrase: Phrase;
  /** First token index. */
  readonly from: number;
  /** TokenTable index after the last one. */
  readonly to: number;
  /** The proclitics stripped from the first token ("و", "ل", "وب"...), or "". */
  readonly prefix: string;
}

/** Lexicon matching for one language. */
export interface Matcher {
  readonly language: string;
  readonly addresseeOutletsAreSources: boolean;
  /** Every phrase matching at token `i`, longest first. */
  matchAt(tokens: TokenTable, i: number): readonly PhraseMatch[];
  /**
   * The first (longest) phrase of `category` matching at token `i`, or null: the first of
   * `matchAt(tokens, i)` with that category, without building the others.
   */
  firstAt(tokens: TokenTable, i: number, category: MatchCategory): PhraseMatch | null;
  /**
   * The {@link categoryBit}s of the phrases whose first word is token `i` (their other words
   * unchecked): a superset of the categories of `matchAt(tokens, i)`, so a pass looking for one
   * category skips, without building any match, the many tokens where it cannot start.
   */
  maskAt(tokens: TokenTable, i: number): number;
  /**
   * The phrases whose first word is token `i` (their other words unchecked), with the
   * proclitics stripped to reach them; a single-word phrase here matches at `i`. Empty past
   * the end. Lets a pass read single-word phrases without building matches.
   */
  candidatesAt(tokens: TokenTable, i: number): readonly Candidate[];
  /** `has(category, tokens.w[i])` for every category at once, as {@link categoryBit}s; 0 past the end. */
  hasMaskAt(tokens: TokenTable, i: number): number;
  /** Forgets the per-word masks of the last text (they hold its tokens). */
  release(): void;
  /** Whether the normalised word is in `category` (single-word phrases; proclitics allowed). */
  has(category: MatchCategory, word: string): boolean;
}

const NO_MATCHES: readonly PhraseMatch[] = [];
const MASK_KNOWN = 1 << 30; // in the mask caches: set once a word's mask is computed (categories use bits 0-29)

// A plain object, not a Map: the passes ask for a bit on every token, and a property load
// with a constant key is cheaper than hashing the key again.
const CATEGORY_BITS: Readonly<Record<string, number>> = Object.fromEntries([
  ...LIST_CATEGORIES.map((c, i): [string, number] => [c, 1 << i]),
  ...CLAIM_REASONS.map((r, i): [string, number] => [`claim:${r}`, 1 << (LIST_CATEGORIES.length + i)]),
]);

// The bits the switch of categoryBit returns (LIST_CATEGORIES; a category added there and
// not here still works, through the object).
const BIT_cues = CATEGORY_BITS['cues'] ?? 0;
const BIT_cueAdjuncts = CATEGORY_BITS['cueAdjuncts'] ?? 0;
const BIT_complementizers = CATEGORY_BITS['complementizers'] ?? 0;
const BIT_accordingTo = CATEGORY_BITS['accordingTo'] ?? 0;
const BIT_anonymity = CATEGORY_BITS['anonymity'] ?? 0;
const BIT_reasons = CATEGORY_BITS['reasons'] ?? 0;
const BIT_anonymousSources = CATEGORY_BITS['anonymousSources'] ?? 0;
const BIT_vague = CATEGORY_BITS['vague'] ?? 0;
const BIT_roles = CATEGORY_BITS['roles'] ?? 0;
const BIT_outlets = CATEGORY_BITS['outlets'] ?? 0;
const BIT_nameIntroducers = CATEGORY_BITS['nameIntroducers'] ?? 0;
const BIT_reportNouns = CATEGORY_BITS['reportNouns'] ?? 0;
const BIT_npStops = CATEGORY_BITS['npStops'] ?? 0;
const BIT_npPlaces = CATEGORY_BITS['npPlaces'] ?? 0;
const BIT_npPrepositions = CATEGORY_BITS['npPrepositions'] ?? 0;
const BIT_clauseBoundaries = CATEGORY_BITS['clauseBoundaries'] ?? 0;
const BIT_relativePronouns = CATEGORY_BITS['relativePronouns'] ?? 0;
const BIT_pronouns = CATEGORY_BITS['pronouns'] ?? 0;
const BIT_abbreviations = CATEGORY_BITS['abbreviations'] ?? 0;
const BIT_auxiliaries = CATEGORY_BITS['auxiliaries'] ?? 0;
const BIT_hedges = CATEGORY_BITS['hedges'] ?? 0;
const BIT_cueAdverbials = CATEGORY_BITS['cueAdverbials'] ?? 0;
const BIT_determiners = CATEGORY_BITS['determiners'] ?? 0;

/** All `claim:<reason>` bits. */
export const CLAIM_BITS = CLAIM_REASONS.reduce((m, r) => m | categoryBit(`claim:${r}`), 0);

/**
 * The bit of `category` in {@link Matcher.maskAt} masks (the categories are fewer than 30);
 * 0 for a category no lexicon can have.
 */
export function categoryBit(category: MatchCategory): number {
  // A switch over the list categories, the object for the rest: the passes ask for a bit on
  // every word with the category as an argument (matchOf, isWord), and a keyed load on the
  // object with a varying key cost 5-8x a switch of constant strings.
  switch (category) {
    case 'cues':
      return BIT_cues;
    case 'cueAdjuncts':
      return BIT_cueAdjuncts;
    case 'complementizers':
      return BIT_complementizers;
    case 'accordingTo':
      return BIT_accordingTo;
    case 'anonymity':
      return BIT_anonymity;
    case 'reasons':
      return BIT_reasons;
    case 'anonymousSources':
      return BIT_anonymousSources;
    case 'vague':
      return BIT_vague;
    case 'roles':
      return BIT_roles;
    case 'outlets':
      return BIT_outlets;
    case 'nameIntroducers':
      return BIT_nameIntroducers;
    case 'reportNouns':
      return BIT_reportNouns;
    case 'npStops':
      return BIT_npStops;
    case 'npPlaces':
      return BIT_npPlaces;
    case 'npPrepositions':
      return BIT_npPrepositions;
    case 'clauseBoundaries':
      return BIT_clauseBoundaries;
    case 'relativePronouns':
      return BIT_relativePronouns;
    case 'pronouns':
      return BIT_pronouns;
    case 'abbreviations':
      return BIT_abbreviations;
    case 'auxiliaries':
      return BIT_auxiliaries;
    case 'hedges':
      return BIT_hedges;
    case 'cueAdverbials':
      return BIT_cueAdverbials;
    case 'determiners':
      return BIT_determiners;
    default:
      return CATEGORY_BITS[category] ?? 0;
  }
}



function wordsOf(text: string): string[] {
  const norm = normalizeKey(text.replace(/\u0640/g, ''));
  return norm.split(/[\s\u00a0]+/).filter((w) => w.length > 0);
}

/**
 * The forms an Arabic word may take behind proclitics, with what was stripped: the word
 * itself first. Stems shorter than two letters are not offered.
 */
export function arabicVariants(w: string): { stem: string; prefix: string }[] {
  const out = [{ stem: w, prefix: '' }];
  const c0 = w.charCodeAt(0);
  if (c0 < 0x0621 || c0 > 0x064a) return out;
  const firsts = [{ stem: w, prefix: '' }];
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3) firsts.push({ stem: w.slice(1), prefix: w[0]! });
  for (const f of firsts) {
    if (f.prefix) out.push(f);
    const x = f.stem;
    if (x.startsWith('لل') && x.length > 3) out.push({ stem: 'ال' + x.slice(2), prefix: f.prefix + 'ل' });
    if ((x[0] === 'ب' || x[0] === 'ل' || x[0] === 'ك') && x.length > 3) {
      const y = x.slice(1);
      out.push({ stem: y, prefix: f.prefix + x[0] });
      if (y.startsWith('ال') && y.length > 3) out.push({ stem: y.slice(2), prefix: f.prefix + x[0] + 'ال' });
    }
    if (x.startsWith('ال') && x.length > 3) out.push({ stem: x.slice(2), prefix: f.prefix + 'ال' });
  }
  return out;
}

/**
 * Compiles the lexicons that apply to `language` (theirs and `any`), later ones adding to
 * earlier ones. Never throws.
 */
export function compileLexicons(lexicons: readonly Lexicon[], language: string): Matcher {
  const index = new Map<string, Phrase[]>();
  const singles = new Map<MatchCategory, Set<string>>();
  let addresseeOutletsAreSources = false;
  const add = (category: MatchCategory, text: string, gender?: Gender, kind?: string): void => {
    const words = wordsOf(text);
    const first = words[0];
    if (first === undefined) return;
    const reason = category.startsWith('claim:') ? category.slice(6) : undefined;
    const phrase: Phrase = { category, words, ...(reason ? { reason } : {}), ...(gender ? { gender } : {}), ...(kind ? { kind } : {}) };
    let list = index.get(first);
    if (!list) index.set(first, (list = []));
    list.push(phrase);
    if (words.length === 1) {
      let set = singles.get(category);
      if (!set) singles.set(category, (set = new Set()));
      set.add(first);
    }
  };
  for (const lex of lexicons) {
    if (lex.language !== language && lex.language !== 'any') continue;
    if (lex.addresseeOutletsAreSources !== undefined) addresseeOutletsAreSources = lex.addresseeOutletsAreSources;
    for (const cat of LIST_CATEGORIES) for (const e of lex.lists[cat] ?? []) add(cat, e.text, e.gender, e.kind);
    for (const r of CLAIM_REASONS) for (const e of lex.claimCues[r] ?? []) add(`claim:${r}`, e.text, e.gender, e.kind);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  const arabic = language === 'ar';
  const french = language === 'fr';
  // Matches are built on every call, not kept per token: the candidates are cached by word, so
  // building is a few string comparisons; retained per-token matches of a 10 MB text were
  // promoted and marked by the garbage collector, short-lived ones cost almost nothing.
  // By word number (TokenTable.id) of the text being analysed: 0 unknown, else mask | MASK_KNOWN.
  let maskTokens: TokenTable | undefined;
  let masks = new Int32Array(0);
  let hasMasks = new Int32Array(0);
  // The candidates by word number of the same text: an array load instead of hashing the word
  // in `byWord` on every call (the passes ask for them on every cue-like word).
  let candsById: (readonly Candidate[] | undefined)[] = [];

  // Candidate phrases by word, with the proclitics stripped to reach them: news text repeats
  // its words, so each distinct word is looked up once. Bounded so a huge text of distinct
  // words cannot grow it without limit.
  const NONE: readonly Candidate[] = [];
  const byWord = new Map<string, readonly Candidate[]>();
  const maskOf = (cands: readonly Candidate[]): number => {
    let m = 0;
    for (let k = 0; k < cands.length; k++) m |= categoryBit(cands[k]!.phrase.category);
    return m;
  };
  const WORD_CACHE_MAX = 200_000;
  const candidatesOf = (w: string): readonly Candidate[] => {
    let c = byWord.get(w);
    if (c) return c;
    let out: Candidate[] | undefined;
    const direct = index.get(w);
    if (direct) out = direct.map((phrase) => ({ phrase, prefix: '' }));
    else if (arabic) {
      // The word as written wins over a reading behind proclitics ("وسائل" is not و + "سائل").
      for (const v of arabicVariants(w)) {
        if (v.prefix === '') continue;
        const list = index.get(v.stem);
        if (!list) continue;
        out = list.map((phrase) => ({ phrase, prefix: v.prefix }));
        break;
      }
    }
    if (!out && french && w.length > 3 && (w[1] === "'" || w[1] === '\u2019') && 'ldjmnst'.includes(w[0]!)) {
      // French elision: "l'AFP" is "AFP" after the article
      const list = index.get(w.slice(2));
      if (list) out = list.map((phrase) => ({ phrase, prefix: w.slice(0, 2) }));
    }
    c = out ?? NONE;
    if (byWord.size >= WORD_CACHE_MAX) byWord.clear();
    byWord.set(w, c);
    return c;
  };

  const resetMasks = (tokens: TokenTable): void => {
    maskTokens = tokens;
    masks = new Int32Array(tokens.words.length);
    hasMasks = new Int32Array(tokens.words.length);
    candsById = new Array<readonly Candidate[] | undefined>(tokens.words.length);
  };
  /** candidatesOf(tokens.w[i]), cached by word number; NONE past the end. */
  const candidatesOfToken = (tokens: TokenTable, i: number): readonly Candidate[] => {
    if (maskTokens !== tokens) resetMasks(tokens);
    const id = tokens.id[i];
    if (id === undefined) return NONE;
    let c = candsById[id];
    if (c === undefined) candsById[id] = c = candidatesOf(tokens.words[id]!);
    return c;
  };
  const has = (category: MatchCategory, word: string): boolean => {
    const set = singles.get(category);
    if (!set) return false;
    if (set.has(word)) return true;
    if (!arabic) return false;
    for (const c of candidatesOf(word)) if (c.phrase.category === category && c.phrase.words.length === 1) return true;
    return false;
  };
  // has() for every category at once (hasMaskAt keeps it by word number)
  const hasMaskOf = (word: string): number => {
    let m = 0;
    for (const [category, set] of singles) if (set.has(word)) m |= categoryBit(category);
    if (arabic) for (const c of candidatesOf(word)) if (c.phrase.words.length === 1) m |= categoryBit(c.phrase.category);
    return m;
  };

  const compute = (tokens: TokenTable, i: number): readonly PhraseMatch[] => {
    const cands = candidatesOfToken(tokens, i);
    if (cands.length === 0) return NO_MATCHES;
    let out: PhraseMatch[] | undefined;
    for (const { phrase: p, prefix } of cands) {
      let ok = true;
      for (let k = 1; k < p.words.length; k++) {
        // past the last token w[] is undefined, never a word
        if (tokens.w[i + k] !== p.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) (out ??= []).push({ phrase: p, from: i, to: i + p.words.length, prefix });
    }
    // longest first already: every candidate list is one index list, sorted by length
    return out ?? NO_MATCHES;
  };

  return {
    language,
    addresseeOutletsAreSources,
    matchAt(tokens, i) {
      return compute(tokens, i);
    },
    firstAt(tokens, i, category) {
      const cands = candidatesOfToken(tokens, i);
      for (let c = 0; c < cands.length; c++) {
        const { phrase: p, prefix } = cands[c]!;
        if (p.category !== category) continue;
        let ok = true;
        for (let k = 1; k < p.words.length; k++) {
          if (tokens.w[i + k] !== p.words[k]) {
            ok = false;
            break;
          }
        }
        if (ok) return { phrase: p, from: i, to: i + p.words.length, prefix };
      }
      return null;
    },
    maskAt(tokens, i) {
      if (maskTokens !== tokens) resetMasks(tokens);
      const id = tokens.id[i];
      if (id === undefined) return 0;
      const known = masks[id]!;
      if (known !== 0) return known & ~MASK_KNOWN;
      const m = maskOf(candidatesOfToken(tokens, i));
      masks[id] = m | MASK_KNOWN;
      return m;
    },
    candidatesAt(tokens, i) {
      return candidatesOfToken(tokens, i);
    },
    hasMaskAt(tokens, i) {
      if (maskTokens !== tokens) resetMasks(tokens);
      const id = tokens.id[i];
      if (id === undefined) return 0;
      const known = hasMasks[id]!;
      if (known !== 0) return known & ~MASK_KNOWN;
      const m = hasMaskOf(tokens.words[id]!);
      hasMasks[id] = m | MASK_KNOWN;
      return m;
    },
    release() {
      maskTokens = undefined;
      masks = new Int32Array(0);
      hasMasks = new Int32Array(0);
      candsById = [];
    },
    has,
  };
}
