/**
 * Word cases for syntaxes/language-configuration.json's wordPattern (what VS Code's
 * getWordRangeAtPosition, word highlighting and word-based suggestions use): a line, the
 * character at which the word is asked for, and the word expected.
 */
export interface WordCase {
  name: string;
  line: string;
  /** The character clicked: the first character of `at` (first occurrence) in `line`. */
  at: string;
  word: string;
}

export const WORD_CASES: WordCase[] = [
  { name: 'an Arabic word with a fatha keeps its diacritic', line: 'ثم قالَت لفرانس24 إن', at: 'الَ', word: 'قالَت' },
  { name: 'an Arabic word with tanween and shadda', line: 'وصرّح مشيراً إلى', at: 'يراً', word: 'مشيراً' },
  { name: 'a word glued to a digit stays whole', line: 'ثم قالَت لفرانس24 إن', at: 'نس2', word: 'لفرانس24' },
  { name: 'the opening quote mark is not part of the word', line: 'إلى “الوضع في ليبيا”', at: 'وضع', word: 'الوضع' },
  { name: 'the closing quote mark is not part of the word', line: 'إلى “الوضع في ليبيا”', at: 'يبيا', word: 'ليبيا' },
  { name: 'the Arabic comma splits words typed without a space', line: 'ليبيا،والمنطقة', at: 'منطقة', word: 'والمنطقة' },
  { name: 'the Arabic question mark splits words', line: 'الدولية؟أكدت القيادة', at: 'كدت', word: 'أكدت' },
  { name: 'guillemets are not part of the word', line: 'il a dit «non» hier', at: 'on»', word: 'non' },
  { name: 'tatweel stays inside the word', line: 'لـ “القوات', at: 'لـ', word: 'لـ' },
  { name: "an English contraction is one word", line: "I don't know", at: "n't", word: "don't" },
  { name: 'a curly apostrophe inside a name', line: 'said O’Brien today', at: 'Bri', word: 'O’Brien' },
  { name: 'single quotes around a word are not part of it', line: "called it 'fake' then", at: 'ake', word: 'fake' },
  { name: 'Arabic-Indic digits form a word', line: 'عام ٢٠١٩ م', at: '٠١', word: '٢٠١٩' },
  { name: 'accented Latin letters', line: 'il a déclaré hier', at: 'clar', word: 'déclaré' },
];

/** Quote-mark pairs that must auto-close and surround a selection. */
export const QUOTE_PAIRS: [string, string][] = [
  ['“', '”'],
  ['«', '»'],
  ['„', '“'],
  ['‹', '›'],
  ['‘', '’'],
  ['"', '"'],
];

/**
 * The `editor.wordSeparators` the extension should set for the news-article language through
 * package.json's `contributes.configurationDefaults`: double-click and word navigation use
 * this setting, not the wordPattern (microsoft/vscode#64769, "by design"). VS Code's default
 * separators plus the quote marks, Arabic comma, semicolon and question mark, the ellipsis
 * and dashes; Arabic letters, diacritics and tatweel are not separators, so an Arabic word is
 * selected whole.
 */
export const RECOMMENDED_WORD_SEPARATORS = '`~!@#$%^&*()-=+[{]}\\|;:\'",.<>/?“”«»„‹›‘’،؛؟…–—';

/** Double-click cases under RECOMMENDED_WORD_SEPARATORS: the character clicked and the selection. */
export const DOUBLE_CLICK_CASES: WordCase[] = [
  { name: 'an Arabic word with a fatha keeps its diacritic', line: 'ثم قالَت لفرانس24 إن', at: 'الَ', word: 'قالَت' },
  { name: 'an Arabic word with tanween and shadda', line: 'وصرّح مشيراً إلى', at: 'يراً', word: 'مشيراً' },
  { name: 'the opening quote mark is not selected', line: 'إلى “الوضع في ليبيا”', at: 'وضع', word: 'الوضع' },
  { name: 'the closing quote mark is not selected', line: 'إلى “الوضع في ليبيا”', at: 'يبيا', word: 'ليبيا' },
  { name: 'the reversed marks are not selected', line: 'إن ”الوضع“ صعب', at: 'وضع', word: 'الوضع' },
  { name: 'the Arabic comma splits words typed without a space', line: 'ليبيا،والمنطقة', at: 'منطقة', word: 'والمنطقة' },
  { name: 'the Arabic question mark splits words', line: 'الدولية؟أكدت القيادة', at: 'كدت', word: 'أكدت' },
  { name: 'guillemets are not selected', line: 'il a dit «non» hier', at: 'on»', word: 'non' },
  { name: 'tatweel stays inside the word', line: 'لـ “القوات', at: 'لـ', word: 'لـ' },
  { name: 'Arabic-Indic digits', line: 'عام ٢٠١٩ م', at: '٠١', word: '٢٠١٩' },
];
