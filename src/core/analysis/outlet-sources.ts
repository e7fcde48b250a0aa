/**
 * News outlets as sources, by one rule (lexicons/README.md, "Outlets"):
 *
 * - A report an outlet produced is a source: "في تقرير لفرانس24" (a report by France24).
 * - An outlet the speaker addressed only heard the statement ("قالت لفرانس24", "لـ«عكاظ»" in
 *   Okaz): it is not a source, and never the speaker. Except a third-party channel: when the
 *   article names its own outlet (the producer of its report) and the speaker addressed another
 *   one ("بيسكوف لوكالة تاس" in France24's report), that outlet is the channel the article got
 *   the statement through, a source of its own. With no own outlet named, every addressee is
 *   taken for the publication itself.
 *
 * The third-party half applies where the lexicon sets `addresseeOutletsAreSources` (Arabic).
 * Linear: one pass over the first paragraphs' tokens and one over the attributions.
 */
import { categoryBit } from './compile-lexicon';
import { fitsAt, type Doc } from './doc';
import type { Attribution } from './find-cues';
import type { Mention } from './find-mentions';
import type { Language } from './types';

const OUTLET_BIT = categoryBit('outlets');
const REPORT_BIT = categoryBit('reportNouns');
/** Paragraphs at the top of an article where its own report is named (headline, kicker, byline). */
const HEAD_PARAGRAPHS = 4;

/** The outlet phrase at token `k` behind a لـ ("لفرانس24"): its token end, or -1. */
function outletBehindLam(doc: Doc, lang: Language, k: number): number {
  const matcher = doc.matcher(lang);
  if ((matcher.maskAt(doc.tokens, k) & OUTLET_BIT) === 0) return -1;
  const cands = matcher.candidatesAt(doc.tokens, k);
  for (let c = 0; c < cands.length; c++) {
    const { phrase, prefix } = cands[c]!;
    if (phrase.category === 'outlets' && prefix.endsWith('ل') && !prefix.endsWith('ال') && fitsAt(doc, phrase, k)) return k + phrase.words.length;
  }
  return -1;
}

/** The outlet (its words, joined) at tokens `[from, to)`, or null: the first outlet phrase inside. */
function outletKey(doc: Doc, lang: Language, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const m = doc.matcher(lang).firstAt(doc.tokens, k, 'outlets');
    if (m && m.to <= to) return m.phrase.words.join(' ');
  }
  return null;
}

/**
 * The outlet mentions that are sources: report producers ("تقرير لفرانس24") and third-party
 * channels among the attributions' addressees.
 */
export function findOutletSources(doc: Doc, attributions: readonly Attribution[]): Mention[] {
  const out: Mention[] = [];
  const toks = doc.tokens;
  let own: string | null = null;
  for (const s of doc.sentences) {
    if (s.language !== 'ar') continue;
    const lang = s.language;
    const matcher = doc.matcher(lang); // once a sentence, not once a word
    for (let k = s.from; k + 1 < s.to; k++) {
      if (toks.q[k]! >= 0 || (matcher.maskAt(toks, k) & REPORT_BIT) === 0 || matcher.firstAt(toks, k, 'reportNouns') === null) continue;
      const to = outletBehindLam(doc, lang, k + 1);
      if (to < 0) continue;
      const pre = matcher.firstAt(toks, k + 1, 'outlets')!;
      out.push({ start: toks.s[k + 1]! + pre.prefix.length, end: toks.e[to - 1]!, from: k + 1, to, language: lang, anonymous: false, latent: false, next: to });
      if (s.paragraph < HEAD_PARAGRAPHS) own ??= pre.phrase.words.join(' ');
    }
  }
  if (own === null) return out;
  for (const a of attributions) {
    const m = a.addressee;
    if (!m || !doc.matcher(m.language).addresseeOutletsAreSources) continue;
    const key = outletKey(doc, m.language, m.from, m.to) ?? quotedOutletKey(doc, m);
    if (key !== null && key !== own) out.push(m);
  }
  return out;
}

/** An outlet named inside the addressee's quoted name ("وكالة “تاس” الروسية"). */
function quotedOutletKey(doc: Doc, m: Mention): string | null {
  for (let k = m.from; k < m.to; k++) if (doc.tokens.q[k]! >= 0) return outletKey(doc, m.language, k, m.to);
  return null;
}
