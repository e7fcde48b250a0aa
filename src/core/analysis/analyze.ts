/**
 * The analysis engine: `analyze(text)` finds the sources, quotes and claims of a news article
 * in Arabic, English or both. Pure, synchronous, deterministic; no I/O.
 *
 * It works as a few linear passes over the normalised text (arabic-normalize: diacritics,
 * alef forms, ى/ي, ة/ه, digits, case): paragraphs and their language, direct quotes, sentences,
 * tokens, reporting cues with their subjects and reported content, speaker linking, claims.
 * Offsets are mapped back to the raw text at the end.
 */
import { normalizeText, toRawRange, type NormalizedText } from '../text/arabic-normalize';
import { categoryBit, compileLexicons, type Matcher } from './compile-lexicon';
import { computeGaps, GAP_COMMA, type Doc, type QuoteInfo, type Sentence } from './doc';
import { articleLanguage, countScripts, languageOf } from './detect-language';
import { findAttributions, quoteTypeOf, type Attribution } from './find-cues';
import { findClaims } from './find-claims';
import { findDirectQuotes } from './find-direct-quotes';
import { englishSourceIdentity } from './english-identity';
import { findEnglishUnnamed } from './find-english-unnamed';
import { findArabicAnonymous, readLeadingPhrase, type Mention } from './find-mentions';
import { findHeadlineSpeech, findStatementHolders, reviveReportedQuotes } from './arabic-speech';
import { findOutletSources } from './outlet-sources';
import { lexiconFromData, type Lexicon } from './lexicon';
import { linkSpeakers, type SourceDraft } from './link-speakers';
import { splitParagraphs } from './split-paragraphs';
import { splitSentences, type SentenceRules } from './split-sentences';
import { firstAtLeast, tokenize } from './tokenize';
import type { Analysis, Claim, Identity, Language, Paragraph, Quote, QuoteType, Source, Span } from './types';
import arData from './lexicons/ar.json';
import enData from './lexicons/en.json';
import frData from './lexicons/fr.json';
import { sourceLabel } from './source-label';
import { isRegExpSpace } from '../text/regexp-space';
import { releaseCueScores } from './cue-model/score-cue';

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** Extra lexicons (a workspace's own words, from {@link parseLexicon}), added to the built-in ones. */
  readonly lexicons?: readonly Lexicon[];
}

let builtIns: readonly Lexicon[] | undefined;

/** The built-in lexicons (Arabic, English, French). */
export function builtInLexicons(): readonly Lexicon[] {
  builtIns ??= [lexiconFromData(arData, 'built-in:ar'), lexiconFromData(enData, 'built-in:en'), lexiconFromData(frData, 'built-in:fr')];
  return builtIns;
}

/** The matchers of one set of lexicons, one per language, behind one selecting function. */
interface Matchers {
  /** The matcher for a paragraph's language (English rules for `und`). */
  readonly select: (lang: Language) => Matcher;
  readonly all: readonly Matcher[];
}

// The built-in set is compiled once and its `select` is the same function on every call: the
// passes call it on every word, and a new function per analysis made the optimised code of
// every pass start over (V8 deoptimises a call site whose target changes).
let builtInMatchers: Matchers | undefined;

function compileMatchers(extra: readonly Lexicon[]): Matchers {
  const lexicons = [...builtInLexicons(), ...extra];
  const ar = compileLexicons(lexicons, 'ar');
  const en = compileLexicons(lexicons, 'en');
  const fr = compileLexicons(lexicons, 'fr');
  return { select: (lang) => (lang === 'ar' ? ar : lang === 'fr' ? fr : en), all: [ar, en, fr] };
}

function matchersFor(extra: readonly Lexicon[]): Matchers {
  if (extra.length > 0) return compileMatchers(extra);
  builtInMatchers ??= compileMatchers([]);
  return builtInMatchers;
}

/**
 * The sentence splitter's word rules for one text. A class, not closures made per analysis:
 * the splitter's optimised code stays valid from one analysis to the next.
 */
class TextSentenceRules implements SentenceRules {
  constructor(
    private readonly raw: string,
    private readonly toRaw: Uint32Array,
    private readonly en: Matcher,
  ) {}

  isAbbreviation(word: string): boolean {
    return this.en.has('abbreviations', word);
  }

  isUpperAt(i: number): boolean {
    const c = this.raw.charCodeAt(this.toRaw[i] ?? this.raw.length);
    return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
  }
}

const NAME_MAX_WORDS = 3; // a quoted stretch this short with no punctuation is a name or term

/** Minor words a title leaves in lower case ("Tales of the City", "Pride and Prejudice"). */
const TITLE_MINOR: ReadonlySet<string> = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'with', 'at', 'by']);

/** Every word of `doc.text[start, end)` capitalised but the minor ones, the first one too: a title ("Meet the Press"). */
function isTitleCase(doc: Doc, start: number, end: number): boolean {
  const text = doc.text;
  let words = 0;
  for (let i = start; i < end; i++) {
    if (i > start && !isRegExpSpace(text.charCodeAt(i - 1))) continue;
    if (isRegExpSpace(text.charCodeAt(i))) continue;
    let j = i;
    while (j < end && !isRegExpSpace(text.charCodeAt(j))) j++;
    const c = doc.text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    if (!digit && !doc.isUpperAt(i) && (words === 0 || !TITLE_MINOR.has(doc.text.slice(i, j)))) return false;
    words++;
  }
  return words > 0;
}

function isInnerPunct(c: number): boolean {
  return c === 0x2c || c === 0x060c || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x3a;
}

/** Whether `text[start, end)` is empty or all white space (`/^\s*$/`). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isRegExpSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Analyses `text`. Offsets in the result are UTF-16 code units into `text`, end exclusive,
 * and every `text` field equals `text.slice(start, end)`. Never throws on any input.
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  const matchers = matchersFor(options?.lexicons ?? []);
  try {
    return analyzeWith(text, matchers.select);
  } finally {
    // the per-word masks and the cue scores hold this text's tokens: let them go
    for (const m of matchers.all) m.release();
    releaseCueScores();
  }
}

/** A text read up to its reporting cues: the shared state and what buildAnalysis needs to map it back. */
interface PreparedText {
  readonly doc: Doc;
  readonly norm: NormalizedText;
  readonly paraRanges: readonly { start: number; end: number }[];
  readonly paraLangs: readonly Language[];
  readonly weighted: readonly { language: Language; letters: number }[];
}

/**
 * Calls `read` with the engine's working state for `text` (normalised text, tokens, quotes,
 * sentences, the built-in lexicons' matchers), as the cue passes see it, and the map from its
 * offsets to `text`'s (`toRaw[i]`). For tools that learn
 * from or inspect the engine's view of a text (scripts/train-cue-model.ts); internal, not part
 * of the public API. The state is valid only inside `read`.
 */
export function withDocument<T>(text: string, read: (doc: Doc, toRaw: Uint32Array) => T): T {
  const matchers = matchersFor([]);
  try {
    const p = prepareText(text, matchers.select);
    return read(p.doc, p.norm.toRaw);
  } finally {
    for (const m of matchers.all) m.release();
    releaseCueScores();
  }
}

const NO_MENTIONS: readonly Mention[] = [];

function analyzeWith(text: string, matcher: (lang: Language) => Matcher): Analysis {
  const { doc, norm, paraRanges, paraLangs, weighted } = prepareText(text, matcher);
  const sentences = doc.sentences;

  // Cues, mentions, speakers.
  const attributions: Attribution[] = [];
  const standalone: Mention[] = [];
  const latent: (Mention | null)[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const anonymous = s.language === 'ar' ? findArabicAnonymous(doc, s) : NO_MENTIONS;
    for (let i = 0; i < anonymous.length; i++) standalone.push(anonymous[i]!);
    findAttributions(doc, si, anonymous, attributions);
    latent.push(s.language === 'ar' || s.dateline ? null : readLeadingPhrase(doc, s));
  }
  reviveReportedQuotes(doc, attributions);
  findArabicHeadlineSpeech(doc, attributions);
  standalone.push(...findOutletSources(doc, attributions));
  standalone.push(...findStatementHolders(doc, attributions));
  standalone.push(...findEnglishUnnamed(doc, attributions));
  const linked = linkSpeakers(doc, attributions, standalone, latent);
  const claims = findClaims(doc, attributions, linked.quoteSpeakers);

  return buildAnalysis(text, norm, doc, paraRanges, paraLangs, weighted, attributions, linked.sources, linked.quoteSpeakers, claims);
}

function prepareText(text: string, matcher: (lang: Language) => Matcher): PreparedText {
  const norm = normalizeText(text);
  const nt = norm.text;
  const rules = new TextSentenceRules(text, norm.toRaw, matcher('en'));

  // Paragraphs and their language.
  const paraRanges = splitParagraphs(nt);
  const paraLangs: Language[] = [];
  const weighted: { language: Language; letters: number }[] = [];
  for (const p of paraRanges) {
    const counts = countScripts(nt, p.start, p.end);
    const lang = languageOf(counts);
    paraLangs.push(lang);
    weighted.push({ language: lang, letters: counts.arabic + counts.latin });
  }

  // Quotes, sentences, tokens.
  const marks = findDirectQuotes(nt, paraRanges);
  const sentenceRanges = splitSentences(nt, paraRanges, marks, rules);
  const tokens = tokenize(nt, 0, nt.length, text, norm.toRaw);
  // Loops, not Array.prototype.map, here and in buildAnalysis: V8's optimised map() allocates
  // its result only below about 16,000 entries and otherwise deoptimises the function that
  // calls it (--trace-deopt: "out of bounds"), on a long article at every analysis.
  const quotes: QuoteInfo[] = [];
  for (const m of marks) {
    quotes.push({
      open: m.open,
      start: m.start,
      end: m.end,
      close: m.close,
      paragraph: m.paragraph,
      lastParagraph: m.lastParagraph,
      isName: false,
      language: paraLangs[m.paragraph] ?? 'und',
    });
  }
  // The tokens inside each quote: the quotes are sorted and disjoint, so a quote's tokens are
  // the run that starts at the first token at or after its start, searched for from the last
  // quote's (the former loop visited every token of the text to find its quote).
  for (let qi = 0, k = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    k = firstAtLeast(tokens.s, k, q.start);
    for (; k < tokens.length && tokens.e[k]! <= q.end; k++) tokens.q[k] = qi;
  }
  const gaps = computeGaps(nt, tokens);
  const sentences: Sentence[] = [];
  {
    let k = 0;
    for (const r of sentenceRanges) {
      while (k < tokens.length && tokens.s[k]! < r.start) k++;
      const from = k;
      while (k < tokens.length && tokens.e[k]! <= r.end) k++;
      sentences.push({ start: r.start, end: r.end, paragraph: r.paragraph, from, to: k, language: paraLangs[r.paragraph] ?? 'und', dateline: r.dateline === true });
    }
  }
  const doc: Doc = { text: nt, tokens, gaps, quotes, sentences, matcher, isUpperAt: (i) => rules.isUpperAt(i) };
  classifyNames(doc);
  return { doc, norm, paraRanges, paraLangs, weighted };
}

/** Arabic headline speech ("الرفاعي: ..."), merged into the attributions in text order. */
function findArabicHeadlineSpeech(doc: Doc, attributions: Attribution[]): void {
  const found: Attribution[] = [];
  findHeadlineSpeech(doc, attributions, found);
  if (found.length === 0) return;
  attributions.push(...found);
  attributions.sort((a, b) => a.sentence - b.sentence || a.cueFrom - b.cueFrom);
}

/** Quoted names and terms: after "لـ"/"وكالة"/"so-called", or short with no punctuation inside. */
function classifyNames(doc: Doc): void {
  let ti = 0;
  for (const q of doc.quotes) {
    // the first token ending after the opening mark, searched for from the last quote's
    // (walking there over every token was about a fifth of the function's time)
    ti = firstAtLeast(doc.tokens.e, ti, q.open + 1);
    // English puts the sentence's comma or stop inside the marks ("on “Harbour Tonight,”"): after a programme or work title ("on", "of", "WXYZ's") it is not the quote's own
    const last = q.language === 'en' && q.end - q.start > 1 && (doc.text.charCodeAt(q.end - 1) === 0x2c || doc.text.charCodeAt(q.end - 1) === 0x2e) && isTitleCase(doc, q.start, q.end - 1) && /(?:\bon|\bof|['\u2019]s)\s*$/.test(doc.text.slice(Math.max(0, q.open - 8), q.open)) ? q.end - 1 : q.end;
    let words = 0; // counted only as far as the name test needs
    for (let k = ti; k < doc.tokens.length && doc.tokens.s[k]! < last && words <= NAME_MAX_WORDS; k++) words++;
    // A short quote without punctuation is a name whatever comes before it: its punctuation is
    // looked at only when it is short, its introducer only when it is not (both were computed
    // for every quote, the punctuation scan over the whole of long quotes).
    let short = words <= NAME_MAX_WORDS;
    for (let i = q.start; i < last && short; i++) if (isInnerPunct(doc.text.charCodeAt(i))) short = false;
    if (short) {
      q.isName = true;
      continue;
    }
    const prev = ti - 1;
    let introduced = false;
    if (prev >= 0 && doc.tokens.q[prev]! < 0 && isBlank(doc.text, doc.tokens.e[prev]!, q.open)) {
      const m = doc.matcher(q.language);
      introduced = (m.hasMaskAt(doc.tokens, prev) & NAME_INTRODUCER_BIT) !== 0 && doc.tokens.w[prev]!.length <= 12;
      if (!introduced) introduced = m.matchAt(doc.tokens, prev).some((x) => x.phrase.category === 'nameIntroducers' && x.prefix === '');
    }
    q.isName = introduced;
  }
}

const ANONYMOUS_SOURCE_BIT = categoryBit('anonymousSources');
const VAGUE_BIT = categoryBit('vague');
const NAME_INTRODUCER_BIT = categoryBit('nameIntroducers');
const CLAUSE_BOUNDARY_BIT = categoryBit('clauseBoundaries');

function span(text: string, norm: NormalizedText, start: number, end: number): Span {
  const r = toRawRange(norm, start, end);
  return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
}

function identityOf(doc: Doc, src: SourceDraft): Identity {
  if (src.mentions.every((m) => m.language !== 'ar')) return englishSourceIdentity(doc, src.mentions);
  if (src.mentions.some((m) => m.anonymous)) return 'anonymous';
  for (const m of src.mentions) {
    for (let k = m.from; k < m.to; k++) {
      if ((doc.matcher(m.language).maskAt(doc.tokens, k) & ANONYMOUS_SOURCE_BIT) === 0) continue;
      const ms = doc.matcher(m.language).matchAt(doc.tokens, k);
      if (ms.some((x) => x.phrase.category === 'anonymousSources' && m.language === 'ar' && k === m.from) && !hasArabicTitle(doc, m)) return 'anonymous';
    }
  }
  for (const m of src.mentions) {
    for (let k = m.from; k < m.to; k++) {
      if ((doc.matcher(m.language).maskAt(doc.tokens, k) & VAGUE_BIT) === 0) continue;
      // Arabic: the collective heads the phrase ("ناشطون بيئيون", "عدد من المواطنين"), not "رئيس جمعية المرضى"
      if (m.language === 'ar' && k !== m.from) continue;
      if (doc.matcher(m.language).matchAt(doc.tokens, k).some((x) => x.phrase.category === 'vague' && x.to <= m.to)) return 'vague';
    }
  }
  return 'named';
}

/** An Arabic unnamed-role phrase that goes on to a title and a name ("قائد الفرقة ... اللواء الركن فلان") is named. */
function hasArabicTitle(doc: Doc, m: Mention): boolean {
  for (let k = m.from + 1; k < m.to; k++) if (doc.matcher(m.language).firstAt(doc.tokens, k, 'roles')?.phrase.kind === 'title') return true;
  return false;
}

/**
 * Whether an Arabic indirect quote is kept beside the direct quotes it overlaps (GUIDELINES:
 * a reported clause with a marked part gets both records; marks enclosing the whole clause,
 * only the direct one). Kept when two words or more of the clause lie outside the marks
 * ("هذه شبكة «صغيرة ...»" keeps both; "حفتر “يجتمع ...”" only the direct one).
 */
function keepsIndirect(doc: Doc, a: Attribution, c: { start: number; end: number }, drafts: readonly { start: number; end: number }[], lo: number, directCount: number): boolean {
  if (doc.sentences[a.sentence]?.language !== 'ar') return false;
  let outside = 0;
  let pos = c.start;
  for (let i = lo; i < directCount && drafts[i]!.start < c.end && outside < 2; i++) {
    outside += wordsIn(doc.text, pos, Math.max(pos, drafts[i]!.start));
    pos = Math.max(pos, drafts[i]!.end);
  }
  if (outside < 2) outside += wordsIn(doc.text, pos, c.end);
  return outside >= 2;
}

/** The number of words (runs of letters or digits) in `text[start, end)`. */
function wordsIn(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    const letter = (ch >= 0x0621 && ch <= 0x064a) || (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x0660 && ch <= 0x0669);
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

/** A quote of the analysis before it gets its id and raw offsets (normalised offsets). */
interface QuoteDraft {
  readonly start: number;
  readonly end: number;
  readonly direct: boolean;
  readonly speaker: string | null;
  readonly cue?: Span;
  readonly type?: QuoteType;
}

function buildAnalysis(
  text: string,
  norm: NormalizedText,
  doc: Doc,
  paraRanges: readonly { start: number; end: number }[],
  paraLangs: readonly Language[],
  weighted: readonly { language: Language; letters: number }[],
  attributions: readonly Attribution[],
  drafts: readonly SourceDraft[],
  quoteSpeakers: Int32Array,
  claimDrafts: ReturnType<typeof findClaims>,
): Analysis {
  // loops, not map(): see prepareText
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < paraRanges.length; i++) {
    const r = toRawRange(norm, paraRanges[i]!.start, paraRanges[i]!.end);
    paragraphs.push({ start: r.start, end: r.end, language: paraLangs[i] ?? 'und' });
  }

  // Sources in order of first mention.
  const order = drafts
    .map((d, i) => ({ d, i, first: d.mentions.reduce((min, m) => Math.min(min, m.start), Infinity) }))
    .filter((x) => x.d.mentions.length > 0)
    .sort((a, b) => a.first - b.first);
  const idOf = new Map<number, string>();
  const sources: Source[] = order.map((x, n) => {
    const id = `s${n + 1}`;
    idOf.set(x.i, id);
    const sorted = [...x.d.mentions].sort((a, b) => a.start - b.start);
    const mentions: Span[] = [];
    for (const m of sorted) mentions.push(span(text, norm, m.start, m.end));
    const identity = identityOf(doc, x.d);
    const anon = x.d.mentions.find((m) => m.anonymous);
    const roleRange = anon?.role;
    const role = identity === 'anonymous' && roleRange ? span(text, norm, roleRange.start, roleRange.end).text : undefined;
    const reasonRange = x.d.mentions.find((m) => m.reason)?.reason;
    const reason = reasonRange ? span(text, norm, reasonRange.start, reasonRange.end).text : undefined;
    const label = sourceLabel(identity, role, mentions);
    return { id, identity, label, ...(role ? { role } : {}), ...(reason ? { reason } : {}), mentions };
  });
  const sid = (i: number): string | null => (i >= 0 ? (idOf.get(i) ?? null) : null);

  // Quotes: direct ones (Arabic long quotes cut at ", لكن" clause boundaries), then indirect.
  const drafts2: QuoteDraft[] = [];
  for (let qi = 0, from = 0; qi < doc.quotes.length; qi++) {
    const q = doc.quotes[qi]!;
    if (q.isName) continue;
    from = splitArabicQuote(doc, q, from, sid(quoteSpeakers[qi]!), drafts2);
  }
  const directCount = drafts2.length;
  for (const a of attributions) {
    if (!a.content) continue;
    const c = a.content;
    // direct quotes are sorted and disjoint: find the first that ends after c starts
    let lo = 0;
    let hi = directCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (drafts2[mid]!.end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < directCount && drafts2[lo]!.start < c.end && !keepsIndirect(doc, a, c, drafts2, lo, directCount)) continue;
    const cue = span(text, norm, doc.tokens.s[a.cueFrom]!, doc.tokens.e[a.cueTo - 1]!);
    drafts2.push({ start: c.start, end: c.end, direct: false, speaker: sid(a.speaker), cue, type: quoteTypeOf(a.kind) });
  }
  drafts2.sort((a, b) => a.start - b.start || a.end - b.end);
  // Spread, not fixed-shape literals or optional keys added after: both made V8 drop this
  // function's optimised code at the GC after each analysis (--trace-deopt: "weak objects").
  const quotes: Quote[] = [];
  for (let n = 0; n < drafts2.length; n++) {
    const d = drafts2[n]!;
    const r = span(text, norm, d.start, d.end);
    quotes.push({ id: `q${n + 1}`, start: r.start, end: r.end, text: r.text, direct: d.direct, speaker: d.speaker, ...(d.cue ? { cue: d.cue } : {}), ...(d.type ? { type: d.type } : {}) });
  }

  const claims: Claim[] = [];
  for (let n = 0; n < claimDrafts.length; n++) {
    const c = claimDrafts[n]!;
    const r = span(text, norm, c.start, c.end);
    claims.push({ id: `c${n + 1}`, start: r.start, end: r.end, text: r.text, attributedTo: sid(c.source), reasons: c.reasons });
  }

  return { language: articleLanguage(weighted), paragraphs, sources, quotes, claims };
}

/**
 * Adds the drafts of direct quote `q` to `out`: one, or for Arabic, the quote cut at each comma
 * followed by a contrast ("، لكن"): two statements to check. (Pushed, not returned as a list of
 * pairs: a list and a pair per quote were garbage.) Its first token is looked for from token
 * `from` on (no token of it lies before); returns where to look for the next quote's.
 */
function splitArabicQuote(doc: Doc, q: QuoteInfo, from: number, speaker: string | null, out: QuoteDraft[]): number {
  if (q.language !== 'ar') {
    out.push({ start: q.start, end: q.end, direct: true, speaker, type: 'speech' });
    return from;
  }
  let s = q.start;
  const lo = firstAtLeast(doc.tokens.s, from, q.start);
  for (let k = lo + 1; k < doc.tokens.length && doc.tokens.e[k]! <= q.end; k++) {
    if (doc.gaps[k]! & GAP_COMMA && (doc.matcher('ar').hasMaskAt(doc.tokens, k) & CLAUSE_BOUNDARY_BIT) !== 0 && doc.tokens.w[k]!.includes('لكن')) {
      const e = doc.tokens.e[k - 1]!;
      if (e > s) out.push({ start: s, end: e, direct: true, speaker, type: 'speech' });
      s = doc.tokens.s[k]!;
    }
  }
  out.push({ start: s, end: q.end, direct: true, speaker, type: 'speech' });
  return lo;
}
