/** Cases for arabic-normalize.test.ts: raw text, its normal form. */
export const NORMALIZE_CASES: ReadonlyArray<{ name: string; raw: string; normal: string }> = [
  { name: 'diacritics are dropped', raw: 'قَالَتْ', normal: 'قالت' },
  { name: 'tatweel is dropped', raw: 'قـــالت', normal: 'قالت' },
  { name: 'alef forms fold to bare alef', raw: 'أإآٱا', normal: 'ااااا' },
  { name: 'alef maqsura folds to ya', raw: 'إلى', normal: 'الي' },
  { name: 'ta marbuta folds to ha', raw: 'مدينة', normal: 'مدينه' },
  { name: 'Arabic-Indic digits fold to ASCII', raw: '٢٠١٩ ۲۰۱۹', normal: '2019 2019' },
  { name: 'Latin is case-folded', raw: 'Peskov SAID', normal: 'peskov said' },
  { name: 'empty text', raw: '', normal: '' },
  { name: 'surrogate pairs pass through', raw: 'a😀b', normal: 'a😀b' },
];
