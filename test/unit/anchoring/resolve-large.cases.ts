/**
 * Changes to the whole of a long article (longer than SMALL_TEXT, so that anchoring works window
 * by window): each case rewrites the article and maps every old offset to its new place, so the
 * exact landing of every annotation is known.
 */
import type { AnchorHow } from '../../../src/core/anchoring';

export interface LargeEditCase {
  readonly name: string;
  /** The article after the change, and where each old offset went (`at[i]`, for i in 0..length). */
  readonly edit: (article: string) => { text: string; at: number[] };
  /** How the annotations must be found; `undefined`: any. */
  readonly how?: AnchorHow;
}

/** Rebuilds `article` unit by unit, `write(c, i)` giving what unit `i` becomes. */
function rewrite(article: string, write: (c: string, i: number) => string): { text: string; at: number[] } {
  const at: number[] = [];
  let text = '';
  for (let i = 0; i < article.length; i++) {
    at.push(text.length);
    text += write(article[i]!, i);
  }
  at.push(text.length);
  return { text, at };
}

const isArabicLetter = (c: string): boolean => c >= '\u0621' && c <= '\u064a';

export const LARGE_EDIT_CASES: readonly LargeEditCase[] = [
  {
    name: 'diacritics added to every third Arabic letter: every annotation found, on the same words',
    edit: (article) => {
      let n = 0;
      return rewrite(article, (c) => (isArabicLetter(c) && n++ % 3 === 0 ? c + '\u064e' : c));
    },
  },
  {
    name: 'tatweel stretched between every 29th pair of joined letters: every annotation found, on the same words',
    edit: (article) => {
      let n = 0;
      return rewrite(article, (c, i) => (isArabicLetter(c) && article[i + 1] !== undefined && isArabicLetter(article[i + 1]!) && n++ % 29 === 0 ? c + '\u0640' : c));
    },
  },
  {
    name: 'converted to CRLF: every annotation on the same words, line breaks inside it included',
    edit: (article) => {
      // `at` maps a unit to where it went; a "\n" is now "\r\n", so it starts at the "\r".
      return rewrite(article, (c) => (c === '\n' ? '\r\n' : c));
    },
  },
  {
    name: '20,000 code units inserted at the top, more than the search window: all moved by that much',
    edit: (article) => {
      const top = 'سطر جديد في أعلى الصفحة. '.repeat(800).slice(0, 20_000) + '\n\n';
      return { text: top + article, at: Array.from({ length: article.length + 1 }, (_, i) => i + top.length) };
    },
    how: 'moved',
  },
];
