/**
 * Arabic reporting cues and their frames (the Arabic half of find-cues). One pass over a
 * sentence's tokens; every look-ahead and look-behind is bounded by a constant, so the pass
 * stays linear.
 *
 * The frames read (lexicons/README.md, "Arabic cue frames", says how the lexicon drives them):
 * - verb + subject + complementiser, with material between them: a prepositional phrase, an
 *   addressee, a time word, a long subject ("قالت شرطة المدينة على لسان مديرها ... إنها",
 *   "وأكد X لـ«الصحيفة» أمس، أن");
 * - verb + preposition frames, adjacent or split by the subject ("أشار إلى أن",
 *   "أشار المتحدث ... إلى أن", "دعا إلى", "أعرب X عن", "طالب بـ"): a verb listed only with its
 *   preposition is a cue only with it ("عبر صفحتها" is "via", not "expressed");
 * - content that is a verbal noun or noun phrase rather than an أن clause, for the cues of
 *   kind `+noun` ("أكد الرفاعي اعتزامه ...", "أعلنت الشركة رغبتها ...");
 * - speech after a colon without marks ("وقال السالم في مؤتمر صحفي: ...");
 * - subject before the verb ("وكانت مصادر مطلعة ذكرت أن", "إلا أن لجنة الطوارئ أكدت").
 * "According to" words (بحسب، وفق) attribute without introducing a quote (GUIDELINES).
 */
import { GAP_COLON, GAP_COMMA, GAP_DASH, GAP_PAREN, GAP_QUOTE, GAP_STOP, fitsAt, inRealQuote, isWord, matchOf, tokenEnd, type Doc, type Sentence } from './doc';
import { categoryBit, type Phrase, type PhraseMatch } from './compile-lexicon';
import type { Attribution } from './find-cues';
import { attachAnonymity, genderOfMention, readArabicPhrase, type Mention } from './find-mentions';
import type { Language } from './types';
import { CUE_BITS, cueAt } from './cue-at';

/** The parts of an Arabic cue kind: `verb+noun`, `participle+noun+thought`, `verb+strict`. */
export interface ArabicKind {
  /** `verb`, `participle`, `relay`, `told`... as in the lexicon before the first `+`. */
  readonly base: string;
  /** Content may be a verbal noun or noun phrase, not only an أن clause. */
  readonly noun: boolean;
  /** A cue only when content is found (the word has another, commoner sense: بين "between"). */
  readonly strict: boolean;
  /** What the content is: a belief or intention, or what a document shows. */
  readonly type: 'speech' | 'thought' | 'evidence';
  /** The phrase's preposition introduces the holder, not the content: "جاء في البيان أن". */
  readonly holder: boolean;
  /** Issues a statement: a cue only when a statement noun follows the subject ("أصدرت الوزارة بيانا"). */
  readonly issue: boolean;
  /** Names the speaker of what follows ("في حديث مع زميلي الكندي"): the phrase after it speaks next. */
  readonly interview: boolean;
}

const KIND_CACHE = new Map<string, ArabicKind>();

/** Reads a cue kind string into its parts. */
export function arabicKind(kind: string | undefined): ArabicKind {
  const key = kind ?? 'verb';
  let k = KIND_CACHE.get(key);
  if (!k) {
    const parts = key.split('+');
    const type = parts.includes('thought') ? 'thought' : parts.includes('evidence') ? 'evidence' : 'speech';
    k = { base: parts[0] || 'verb', noun: parts.includes('noun'), strict: parts.includes('strict'), type, holder: parts.includes('holder'), issue: parts.includes('issue'), interview: parts.includes('interview') };
    KIND_CACHE.set(key, k);
  }
  return k;
}

/** The kind string an attribution carries (what quoteTypeOf reads). */
function attributionKind(k: ArabicKind): string {
  if (k.type === 'thought') return 'think';
  if (k.type === 'evidence') return 'evidence';
  return k.base;
}

const HARD_GAP = GAP_COMMA | GAP_COLON | GAP_STOP | GAP_DASH | GAP_PAREN;
/** Tokens a cue looks ahead for its complementiser, preposition or colon. */
const FRAME_WINDOW = 14;
/** Tokens a subject before its verb may have. */
const MAX_SUBJECT_BEFORE = 14;
const MAX_CLAUSE = 150;

/** Time words that follow an addressee before the content ("لـ"الصحيفة" أمس، أن"), as normalised. */
const TIME_WORDS: ReadonlySet<string> = new Set(['امس', 'اليوم', 'مساء', 'صباح', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);

/** Pronoun phrases between a verb and its subject: "أبدت فيه الهيئة", as normalised. */
const PRONOUN_PHRASES: ReadonlySet<string> = new Set(['فيه', 'فيها', 'عليه', 'عليها', 'له', 'لها', 'لهم', 'عنه', 'عنها', 'منه', 'منها']);

/** Words that make a following أن a conjunction ("دون أن يذكر"), as normalised. */
const CONJUNCTION_HEADS: ReadonlySet<string> = new Set(['دون', 'بدون', 'قبل', 'بعد', 'رغم', 'برغم', 'منذ', 'حتي', 'لمجرد', 'بمجرد']);

/** Demonstratives a cue may take as its object before the subject: "أوضح ذلك". */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['ذلك', 'هذا', 'هذه']);

/** "إلى" as normalised: after a relay verb it means "carried to". */
const TO_WORDS: ReadonlySet<string> = new Set(['الي', 'للي']);

/** Negation particles of the present and future: "لا ينفي", "لن يقول". */
const NEGATIONS: ReadonlySet<string> = new Set(['لا', 'لن']);

/** A و-word that is a relative adjective ("وأردنية", "والعربي"): ends in ي, يه, يون, يين. */
function isNisba(w: string): boolean {
  return w.length >= 5 && (w.endsWith('يه') || w.endsWith('يون') || w.endsWith('يين') || (w.endsWith('ي') && !w.startsWith('وال')));
}

/** A prepositional frame of a cue: its phrase (verb + preposition) and the preposition. */
interface Frame {
  readonly phrase: Phrase;
  readonly prefix: string;
  /** The preposition, normalised ("الي", "عن", "ب"); a one-letter one is a proclitic of the next word. */
  readonly prep: string;
}

const NO_FRAMES: readonly Frame[] = [];
const CUES_BIT = categoryBit('cues');
const BOUNDARY_BIT = categoryBit('clauseBoundaries');
const COMPLEMENTIZER_BIT = categoryBit('complementizers');
const ANONYMITY_BIT = categoryBit('anonymity');
const RELATIVE_BIT = categoryBit('relativePronouns');
/** The categories a look-ahead reacts to; a token with none of them is skipped at once. */
const LOOK_BITS = CUE_BITS | BOUNDARY_BIT | COMPLEMENTIZER_BIT | ANONYMITY_BIT | RELATIVE_BIT;

/** The two-word cue phrases (verb + preposition) whose first word is token `k`. */
function framesAt(doc: Doc, lang: Language, k: number): readonly Frame[] {
  const matcher = doc.matcher(lang);
  if ((matcher.maskAt(doc.tokens, k) & CUES_BIT) === 0) return NO_FRAMES;
  const cands = matcher.candidatesAt(doc.tokens, k);
  let out: Frame[] | null = null;
  for (let c = 0; c < cands.length; c++) {
    const { phrase, prefix } = cands[c]!;
    if (phrase.category !== 'cues' || phrase.words.length !== 2) continue;
    (out ??= []).push({ phrase, prefix, prep: phrase.words[1]! });
  }
  return out ?? NO_FRAMES;
}

/** Whether token `k` could start a cue (a full one or the verb of a frame). */
function startsCue(doc: Doc, s: Sentence, k: number): boolean {
  if (k >= s.to || doc.tokens.q[k]! >= 0) return false;
  return cueAt(doc, s, k) !== null || framesAt(doc, s.language, k).length > 0;
}

// The cue loop below runs on every token: the helpers it calls take what they need as
// arguments. A closure there capturing the loop's `k` or `j` made V8 allocate a context on
// every token (half of the engine's garbage on Arabic text).

/** Whether token `j` of sentence `s` is one of the frames' prepositions, alone or as a proclitic. */
function prepositionAt(doc: Doc, s: Sentence, j: number, frames: readonly Frame[]): boolean {
  if (j >= s.to) return false;
  for (const f of frames) if (doc.tokens.w[j] === f.prep || hasCliticPrep(doc, j, f.prep)) return true;
  return false;
}

/** The first frame whose preposition is glued to token `j` as a proclitic ("بضرورة"), or undefined. */
function cliticFrameAt(doc: Doc, s: Sentence, j: number, frames: readonly Frame[]): Frame | undefined {
  if (j >= s.to) return undefined;
  for (const f of frames) if (hasCliticPrep(doc, j, f.prep)) return f;
  return undefined;
}

/** The first of `mentions` that ends right before token `k` (its `next` is `k`), or undefined. */
function mentionBefore(mentions: readonly Mention[], k: number): Mention | undefined {
  for (const m of mentions) if (m.next === k) return m;
  return undefined;
}

/** Whether token `k` is the proclitic preposition `prep` ("ب") glued to a word ("بضرورة"). */
function hasCliticPrep(doc: Doc, k: number, prep: string): boolean {
  const w = doc.tokens.w[k]!;
  return prep.length === 1 && w.length >= 4 && w[0] === prep && doc.tokens.q[k]! < 0 && !isPlainSourceWord(doc, k);
}

/** Whether token `k` as written (no proclitic stripped) is a source word: "بعضها" is not بـ + عضها. */
function isPlainSourceWord(doc: Doc, k: number): boolean {
  const cands = doc.matcher('ar').candidatesAt(doc.tokens, k);
  for (let c = 0; c < cands.length; c++) {
    const { phrase, prefix } = cands[c]!;
    const cat = phrase.category;
    if (prefix === '' && (cat === 'vague' || cat === 'anonymousSources' || cat === 'roles') && fitsAt(doc, phrase, k)) return true;
  }
  return false;
}

/** Whether a cue of kind `+interview` ("في حديث مع") starts at token `k`. */
function isInterviewCue(doc: Doc, s: Sentence, k: number): boolean {
  const c = cueAt(doc, s, k);
  return c !== null && arabicKind(c.phrase.kind).interview;
}

/** Whether an outlet or name introducer behind a لـ matches at token `i`: "لوكالة", "لفرانس24". */
function startsAddressee(doc: Doc, lang: Language, i: number): boolean {
  const cands = doc.matcher(lang).candidatesAt(doc.tokens, i);
  for (let c = 0; c < cands.length; c++) {
    const { phrase: p, prefix } = cands[c]!;
    // a لـ, not the article ال ("الصحيفة" is a subject, "للصحيفة" an addressee)
    if (prefix.endsWith('ل') && !prefix.endsWith('ال') && (p.category === 'outlets' || p.category === 'nameIntroducers') && fitsAt(doc, p, i)) return true;
  }
  // "لـ«عكاظ»", "ل"الرياض"": a lone lam before a quoted name
  return doc.tokens.w[i] === 'ل' && i + 1 < doc.tokens.length && doc.tokens.q[i + 1]! >= 0 && doc.quotes[doc.tokens.q[i + 1]!]!.isName;
}

function isComplementizer(doc: Doc, lang: Language, k: number): boolean {
  return matchOf(doc, lang, k, 'complementizers') !== null;
}

/** Whether the word ends with a possessive pronoun ("رغبتها", "قلقهم"): a verbal noun with its owner. */
function hasPossessive(w: string): boolean {
  return w.length >= 5 && (w.endsWith('ها') || w.endsWith('هم') || w.endsWith('هما'));
}

/** Whether token `k` is a verbal noun that opens content (`npStops` of kind `content`: ضرورة، مقتل). */
function isContentNoun(doc: Doc, lang: Language, k: number): boolean {
  const m = matchOf(doc, lang, k, 'npStops');
  return (m !== null && m.phrase.kind === 'content' && m.prefix === '') || hasVerbalNounShape(doc.tokens.w[k]!);
}

/**
 * Whether a bare word (no article, no proclitic) has the shape of a derived verbal noun:
 * إفعال (إعلان), افتعال / انفعال (اعتزام، انسحاب), استفعال (استخدام), تفعيل (تسليم), مفاعلة
 * (محاصرة). Normalised spelling: alef forms are ا, ة is ه.
 */
export function hasVerbalNounShape(w: string): boolean {
  const n = w.length;
  if (n === 5 && w[0] === 'ا' && w[3] === 'ا') return true;
  if (n === 6 && w[0] === 'ا' && w[4] === 'ا' && (w[2] === 'ت' || w[1] === 'ن')) return true;
  if (n === 7 && w.startsWith('است') && w[5] === 'ا') return true;
  if (n === 5 && w[0] === 'ت' && w[3] === 'ي') return true;
  if (n === 6 && w[0] === 'م' && w[2] === 'ا' && w[5] === 'ه') return true;
  return false;
}

/**
 * The end of a reported clause starting at token `from`: at a clause boundary, a colon, a
 * comma before another cue or "according to", or a new cue glued to و/ف ("وأضاف"). A marked
 * part inside is kept (the clause gets an indirect record, the marks a direct one).
 */
function clauseEnd(doc: Doc, s: Sentence, from: number): number {
  const lang = s.language;
  let k = from;
  const limit = Math.min(s.to, from + MAX_CLAUSE);
  const matcher = doc.matcher(lang);
  for (; k < limit; k++) {
    if (k === from) continue;
    const g = doc.gaps[k]!;
    if (g & GAP_COLON) break;
    if (doc.tokens.q[k]! >= 0) continue;
    const mk = matcher.maskAt(doc.tokens, k);
    if ((mk & (BOUNDARY_BIT | CUE_BITS)) === 0) continue;
    if (mk & BOUNDARY_BIT && matchOf(doc, lang, k, 'clauseBoundaries')) break;
    if (g & GAP_COMMA && matchOf(doc, lang, k, 'accordingTo')) break;
    const c0 = doc.tokens.w[k]!.charCodeAt(0);
    if (g & GAP_COMMA || c0 === 0x0648 || c0 === 0x0641) {
      const c = cueAt(doc, s, k);
      if (c && c.phrase.category === 'cues' && (g & GAP_COMMA || c.prefix.length > 0)) break;
      // a frame verb with its preposition next: "، ونصح باستخدام"
      if (!c && g & GAP_COMMA && prepositionAt(doc, s, k + 1, framesAt(doc, lang, k))) break;
    }
  }
  // a clause that ends inside marks keeps the closing mark: "إن هذه شبكة «صغيرة ...»"
  const q = doc.tokens.q[k - 1]!;
  const e = tokenEnd(doc, k - 1);
  if (q < 0 || doc.quotes[q]!.start <= doc.tokens.s[from]! || doc.quotes[q]!.end < e) return e;
  return /^[\s.!?\u061f\u060c,]*$/.test(doc.text.slice(e, doc.quotes[q]!.end)) ? doc.quotes[q]!.close : e;
}

/** Content from token `from` (or `startOffset` inside it, after a proclitic), or null. */
function contentFrom(doc: Doc, s: Sentence, from: number, startOffset = -1): { start: number; end: number } | null {
  if (from >= s.to || inRealQuote(doc, from)) return null;
  const end = clauseEnd(doc, s, from);
  const start = startOffset >= 0 ? startOffset : doc.tokens.s[from]!;
  if (end <= start) return null;
  return { start, end };
}

/** A copy of mention `m` cut before token `to`. */
function cutMention(doc: Doc, m: Mention, to: number): Mention {
  return { ...m, to, end: doc.tokens.e[to - 1]!, next: to, anonymous: false };
}

/**
 * Where a subject read after a cue really ends, or -1, in three steps (`step`):
 * `addressee`: before a lone لـ and a quoted name closing it ("مدير المستشفى لـ"الصحيفة" أمس،
 * أن"; "الإدارة العامة لـ“الموانئ البحرية” عبر صفحتها" stays whole);
 * `clitic`: before the cue's proclitic preposition ("وأوضح النقيب بوجود", preferring a word
 * without the article: "مصدر بالاتحاد ... بتلقي"; else the first: "سامي الرفاعي بالخطوة");
 * `noun`: before a verbal noun, a noun with its possessive ("أعلنت الشركة رغبتها") or a
 * statement noun ("نفت الحكومة مزاعم"), outside lexicon phrases.
 */
function subjectCut(doc: Doc, lang: Language, m: Mention, step: 'addressee' | 'clitic' | 'noun', frames: readonly Frame[]): number {
  const toks = doc.tokens;
  if (step === 'addressee') {
    if (toks.w[m.to - 1] === 'ل' && m.to - 1 > m.from) return m.to - 1; // 'لـ"الوطن"' with marks not paired as a quote
    for (let t = m.from + 1; t + 1 < m.to; t++) {
      if (toks.w[t] !== 'ل' || toks.q[t + 1]! < 0) continue;
      const q = toks.q[t + 1]!;
      let e = t + 1;
      while (e < toks.length && toks.q[e] === q) e++;
      if (e !== m.to) continue;
      if (e >= toks.length || doc.gaps[e]! & (GAP_COMMA | GAP_STOP | GAP_COLON) || isComplementizer(doc, lang, e) || TIME_WORDS.has(toks.w[e]!)) return t;
    }
    return -1;
  }
  let cliticWithArticle = -1;
  for (let t = m.from + 1; t < m.to; t++) {
    const w = toks.w[t]!;
    if (toks.q[t]! >= 0) continue;
    if (step === 'clitic') {
      for (const f of frames) {
        if (!hasCliticPrep(doc, t, f.prep)) continue;
        if (!w.startsWith(f.prep + 'ال')) return t;
        if (cliticWithArticle < 0) cliticWithArticle = t;
      }
    } else if ((hasPossessive(w) || isContentNoun(doc, lang, t) || isWord(doc, lang, t, 'reportNouns')) && !insidePhrase(doc, lang, t)) return t;
  }
  return cliticWithArticle;
}

/** Whether token `k` lies inside an anonymity phrase that starts before it ("طلب عدم ذكر اسمه"). */
function insideAnonymity(doc: Doc, lang: Language, k: number): boolean {
  for (let b = Math.max(0, k - 4); b < k; b++) if ((matchOf(doc, lang, b, 'anonymity')?.to ?? 0) > k) return true;
  return false;
}

/** Whether token `t` continues a lexicon phrase that starts before it ("وسائل إعلام"). */
function insidePhrase(doc: Doc, lang: Language, t: number): boolean {
  for (let b = Math.max(0, t - 3); b < t; b++) {
    for (const c of ['vague', 'anonymousSources', 'roles', 'outlets'] as const) {
      const m = matchOf(doc, lang, b, c);
      if (m && m.to > t) return true;
    }
  }
  return false;
}

/** Words that open a clause whose subject comes before its verb: كان، أن، إلا أن. */
const SV_OPENERS: ReadonlySet<string> = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'فكان', 'فكانت', 'كانوا', 'وكانوا']);
/** Auxiliaries between a fronted subject and its verb: "مسؤول ..., كان قد أبلغ". */
const SV_AUXILIARIES: ReadonlySet<string> = new Set(['قد', 'كان', 'كانت', 'كانوا']);

/**
 * The subject before a cue with none after it: "وكانت مصادر مطلعة ذكرت أن", "إلا أن لجنة
 * الطوارئ ... أكدت أنه", "أمين الجمعية خالد السالم بدوره أشار إلى أن", "وكان مصدر مسؤول في
 * البلدية ذكر أن". The phrase must open its clause: at the sentence's start, after a comma,
 * after كان or a complementiser; it may hold في/ب phrases but no verb-like stop word.
 */
function subjectBefore(doc: Doc, s: Sentence, k: number, openedOnly = false, glued = false): Mention | null {
  const lang = s.language;
  const toks = doc.tokens;
  let e = k;
  while (e - 1 >= s.from && (isWord(doc, lang, e - 1, 'cueAdjuncts') || SV_AUXILIARIES.has(toks.w[e - 1]!)) && !(doc.gaps[e]! & (HARD_GAP & ~GAP_COMMA))) {
    e--;
    if (doc.gaps[e + 1]! & GAP_COMMA) break;
  }
  if (e - 1 < s.from || doc.gaps[e]! & (HARD_GAP & ~GAP_COMMA) || toks.q[e - 1]! >= 0) return null;
  if (doc.gaps[e]! & GAP_COMMA && e === k) return null; // "X، قال": a comma right before the verb ends a clause
  let b = e - 1;
  while (b > s.from && e - b < MAX_SUBJECT_BEFORE && !(doc.gaps[b]! & (HARD_GAP | GAP_QUOTE)) && toks.q[b - 1]! < 0) {
    const p = b - 1;
    const w = toks.w[p]!;
    if (SV_OPENERS.has(w) || isComplementizer(doc, lang, p) || isWord(doc, lang, p, 'relativePronouns') || isWord(doc, lang, p, 'clauseBoundaries')) break;
    if (startsCue(doc, s, p) || (isWord(doc, lang, p, 'npStops') && !isWord(doc, lang, p, 'npPrepositions'))) return null;
    b--;
  }
  // a cue glued to و/ف ("وأضاف") starts a clause of its own: an أن before it opens another clause
  const byWord = b > s.from && (SV_OPENERS.has(toks.w[b - 1]!) || (!glued && isComplementizer(doc, lang, b - 1)));
  const opened = byWord || (!openedOnly && (b === s.from || doc.gaps[b]! & (GAP_COMMA | GAP_DASH)));
  if (!opened || e - b >= MAX_SUBJECT_BEFORE || isWord(doc, lang, b, 'npStops') || isWord(doc, lang, b, 'clauseBoundaries') || isWord(doc, lang, e - 1, 'npPrepositions')) return null;
  for (let t = b; t < e; t++) if (isWord(doc, lang, t, 'pronouns') || isComplementizer(doc, lang, t)) return null;
  return { start: toks.s[b]!, end: toks.e[e - 1]!, from: b, to: e, language: lang, anonymous: false, latent: false, next: e };
}

/** Whether a phrase is an outlet or a quoted name ("«الصحيفة»"). */
function isOutletPhrase(doc: Doc, lang: Language, m: Mention): boolean {
  for (let t = m.from; t < m.to; t++) if (matchOf(doc, lang, t, 'outlets') || (doc.tokens.q[t]! >= 0 && doc.quotes[doc.tokens.q[t]!]!.isName)) return true;
  return false;
}

/** What a look-ahead from a cue's subject found. */
interface Found {
  /** Content start token, and offset when it starts inside the token (after a proclitic). */
  readonly token: number;
  readonly offset: number;
  /** A frame's preposition was found (a split frame is then complete). */
  readonly frame: boolean;
}

/**
 * Looks ahead from token `j` for what opens the content: a complementiser, one of the cue's
 * frame prepositions, a colon. Skips prepositional phrases, an addressee, time words and
 * commas; stops at a sentence end, a quote, another cue or a clause boundary.
 */
function lookAhead(doc: Doc, s: Sentence, j: number, frames: readonly Frame[], deep = true): Found | null {
  const lang = s.language;
  const toks = doc.tokens;
  for (let t = j; t < s.to && t - j < FRAME_WINDOW; t++) {
    const g = doc.gaps[t]!;
    if (t > j && g & GAP_STOP) return null;
    if (g & GAP_COLON) {
      // "قال: ...", "قالت الوزارة امس: إن ..."
      const c = t < s.to && isComplementizer(doc, lang, t) ? t + 1 : t;
      return { token: c, offset: -1, frame: false };
    }
    if (toks.q[t]! >= 0) {
      if (!inRealQuote(doc, t)) continue; // a quoted name: "أبلغ «الصحيفة» ... أن"
      return null;
    }
    const mk = doc.matcher(lang).maskAt(toks, t);
    if ((mk & LOOK_BITS) === 0 && frames.length === 0) continue;
    const anon = mk & ANONYMITY_BIT ? matchOf(doc, lang, t, 'anonymity') : null;
    if (anon) {
      // "(طلب عدم ذكر اسمه)، أن": the anonymity phrase is skipped whole
      t = anon.to - 1;
      continue;
    }
    // "دون أن", "قبل أن", "بعد أن": a conjunction, not the cue's complementiser
    if (mk & COMPLEMENTIZER_BIT && isComplementizer(doc, lang, t)) return t > j && CONJUNCTION_HEADS.has(toks.w[t - 1]!) ? null : { token: t + 1, offset: -1, frame: false };
    for (const f of frames) {
      let hit: Found | null = null;
      if (toks.w[t] === f.prep) hit = { token: t + 1 < s.to && isComplementizer(doc, lang, t + 1) ? t + 2 : t + 1, offset: -1, frame: true };
      else if (hasCliticPrep(doc, t, f.prep)) {
        hit = toks.w[t]!.length > 4 && isComplementizer(doc, lang, t) ? { token: t + 1, offset: -1, frame: true } : { token: t, offset: toks.s[t]! + f.prep.length, frame: true };
      }
      if (!hit) continue;
      // a verb that is a cue by itself may meet its preposition in a prepositional phrase: a
      // comma and a complementiser further on win ("أكد ... عبر صفحتها على فيس بوك، أن")
      if (!deep && t > j) {
        const c = commaComplementizer(doc, s, t + 1, j + FRAME_WINDOW);
        if (c >= 0) return { token: c + 1, offset: -1, frame: false };
      }
      return hit;
    }
    if (t > j && (mk & (CUE_BITS | BOUNDARY_BIT | RELATIVE_BIT)) !== 0) {
      if ((startsCue(doc, s, t) && !isInterviewCue(doc, s, t)) || matchOf(doc, lang, t, 'clauseBoundaries') || matchOf(doc, lang, t, 'relativePronouns')) return null;
    }
  }
  return null;
}

/** The first complementiser after a comma in `[from, limit)` within the clause, or -1. */
function commaComplementizer(doc: Doc, s: Sentence, from: number, limit: number): number {
  for (let u = from; u < s.to && u < limit; u++) {
    if (doc.gaps[u]! & (GAP_STOP | GAP_COLON) || doc.tokens.q[u]! >= 0) return -1;
    if (doc.gaps[u]! & GAP_COMMA && isComplementizer(doc, s.language, u)) return u;
    if (startsCue(doc, s, u)) return -1;
  }
  return -1;
}

/**
 * A cue whose preposition introduces the holder ("وجاء في البيان الختامي ... أنه"): the holder
 * after the preposition, then a complementiser in its clause, or no attribution ("جاء ذلك في
 * البيان" says where, not what). Returns the last token read.
 */
function readHolderFrame(doc: Doc, si: number, s: Sentence, k: number, m: PhraseMatch, split: boolean, out: Attribution[]): number {
  const toks = doc.tokens;
  let j = m.to;
  if (split) {
    if (j >= s.to || toks.w[j] !== m.phrase.words[1]) return k;
    j++;
  }
  const holder = readArabicPhrase(doc, s, j, { stopAtCoordination: true });
  if (!holder) return k;
  const found = strictLookAhead(doc, s, holder.next);
  const content = found ? contentFrom(doc, s, found.token) : null;
  if (!content) return k;
  out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind: 'verb', ...(m.phrase.gender ? { gender: m.phrase.gender } : {}), subjects: [holder], ref: 'subject', addressee: null, content, speaker: -1 });
  return holder.next - 1;
}

/** A strict cue's complementiser: within its clause, no comma crossed ("ووردت تقارير كثيرة من ... بأن"). */
function strictLookAhead(doc: Doc, s: Sentence, j: number): Found | null {
  for (let t = j; t < s.to && t - j < FRAME_WINDOW; t++) {
    if (t > j && doc.gaps[t]! & HARD_GAP) return null;
    if (doc.tokens.q[t]! >= 0) return null;
    if (isComplementizer(doc, s.language, t)) return { token: t + 1, offset: -1, frame: false };
    if (t > j && startsCue(doc, s, t)) return null;
  }
  return null;
}

/** Finds the Arabic attributions of sentence `si`; `anonymous` are its unnamed sources. */
export function arabicAttributions(doc: Doc, si: number, s: Sentence, anonymous: readonly Mention[], out: Attribution[]): void {
  const lang = s.language;
  const toks = doc.tokens;
  const matcher = doc.matcher(lang);
  for (let k = s.from; k < s.to; k++) {
    // most words are no cue: one mask load rules out both a cue and a frame (cueAt and framesAt test the same bits)
    if (toks.q[k]! >= 0 || (matcher.maskAt(toks, k) & CUE_BITS) === 0) continue;
    let m = cueAt(doc, s, k);
    const frames = framesAt(doc, lang, k);
    let split = false;
    if (m && m.phrase.category === 'cues' && m.prefix.includes('ال')) m = null; // "الكشف عن": a noun
    if (!m) {
      if (frames.length === 0 || frames[0]!.prefix.includes('ال')) continue;
      // a verb with a holder frame ("جاء في") reads that frame; otherwise the first frame stands for all
      const f = frames.find((x) => arabicKind(x.phrase.kind).holder) ?? frames[0]!;
      m = { phrase: f.phrase, from: k, to: k + 1, prefix: f.prefix };
      split = true;
    }
    // "(طلب عدم ذكر اسمه)": an anonymity phrase, not a cue, nor the words inside it
    const anon = matchOf(doc, lang, k, 'anonymity');
    if (anon) {
      k = anon.to - 1;
      continue;
    }
    if (insideAnonymity(doc, lang, k)) continue;
    // "لا ينفي حقيقة أن": a negated present is no report
    if (k > s.from && NEGATIONS.has(toks.w[k - 1]!) && !(doc.gaps[k]! & HARD_GAP)) continue;
    let j = m.to;
    if (m.phrase.category === 'accordingTo') {
      k = readAccordingTo(doc, si, s, k, m, out);
      continue;
    }
    const kinds = arabicKind(m.phrase.kind);
    const kind = kinds.base;
    if (kinds.holder) {
      k = readHolderFrame(doc, si, s, k, m, split, out);
      continue;
    }
    if (kinds.interview) {
      // "في حديث مع X": X is the speaker the next subject-less cues refer to; no quote of its own
      const who = split ? null : readArabicPhrase(doc, s, m.to, { stopAtCoordination: true });
      // "قال الوزير في حديث مع «الصحيفة»": an outlet only heard it
      if (!who || isOutletPhrase(doc, lang, who)) continue;
      out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind: 'verb', subjects: [who], ref: 'subject', addressee: null, content: null, speaker: -1 });
      k = who.to - 1;
      continue;
    }
    // an adjacent frame ("أشار إلى", "دعا إلى"): the content follows the preposition
    const adjacent = !split && m.to - m.from === 2 && !kinds.holder;
    while (j < s.to && isWord(doc, lang, j, 'cueAdjuncts')) j++;
    let subject: Mention | null = null;
    let addressee: Mention | null = null;
    let found: Found | null = null;
    // "طالب فيه بـ...", "أبدت فيه الهيئة": a pronoun phrase right after the verb
    if (!adjacent && j < s.to && PRONOUN_PHRASES.has(toks.w[j]!) && !(doc.gaps[j]! & HARD_GAP)) j++;
    if (adjacent) found = { token: j < s.to && isComplementizer(doc, lang, j) ? j + 1 : j, offset: -1, frame: true };
    else {
      const clitic = cliticFrameAt(doc, s, j, frames);
      if (clitic && !isComplementizer(doc, lang, j)) found = { token: j, offset: toks.s[j]! + clitic.prep.length, frame: true };
    }
    // "أوضح ذلك رئيس البلدية": a demonstrative object before the subject
    if (!found && j < s.to && DEMONSTRATIVES.has(toks.w[j]!) && !(doc.gaps[j]! & HARD_GAP)) j++;
    // "شرح للزوار قلة ...": a لـ + article phrase is an addressee, not the subject
    if (!found && j < s.to && toks.w[j]!.startsWith('لل') && toks.w[j]!.length >= 5 && toks.q[j]! < 0 && !(doc.gaps[j]! & HARD_GAP)) {
      // one word: what follows it is the content or the subject
      addressee = { start: toks.s[j]! + 1, end: toks.e[j]!, from: j, to: j + 1, language: lang, anonymous: false, latent: false, next: j + 1 };
      j++;
      // "شرح للزوار قلة الأسرة": a verb taking a noun phrase has its content right after
      if (kinds.noun && j < s.to && !(doc.gaps[j]! & (GAP_STOP | GAP_COLON)) && !isComplementizer(doc, lang, j) && !startsCue(doc, s, j)) found = { token: j, offset: -1, frame: false };
    }
    // after أن/إن or كان the subject comes first: "فإن الرفاعي برر ...", "وكان مصدر مسؤول ذكر"
    const fronted = kind !== 'participle' && !/[وف]/.test(m.prefix) ? subjectBefore(doc, s, k, true) : null;
    const extra: Mention[] = [];
    if (fronted) subject = fronted;
    else if (!found && kind !== 'participle' && j < s.to && !(doc.gaps[j]! & (GAP_COLON | GAP_STOP | GAP_COMMA)) && !startsAddressee(doc, lang, j) && !isComplementizer(doc, lang, j)) {
      subject = readArabicPhrase(doc, s, j, { stopAtCoordination: false });
      if (subject) {
        // the proclitic frame and a verbal noun end the subject only when no complementiser or
        // frame follows it: "أكد رئيس اتحاد الكرة أن" keeps اتحاد, "أعلنت الشركة رغبتها" cuts
        let cut = subjectCut(doc, lang, subject, 'addressee', frames);
        if (cut > subject.from) subject = cutMention(doc, subject, cut);
        const ahead = lookAhead(doc, s, subject.next, frames, split);
        cut = ahead ? -1 : subjectCut(doc, lang, subject, 'clitic', frames);
        if (cut <= subject.from && !ahead && kinds.noun) cut = subjectCut(doc, lang, subject, 'noun', frames);
        if (cut > subject.from) subject = cutMention(doc, subject, cut);
        // coordinated sources: "مصدر أمني ومصدر طبي", not "هيئة الرقابة والتفتيش الإداري"
        for (let t = subject.from + 1; t < subject.to && extra.length < 3; t++) {
          if (toks.w[t]![0] !== 'و' || toks.q[t]! >= 0 || !headsSource(doc, lang, t)) continue;
          const more: Mention = { ...subject, from: t, start: toks.s[t]! + 1, anonymous: false };
          extra.push(more);
          subject = cutMention(doc, subject, t);
          subject.next = more.to;
          break;
        }
        for (const x of extra) attachAnonymity(doc, x, s.to);
        attachAnonymity(doc, subject, s.to);
        j = extra.length > 0 ? extra[extra.length - 1]!.next : subject.next;
      }
    }
    let relayed: Mention | null = null;
    if (kind === 'relay' && j < s.to && toks.w[j]! === 'عن') {
      // "ونقلت وكالة رويترز عن مصدر مطلع قوله إن ...": the outlet relays, the source speaks
      relayed = readArabicPhrase(doc, s, j + 1, { stopAtCoordination: true });
      if (relayed) {
        attachAnonymity(doc, relayed, s.to);
        j = relayed.next;
        while (j < s.to && isWord(doc, lang, j, 'cueAdjuncts')) j++;
      }
    }
    if (subject && kind === 'told' && isOutletPhrase(doc, lang, subject)) {
      // "أبلغ «الصحيفة» أن": the outlet told is the addressee, the speaker comes before
      addressee = subject;
      subject = null;
    }
    if (!subject && !relayed && kind !== 'participle') {
      // subject-verb order: an unnamed source just before the cue, or a phrase opening the clause
      subject = mentionBefore(anonymous, k) ?? subjectBefore(doc, s, k, false, /[وف]/.test(m.prefix));
    }
    if (!found && j < s.to && startsAddressee(doc, lang, j) && !(doc.gaps[j]! & GAP_STOP)) {
      addressee = readArabicPhrase(doc, s, j, { stopAtCoordination: true });
      if (addressee) {
        const pre = doc.matcher(lang).matchAt(toks, j).find((x) => x.prefix.endsWith('ل') && !x.prefix.endsWith('ال'));
        if (toks.w[j] === 'ل') addressee.start = toks.s[j + 1]!;
        else addressee.start += pre ? pre.prefix.length : 1;
        j = addressee.to;
      }
    }
    // a strict cue takes its complementiser or colon at once: "بين" is mostly "between"
    if (!found && j < s.to) found = kinds.strict ? strictLookAhead(doc, s, j) : lookAhead(doc, s, j, frames, split);
    if (split && !(found && found.frame)) continue; // a verb listed only with its preposition
    if (kinds.issue) {
      // "أصدرت الوزارة بيانا": the statement noun ends the subject; "أصدرت المحكمة حكما" is no statement
      let r = -1;
      if (subject) for (let t = subject.from + 1; t < subject.to && r < 0; t++) if (isWord(doc, lang, t, 'reportNouns')) r = t;
      if (!subject || r < 0) continue;
      subject = cutMention(doc, subject, r);
      if (!subject.gender && m.phrase.gender) subject.gender = m.phrase.gender;
      // the statement's words come with the next cue ("بيانا جاء فيه أن ..."): no content of its own
      out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind: 'verb', ...(m.phrase.gender ? { gender: m.phrase.gender } : {}), subjects: [subject], ref: 'subject', addressee: null, content: null, speaker: -1 });
      k = r;
      continue;
    }
    // "نقل المصاب إلى المستشفى": carried, not relayed
    // a relay verb without عن or content relays only when its subject is a source ("ونقلت مواقع إلكترونية الخبر")
    if (kind === 'relay' && !relayed && !found && (!subject || !namesSource(doc, lang, subject) || j >= s.to || TO_WORDS.has(toks.w[j]!))) continue;
    if (!found && kinds.noun && j < s.to && !(doc.gaps[j]! & (GAP_STOP | GAP_COLON)) && toks.q[j]! < 0) {
      // a verbal noun or noun phrase as the content: "أكد الرفاعي اعتزامه", "أكدت المصادر، مقتل 8"
      const w = toks.w[j]!;
      const opens =
        kind === 'participle'
          ? !isWord(doc, lang, j, 'npStops') || isContentNoun(doc, lang, j)
          : hasPossessive(w) || isContentNoun(doc, lang, j) || (doc.gaps[j]! & GAP_COMMA && subject !== null);
      if (opens && !startsCue(doc, s, j) && !matchOf(doc, lang, j, 'clauseBoundaries') && !isWord(doc, lang, j, 'relativePronouns') && !isWord(doc, lang, j, 'cueAdjuncts')) {
        found = { token: j, offset: -1, frame: false };
      }
    }
    // a cue inside the content of the previous one is read too ("أوردت أن الرفاعي عبر عن غضبه"):
    // its subject is a source and its content a quote inside the enclosing one
    const content = found ? contentFrom(doc, s, found.token, found.offset) : null;
    if (kinds.strict && !content) continue;
    if (subject && !subject.gender) {
      const g = m.phrase.gender ?? genderOfMention(doc, subject);
      if (g) subject.gender = g;
    }
    out.push({
      sentence: si,
      cueFrom: k,
      cueTo: m.to,
      kind: attributionKind(kinds),
      ...(m.phrase.gender ? { gender: m.phrase.gender } : {}),
      subjects: relayed ? (subject ? [relayed, subject] : [relayed]) : subject ? [subject, ...extra] : [],
      ref: subject || relayed ? 'subject' : kind === 'participle' ? 'participle' : 'zero',
      addressee,
      content,
      speaker: -1,
    });
    k = Math.max(k, j - 1);
  }
}

/**
 * "بحسب بيان نشرته ...", "وفق ما أعلن الكرملين وقوات حفتر": the sources after an
 * "according to" word, with no quote (GUIDELINES). A weak one (وفق, kind `weak`) needs a
 * source word in its phrase ("وفق الجدول المعلن" names no source). Returns the last token read.
 */
function readAccordingTo(doc: Doc, si: number, s: Sentence, k: number, m: PhraseMatch, out: Attribution[]): number {
  const lang = s.language;
  const toks = doc.tokens;
  let j = m.to;
  if (toks.w[j] === 'ما') j++;
  const inner = j < s.to ? matchOf(doc, lang, j, 'cues') : null;
  if (inner) j = inner.to;
  const subjects: Mention[] = [];
  let np = readArabicPhrase(doc, s, j, { stopAtCoordination: true });
  while (np && subjects.length < 4) {
    subjects.push(np);
    const n = np.to;
    if (n < s.to && !(doc.gaps[n]! & (GAP_COMMA | GAP_STOP | GAP_COLON)) && toks.w[n]![0] === 'و' && toks.q[n]! < 0) {
      if (isNisba(toks.w[n]!)) {
        // "مصادر مصرية وأردنية": a coordinated adjective, the same phrase
        const prev = subjects[subjects.length - 1]!;
        subjects[subjects.length - 1] = { ...prev, to: n + 1, end: toks.e[n]!, next: n + 1 };
        np = null;
        continue;
      }
      np = readArabicPhrase(doc, s, n, { stopAtCoordination: true });
      if (np) np.start += 1; // the conjunction و is not part of the name
    } else np = null;
  }
  if (subjects.length === 0) return k;
  // "وفقا لتقارير اقتصادية": the clitic لـ of وفقا is not part of the source (GUIDELINES)
  const first = subjects[0]!;
  if (!inner && m.phrase.kind === 'weak' && toks.w[first.from]!.startsWith('ل') && toks.w[first.from]![1] !== 'ل' && toks.q[first.from]! < 0) first.start += 1;
  const last = subjects[subjects.length - 1]!;
  if (!inner && m.phrase.kind === 'weak' && !subjects.some((x) => namesSource(doc, lang, x))) return last.to - 1;
  out.push({ sentence: si, cueFrom: k, cueTo: m.to, kind: 'according', subjects, ref: 'subject', addressee: null, content: null, speaker: -1 });
  return last.to - 1;
}

/** Whether token `t` is, behind its و, a source head: an unnamed source, a role, a collective, an outlet. */
function headsSource(doc: Doc, lang: Language, t: number): boolean {
  for (const c of ['anonymousSources', 'roles', 'vague', 'outlets'] as const) {
    const m = matchOf(doc, lang, t, c);
    if (m && m.prefix === 'و' && m.phrase.kind !== 'title') return true;
  }
  return false;
}

/** Whether a phrase holds a source word: a role, an unnamed source, a collective, an outlet, a report. */
function namesSource(doc: Doc, lang: Language, m: Mention): boolean {
  for (let t = m.from; t < m.to; t++) {
    if (doc.tokens.q[t]! >= 0) return true;
    for (const c of ['roles', 'anonymousSources', 'vague', 'outlets', 'reportNouns', 'nameIntroducers'] as const) if (matchOf(doc, lang, t, c)) return true;
  }
  return false;
}
