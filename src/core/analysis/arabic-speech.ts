/**
 * Two Arabic passes that run after the cues (find-cues-ar) and before speaker linking:
 *
 * - {@link reviveReportedQuotes}: a short quoted stretch that is reported content, not a name:
 *   «في أزمة خانقة» inside "إن القطاع «في أزمة خانقة»", or the content itself right after its cue
 *   ("أعلنت الإدارة، أمس "إغلاق أحد فروعها""). Short quoted stretches are names or terms
 *   by default (classifyNames); inside or at the start of a reported clause they are words
 *   someone said. A quote introduced by a name word (شركة «...», وكالة "...") stays a name.
 * - {@link findHeadlineSpeech}: speech after a colon without marks that opens a paragraph,
 *   the headline style "الرفاعي: لا انقطاع جديد للمياه": `X: content`, where X is a short phrase
 *   that the article names as a speaker elsewhere (so a dateline "الخرطوم :" is not one).
 *
 * Both are linear: one walk over the quotes and the attributions, one over the sentences.
 */
import { GAP_COLON, GAP_COMMA, GAP_DASH, GAP_PAREN, GAP_QUOTE, GAP_STOP, isWord, matchOf, tokenEnd, type Doc } from './doc';
import { categoryBit } from './compile-lexicon';
import type { Attribution } from './find-cues';
import { readArabicPhrase, type Mention } from './find-mentions';

/** Marks the Arabic quoted stretches inside or opening an attribution's content as quotes. */
export function reviveReportedQuotes(doc: Doc, attributions: readonly Attribution[]): void {
  const quotes = doc.quotes;
  let qi = 0;
  // attributions are in text order per sentence, and sentences in order
  for (const a of attributions) {
    const c = a.content;
    if (!c || doc.sentences[a.sentence]!.language !== 'ar') continue;
    while (qi < quotes.length && quotes[qi]!.close <= c.start) qi++;
    for (let i = qi; i < quotes.length && quotes[i]!.open < c.end; i++) {
      const q = quotes[i]!;
      if (!q.isName || q.language !== 'ar' || introducedAsName(doc, q.open) || !isPhrase(doc, q.start, q.end)) continue;
      q.isName = false;
    }
  }
}

/** Whether a quoted stretch has two words at least: one word in marks is a name or term ("البستان"). */
function isPhrase(doc: Doc, start: number, end: number): boolean {
  const t = doc.text.slice(start, end).trim();
  return /\s/.test(t);
}

/** Prepositions before a quoted stretch that make it a place or thing named: "في "البستان"". */
const NAMING_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع']);

/** Whether the word before offset `open` introduces a name (شركة، وكالة، لـ) or is an outlet. */
function introducedAsName(doc: Doc, open: number): boolean {
  const toks = doc.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks.e[mid]! <= open) lo = mid + 1;
    else hi = mid;
  }
  const prev = lo - 1;
  if (prev < 0 || toks.q[prev]! >= 0) return false;
  if (doc.gaps[prev + 1] !== undefined && doc.gaps[prev + 1]! & (GAP_COMMA | GAP_STOP | GAP_COLON)) return false;
  if (NAMING_PREPOSITIONS.has(toks.w[prev]!)) return true;
  return matchOf(doc, 'ar', prev, 'nameIntroducers') !== null || matchOf(doc, 'ar', prev, 'outlets') !== null;
}

const REPORT_BIT = categoryBit('reportNouns');
const MAX_SPEAKER_WORDS = 4;
const MIN_WORD = 3;

/** A word with the proclitics و ب ل ف and the article peeled, or null when what is left is too short to be a content word. */
function contentWord(word: string): string | null {
  let w = word;
  if (/^[وبلف]ال/.test(w)) w = w.slice(3);
  else if (w.startsWith('ال')) w = w.slice(2);
  return w.length >= MIN_WORD ? w : null;
}

/** The content words of a phrase ({@link contentWord}). */
function wordsOf(doc: Doc, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const w = contentWord(doc.tokens.w[k]!);
    if (w !== null) out.push(w);
  }
  return out;
}

/**
 * Headline speech: a paragraph opening with a short phrase, a colon and a clause, where the
 * phrase shares a word with a subject of some cue of the article. Appends an attribution for
 * each (its subject a mention of the phrase) to `out`, and returns them.
 */
export function findHeadlineSpeech(doc: Doc, attributions: readonly Attribution[], out: Attribution[]): void {
  const known = new Set<string>();
  const toks = doc.tokens;
  // each distinct word peeled once (by word number): the subjects of a long text repeat their
  // words, and peeling every occurrence (a regular expression and slices) was most of the pass
  const seen = new Uint8Array(toks.words.length);
  for (const a of attributions) {
    for (const m of a.subjects) {
      for (let k = m.from; k < m.to; k++) {
        const id = toks.id[k]!;
        if (seen[id] === 1) continue;
        seen[id] = 1;
        const w = contentWord(toks.w[k]!);
        if (w !== null) known.add(w);
      }
    }
  }
  if (known.size === 0) return;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    if (s.language !== 'ar' || s.dateline) continue;
    // it opens its paragraph, or follows a colon-ended label ("رابط الخبر بصحيفة الضفاف: X: ...")
    const prev = si > 0 ? doc.sentences[si - 1]! : null;
    if (prev && prev.paragraph === s.paragraph) continue;
    let colon = -1;
    for (let k = s.from + 1; k < s.to && k - s.from <= MAX_SPEAKER_WORDS; k++) {
      const g = doc.gaps[k]!;
      if (g & GAP_COLON) {
        colon = k;
        break;
      }
      if (g & (GAP_COMMA | GAP_STOP | GAP_DASH | GAP_PAREN | GAP_QUOTE) || toks.q[k]! >= 0) break;
    }
    if (colon < 0 || colon >= s.to || toks.q[colon]! >= 0) continue;
    let ok = false;
    for (let k = s.from; k < colon && !ok; k++) if (isWord(doc, 'ar', k, 'cues') || isWord(doc, 'ar', k, 'npStops')) ok = true;
    if (ok) continue; // "وقال: ..." is the cue pass's; a phrase with a preposition is a label
    for (const w of wordsOf(doc, s.from, colon)) if (known.has(w)) ok = true;
    if (!ok) continue;
    let end = colon;
    while (end < s.to && !(end > colon && doc.gaps[end]! & (GAP_STOP | GAP_COLON))) end++;
    const speaker: Mention = { start: toks.s[s.from]!, end: toks.e[colon - 1]!, from: s.from, to: colon, language: 'ar', anonymous: false, latent: false, next: colon };
    const startTok = matchOf(doc, 'ar', colon, 'complementizers') ? colon + 1 : colon;
    if (startTok >= end) continue;
    out.push({
      sentence: si,
      cueFrom: s.from,
      cueTo: colon,
      kind: 'verb',
      subjects: [speaker],
      ref: 'subject',
      addressee: null,
      content: { start: toks.s[startTok]!, end: tokenEnd(doc, end - 1) },
      speaker: -1,
    });
  }
}

/** A genitive that is a role or a name word: "تصريحات وزير الخارجية", "مزاعم حزب الأمة". */
function headsName(doc: Doc, t: number): boolean {
  // as written, with no proclitic: "تصريح لوكالة ..." names an addressee, "تقريرا بعنوان" a title
  for (const c of ['roles', 'nameIntroducers', 'anonymousSources'] as const) if (matchOf(doc, 'ar', t, c)?.prefix === '') return true;
  return false;
}

/** Object pronouns on a verb in a relative clause: "الذي أصدره", "التي طرحها". */
function hasObjectSuffix(w: string): boolean {
  return w.length >= 4 && (w.endsWith('ه') || w.endsWith('ها') || w.endsWith('هم'));
}

/**
 * The holders of reported statements named through a statement noun (`reportNouns`), with no
 * cue: the genitive of an indefinite noun ("تصريحات الرفاعي", "مزاعم حزب الأمة", "شكاوى
 * السكان") and the agent of a relative clause on a definite one ("البيان الذي أصدره X",
 * "التصريحات التي صدرت عن X", "المقترحات التي قدمها الأهالي"), outside the cues' subjects.
 * Returns the mentions.
 */
export function findStatementHolders(doc: Doc, attributions: readonly Attribution[]): Mention[] {
  const out: Mention[] = [];
  const toks = doc.tokens;
  // a statement noun inside a cue's subject is that subject's ("وجاء في بيان الوزارة أن")
  const taken = new Uint8Array(toks.length);
  for (const a of attributions) for (const m of a.subjects) taken.fill(1, m.from, m.to);
  const matcher = doc.matcher('ar');
  for (const s of doc.sentences) {
    if (s.language !== 'ar' || s.dateline) continue;
    for (let k = s.from; k + 1 < s.to; k++) {
      if (toks.q[k]! >= 0 || taken[k] === 1 || (matcher.maskAt(toks, k) & REPORT_BIT) === 0) continue;
      const r = matchOf(doc, 'ar', k, 'reportNouns');
      if (!r || r.to >= s.to) continue;
      let t = r.to;
      if (doc.gaps[t]! & (GAP_COMMA | GAP_STOP | GAP_COLON | GAP_DASH | GAP_PAREN)) continue;
      if (r.prefix.includes('ال')) {
        // skip up to two adjectives, then a relative clause whose verb has the agent after it
        let a = t;
        while (a < s.to && a - t < 2 && !isWord(doc, 'ar', a, 'relativePronouns') && toks.w[a]!.startsWith('ال') && !(doc.gaps[a]! & (GAP_COMMA | GAP_STOP))) a++;
        if (a + 2 >= s.to || !isWord(doc, 'ar', a, 'relativePronouns') || doc.gaps[a + 1]! & (GAP_COMMA | GAP_STOP)) continue;
        const v = toks.w[a + 1]!;
        if (toks.w[a + 2] === 'عن') t = a + 3;
        else if (hasObjectSuffix(v)) t = a + 2;
        else continue;
      } else if (!(toks.w[t]!.startsWith('ال') || headsName(doc, t)) || toks.w[t]!.endsWith('يه')) continue; // "تقارير إعلامية", "التصريحات الطائفية"
      if (t >= s.to || doc.gaps[t]! & (GAP_COMMA | GAP_STOP | GAP_COLON)) continue;
      const m = readArabicPhrase(doc, s, t, { stopAtCoordination: true });
      if (!m) continue;
      // the genitive is a definite chain: "الوزير" in "تصريحات الوزير موجة من ..."
      let e = m.from + 1;
      while (e < m.to && (toks.w[e]!.startsWith('ال') || toks.q[e]! >= 0 || (e === m.from + 1 && headsName(doc, m.from) && !toks.w[m.from]!.startsWith('ال')))) e++;
      const held: Mention = e < m.to ? { ...m, to: e, end: toks.e[e - 1]!, next: e } : m;
      out.push(held);
      k = held.to - 1;
    }
  }
  return out;
}
