/**
 * resolve on small texts, one rule at a time: a range is described in `before`, the text becomes
 * `after`, and the target must land on `want` (found with `needle`, its `occurrence`-th occurrence
 * in `after`) or be an orphan (`want: null`).
 */
import type { AnchorHow } from '../../../src/core/anchoring';

export interface ResolveCase {
  readonly name: string;
  readonly before: string;
  /** The annotated words in `before` (`occurrence`-th, 1-based). */
  readonly quote: string;
  readonly occurrence?: number;
  readonly after: string;
  /** Where it must land in `after`, or `null` for an orphan. */
  readonly want: { readonly text: string; readonly occurrence?: number; readonly how: AnchorHow } | null;
}

const P1 = 'In Moscow on Thursday, officials of the Kremlin received the field marshal for talks.';
const P2 = 'Later that evening a spokesman for the Kremlin declined to give any further details.';

export const RESOLVE_CASES: readonly ResolveCase[] = [
  { name: 'unchanged text: exact', before: P1, quote: 'the field marshal', after: P1, want: { text: 'the field marshal', how: 'exact' } },
  {
    name: 'a repeated word: context picks the second occurrence after text is inserted above',
    before: `${P1} ${P2}`,
    quote: 'Kremlin',
    occurrence: 2,
    after: `BREAKING: the Kremlin speaks. ${P1} ${P2}`,
    want: { text: 'Kremlin', occurrence: 3, how: 'moved' },
  },
  {
    name: 'a repeated word whose own mention was deleted is an orphan, not moved to the other mention',
    before: `${P1} ${P2}`,
    quote: 'Kremlin',
    occurrence: 1,
    after: `In Moscow on Thursday, Russian officials received their guest for talks. ${P2}`,
    want: null,
  },
  {
    name: 'a short quote, unique, whose context was rewritten on both sides is still found near its place',
    before: 'We met him at the old harbour of Benghazi yesterday morning, before the storm.',
    quote: 'Benghazi',
    after: 'They saw the visitor near the eastern port of Benghazi on a cold grey day, long before rain.',
    want: { text: 'Benghazi', how: 'moved' },
  },
  {
    name: 'one word changed in a long quote: fuzzy, on the changed words',
    before: `He said: "the mercenaries have become a threat to him in the east of the country" today.`,
    quote: 'the mercenaries have become a threat to him in the east of the country',
    after: `He said: "the fighters have become a threat to him in the east of the country" today.`,
    want: { text: 'the fighters have become a threat to him in the east of the country', how: 'fuzzy' },
  },
  {
    name: 'a quote rewritten beyond the error bound is an orphan',
    before: `He said: "the mercenaries have become a threat to him in the east" today.`,
    quote: 'the mercenaries have become a threat to him in the east',
    after: `He said: "foreign fighters are now a real danger for his rule in Cyrenaica" today.`,
    want: null,
  },
  {
    name: 'a short quote is never matched fuzzily',
    before: 'The meeting with Putin lasted an hour.',
    quote: 'Putin',
    after: 'The meeting with Puten lasted an hour.',
    want: null,
  },
  {
    name: 'a quote across a line break, after LF -> CRLF: the same words, CR included',
    before: 'Title of the piece\n\nFirst line of the body text.\nSecond line.',
    quote: 'piece\n\nFirst line',
    after: 'Title of the piece\r\n\r\nFirst line of the body text.\r\nSecond line.',
    want: { text: 'piece\r\n\r\nFirst line', how: 'fuzzy' },
  },
  {
    name: 'Arabic: alef forms and final ya written differently: fuzzy on the same words',
    before: 'قال المتحدث إن الرئيس الروسي التقى المشير في موسكو يوم الخميس.',
    quote: 'إن الرئيس الروسي التقى المشير',
    after: 'قال المتحدث ان الرئيس الروسي التقي المشير في موسكو يوم الخميس.',
    want: { text: 'ان الرئيس الروسي التقي المشير', how: 'fuzzy' },
  },
  {
    name: 'Arabic: tatweel added inside a short quote: found normalised-exactly',
    before: 'وأكد المتحدث باسم الكرملين دميتري بيسكوف الخبر.',
    quote: 'الكرملين',
    after: 'وأكد المتحدث باسم الكـرملين دميتري بيسكوف الخبر.',
    want: { text: 'الكـرملين', how: 'fuzzy' },
  },
  {
    name: 'emoji around the quote: a fuzzy range never splits a surrogate pair',
    before: 'Reaction 😀😀 was strong across the whole region today 😀 indeed.',
    quote: '😀 was strong across the whole region today 😀',
    after: 'Reaction 😀😀 was very strong across the whole region today 😀 indeed.',
    want: { text: '😀 was very strong across the whole region today 😀', how: 'fuzzy' },
  },
  { name: 'a quote in an emptied text is an orphan', before: P1, quote: 'Kremlin', after: '', want: null },
];
