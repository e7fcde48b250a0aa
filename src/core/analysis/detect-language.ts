/**
 * Language of a stretch of text from its letters: Arabic script is `ar`; Latin script is `fr`
 * when French function words or accents dominate, else `en`; no letters is `und`. Linear.
 */
import type { Language } from './types';

/** Letter counts of a stretch of text, by script. */
export interface ScriptCounts {
  arabic: number;
  latin: number;
  french: number;
}

const FRENCH_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'que', 'qui', 'dans', 'pour', 'sur', 'au', 'aux', 'pas', 'avec', 'selon', 'ont', 'été']);
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'said', 'with', 'by', 'as', 'at', 'from', 'has', 'have']);

// Function words as numbers (their code units in base 256, all below 256): the paragraph
// scan looks every short word up without building a string for it.
const LONGEST_FUNCTION_WORD = 5; // longer words are in neither set
function keyOf(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 256 + word.charCodeAt(i);
  return key;
}
const FRENCH_KEYS = new Set([...FRENCH_WORDS].map(keyOf));
const ENGLISH_KEYS = new Set([...ENGLISH_WORDS].map(keyOf));

/**
 * Counts the script of each letter in `text.slice(start, end)`.
 *
 * Written as a tight inner loop over a run of Arabic-block units, which is what news in Arabic
 * is made of: the former one loop with a sentinel unit past `end` (`i <= end ? ... : 0x20`)
 * tested every unit against both scripts and the end of a Latin run, and cost about twice a
 * plain scan of the text.
 */
export function countScripts(text: string, start: number, end: number): ScriptCounts {
  let arabic = 0;
  let latin = 0;
  let fr = 0;
  let en = 0;
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      const from = i;
      for (i++; i < end; i++) {
        c = text.charCodeAt(i);
        if (c < 0x0600 || c > 0x06ff) break;
      }
      arabic += i - from;
      continue;
    }
    if (!isLatinLetter(c)) {
      i++;
      continue;
    }
    // A run of Latin letters: a function word is looked up by keyOf, lower-cased (c | 0x20);
    // key is -1 once the run is too long or has a letter past U+00FF.
    const from = i;
    let key = 0;
    for (; i < end; i++) {
      c = text.charCodeAt(i);
      if (!isLatinLetter(c)) break;
      const lower = c | 0x20;
      if (i - from >= LONGEST_FUNCTION_WORD || lower > 0xff) key = -1;
      else if (key >= 0) key = key * 256 + lower;
    }
    latin += i - from;
    if (key >= 0) {
      if (FRENCH_KEYS.has(key)) fr++;
      else if (ENGLISH_KEYS.has(key)) en++;
    }
  }
  return { arabic, latin, french: fr > en ? latin : 0 };
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f);
}

/** The language of a paragraph from its script counts. */
export function languageOf(counts: ScriptCounts): Language {
  if (counts.arabic === 0 && counts.latin === 0) return 'und';
  if (counts.arabic >= counts.latin) return 'ar';
  return counts.french > 0 ? 'fr' : 'en';
}

/**
 * The article's language: the one language of its paragraphs, weighted by letters; languages
 * with under 5% of the letters (a site's footer line) do not make it `mixed`.
 */
export function articleLanguage(paragraphs: readonly { language: Language; letters: number }[]): Language {
  const byLang = new Map<Language, number>();
  let total = 0;
  for (const p of paragraphs) {
    if (p.language === 'und') continue;
    byLang.set(p.language, (byLang.get(p.language) ?? 0) + p.letters);
    total += p.letters;
  }
  const major = [...byLang.entries()].filter(([, n]) => n >= total * 0.05);
  if (major.length === 0) return 'und';
  if (major.length === 1) return major[0]![0];
  return 'mixed';
}
