/**
 * Word counts for quoted-word shares: a word is a run of letters, digits and combining marks
 * (Arabic diacritics stay inside their word), with inner apostrophes and hyphens
 * ("don't", "al-Sisi"). Punctuation and quotation marks are not words.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’-][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** The number of words in `text` (0 for an empty or punctuation-only string). */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
