/**
 * When two sources in different articles are the same source: the same identity and the same
 * label once normalised — Arabic with the engine's normalisation (diacritics, tatweel, alef
 * forms, ى/ي, ة/ه, digits; see text/arabic-normalize.ts), Latin letters case-folded, quotation
 * marks and punctuation dropped, white space collapsed. "وكالة “تاس” الروسية" and
 * "وكالة تاس الروسيّة" are one source.
 */
import type { Identity } from '../analysis/types';
import { normalizeKey } from '../text/arabic-normalize';

/** The key under which recurring sources are grouped: `identity` + `:` + normalised label. */
export function sourceKey(label: string, identity: Identity): string {
  const folded = normalizeKey(label.normalize('NFC'))
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${identity}:${folded}`;
}
