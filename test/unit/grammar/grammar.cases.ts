/**
 * Table of lines and the scopes the article grammar must give (or must not give) to parts of
 * them. Scopes are prefixes of TextMate scope names: 'string.quoted' matches
 * 'string.quoted.double.curly.news-article'.
 */

export const STRING = 'string.quoted';
export const CUE = 'keyword.other.reporting-cue';
export const ANON = 'markup.italic.anonymous-source';
export const NUMBER = 'constant.numeric';
export const YEAR = 'constant.numeric.year';
export const OPEN = 'punctuation.definition.string.begin';
export const CLOSE = 'punctuation.definition.string.end';

/**
 * - `exact`: every character of `text` carries `scope`, and the characters just before and
 *   after it (when on the line) do not carry that same full scope name;
 * - `has`: every character of `text` carries `scope` (neighbours may too);
 * - `not`: no character of `text` carries `scope`.
 */
export type Check = 'exact' | 'has' | 'not';

export interface Expectation {
  text: string;
  scope: string;
  check: Check;
  /** Which occurrence of `text` on the line, 1-based; default 1. */
  occurrence?: number;
  /** Index into `lines`; default the last line. */
  line?: number;
}

export interface GrammarCase {
  name: string;
  /** Tokenised in order, each from the previous line's state, as VS Code does. */
  lines: string[];
  expect: Expectation[];
}

function e(text: string, scope: string, check: Check = 'exact', extra: Partial<Expectation> = {}): Expectation {
  return { text, scope, check, ...extra };
}

export const GRAMMAR_CASES: GrammarCase[] = [
  // --- Quotation marks --------------------------------------------------------------------
  {
    name: 'seed: “…” after a participle cue, marks scoped as punctuation',
    lines: ['مشيرا إلى أنه تطرّق إلى “الوضع في ليبيا والمنطقة”، من دون تقديم تفاصيل إضافية.'],
    expect: [
      e('“الوضع في ليبيا والمنطقة”', STRING),
      e('“', OPEN),
      e('”', CLOSE),
      e('الوضع في ليبيا والمنطقة', STRING, 'has'),
      e('مشيرا', CUE),
      e('، من دون تقديم', STRING, 'not'),
    ],
  },
  {
    name: 'seed: two quotes on one line, the text between them is not a string',
    lines: [
      'وقالت لفرانس24: “يبحث حفتر عن سبل التخلص من مرتزقة فاغنر”، لذا “يسعى إلى فتح محادثات مع موسكو”، مشيرة أن حفتر “في وضع صعب”.',
    ],
    expect: [
      e('وقالت', CUE),
      e('لفرانس24', NUMBER, 'not'),
      e('“يبحث حفتر عن سبل التخلص من مرتزقة فاغنر”', STRING),
      e('، لذا ', STRING, 'not'),
      e('“يسعى إلى فتح محادثات مع موسكو”', STRING),
      e('مشيرة', CUE),
      e('“في وضع صعب”', STRING),
    ],
  },
  {
    name: 'reversed ”…“ as Arabic sites produce',
    lines: ['وقال إن ”الوضع صعب جدا“ في ليبيا'],
    expect: [e('”الوضع صعب جدا“', 'string.quoted.double.reversed'), e('”', OPEN), e('“', CLOSE), e(' في ليبيا', STRING, 'not'), e('وقال', CUE)],
  },
  {
    name: 'a closing ” left over from an earlier line does not open a quote',
    lines: ['the end of a quote that began earlier.” وقال الوزير إن الأمر انتهى'],
    expect: [e('”', STRING, 'not'), e('وقال', CUE), e('الوزير إن الأمر انتهى', STRING, 'not')],
  },
  {
    name: 'guillemets «…»',
    lines: ['Il a déclaré «nous ne partirons pas» hier, et «الوضع خطير» أيضا'],
    expect: [
      e('«nous ne partirons pas»', 'string.quoted.other.guillemet'),
      e('«الوضع خطير»', 'string.quoted.other.guillemet'),
      e(' hier, et ', STRING, 'not'),
    ],
  },
  {
    name: 'single guillemets ‹…› and low-high „…“',
    lines: ['Er sagte: „Wir bleiben hier“ und ‹oui› dann'],
    expect: [
      e('„Wir bleiben hier“', 'string.quoted.double.low'),
      e('„', OPEN),
      e('‹oui›', 'string.quoted.single.guillemet'),
      e(' und ', STRING, 'not'),
    ],
  },
  {
    name: 'straight double quotes',
    lines: ['The minister said "we will not leave" and left.'],
    expect: [e('"we will not leave"', 'string.quoted.double.straight'), e(' and left.', STRING, 'not'), e('said', CUE)],
  },
  {
    name: 'single quotes after a space, closed before punctuation',
    lines: ["She called it 'a complete disaster', then left."],
    expect: [e("'a complete disaster'", 'string.quoted.single.straight'), e(', then left.', STRING, 'not')],
  },
  {
    name: "apostrophes are not quotes: don't, O'Brien, the ministers' view",
    lines: ["I don't know whether O'Brien read the ministers' view or the party's plan."],
    expect: [
      e("don't", STRING, 'not'),
      e("O'Brien", STRING, 'not'),
      e("ministers' view", STRING, 'not'),
      e("party's plan.", STRING, 'not'),
    ],
  },
  {
    name: 'an apostrophe inside a single quote does not close it',
    lines: ["He said 'I don't know' and shrugged."],
    expect: [e("'I don't know'", 'string.quoted.single.straight'), e(' and shrugged.', STRING, 'not')],
  },
  {
    name: 'curly apostrophes are not quotes; ‘…’ is; ‘90s is not',
    lines: ['They don’t agree: ‘never again’, as in the ‘90s.'],
    expect: [
      e('don’t', STRING, 'not'),
      e('‘never again’', 'string.quoted.single.curly'),
      e('‘90s', STRING, 'not'),
    ],
  },
  {
    name: 'cue words inside a quote are part of the quote, not cues',
    lines: ['“He said that the army told them”, the officer added.'],
    expect: [e('said', CUE, 'not'), e('told', CUE, 'not'), e('added', CUE), e('“He said that the army told them”', STRING)],
  },
  {
    name: 'an unclosed “ ends at the end of its line; the next line starts clean',
    lines: ['وقالت: “هذا الاقتباس لا ينتهي أبدا', 'وأضافت أن الوضع صعب في 2019.'],
    expect: [
      e('“هذا الاقتباس لا ينتهي أبدا', STRING, 'exact', { line: 0 }),
      e('وأضافت', CUE, 'exact', { line: 1 }),
      e('أن الوضع صعب في ', STRING, 'not', { line: 1 }),
      e('2019', YEAR, 'exact', { line: 1 }),
    ],
  },
  {
    name: 'an unclosed « and an unclosed " end at their line too',
    lines: ['Il a dit «nous resterons', '"never closed either', 'plain text, said Peskov.'],
    expect: [
      e('«nous resterons', STRING, 'exact', { line: 0 }),
      e('"never closed either', STRING, 'exact', { line: 1 }),
      e('plain text, ', STRING, 'not', { line: 2 }),
      e('said', CUE, 'exact', { line: 2 }),
    ],
  },
  // --- Reporting cues ---------------------------------------------------------------------
  {
    name: 'seed: cue after Arabic ? with no space, and وفق / حسب attributions',
    lines: [
      'تستغيث وتنتظر المساعدات الإنسانية الدولية؟أكدت القيادة العامة، وفق ما أعلن الكرملين. وفق وسائل إعلام ليبية.حسب بيان نشرته قوات شرق ليبيا',
    ],
    expect: [e('أكدت', CUE), e('وفق', CUE), e('أعلن', CUE), e('وفق', CUE, 'exact', { occurrence: 2 }), e('حسب', CUE), e('بيان', CUE, 'not')],
  },
  {
    name: 'seed: a cue at the start of a paragraph, and participles',
    lines: ['وتابعت إن “حفتر طلب الدعم”، وأضافت قائلة إن عدد أفراد مجموعة فاغنر، مضيفة أنه'],
    expect: [e('وتابعت', CUE), e('وأضافت', CUE), e('قائلة', CUE), e('مضيفة', CUE)],
  },
  {
    name: 'Arabic cues with diacritics, tatweel, bare alef, final ه, ي for ى',
    lines: ['قالَ الوزير، ثم قـالت، وصرّح مشيراً إلى أن؛اكد، ونفي'],
    expect: [e('قالَ', CUE), e('قـالت', CUE), e('وصرّح', CUE), e('مشيراً', CUE), e('اكد', CUE), e('ونفي', CUE)],
  },
  {
    name: 'Arabic words that only contain or extend a cue are not cues',
    lines: ['قالب المقال الكشف وحسب مقالات قالتها أعلنوها'],
    expect: [
      e('قالب', CUE, 'not'),
      e('المقال', CUE, 'not'),
      e('الكشف', CUE, 'not'),
      e('وحسب', CUE, 'not'),
      e('مقالات', CUE, 'not'),
      e('قالتها', CUE, 'not'),
      e('أعلنوها', CUE, 'not'),
    ],
  },
  {
    name: 'English cues, with the name Said and words containing a cue left alone',
    lines: ['Said Ahmed, a farmer, told AFP the strike was unsaid; Peskov said, she added, according to Reuters. According to TASS, officials say'],
    expect: [
      e('Said', CUE, 'not'),
      e('told', CUE),
      e('unsaid', CUE, 'not'),
      e('said', CUE, 'exact', { occurrence: 2 }),
      e('added', CUE),
      e('according to', CUE),
      e('According to', CUE),
      e('say', CUE),
    ],
  },
  // --- Anonymity phrases ------------------------------------------------------------------
  {
    name: 'seed: the anonymous specialist',
    lines: ['لكن متخصصة في الشؤون الليبية رفضت الكشف عن هويتها لأسباب أمنية، قالت لفرانس24 إن'],
    expect: [e('رفضت الكشف عن هويتها', ANON), e('قالت', CUE), e('لأسباب أمنية', ANON, 'not')],
  },
  {
    name: 'Arabic anonymity phrases with proclitics; a cue word inside a phrase stays in the phrase',
    lines: ['وقال مصدر مطلع، طلب عدم ذكر اسمه، إن الاجتماع تأجل، بحسب مصادر مطلعة ومصدر دبلوماسي'],
    expect: [
      e('وقال', CUE),
      e('مصدر مطلع', ANON),
      e('طلب عدم ذكر اسمه', ANON),
      e('ذكر', CUE, 'not'),
      e('بحسب', CUE),
      e('مصادر مطلعة', ANON),
      e('ومصدر دبلوماسي', ANON),
    ],
  },
  {
    name: 'English anonymity phrases',
    lines: [
      'A source familiar with the matter, who asked not to be named, said officials spoke on condition of anonymity because they were not authorized to speak publicly.',
    ],
    expect: [
      e('A source familiar with the matter', ANON),
      e('who asked not to be named', ANON),
      e('said', CUE),
      e('on condition of anonymity', ANON),
      e('not authorized to speak', ANON),
    ],
  },
  // --- Numbers ----------------------------------------------------------------------------
  {
    name: 'years and numbers, ASCII and Arabic-Indic, with separators',
    lines: ['منذ عام 2019، قتل ١٬٠٠٠ مقاتل و٢٠١٩ و3.5% من 1,000,000 في 2019, 2020 و20190'],
    expect: [
      e('2019', YEAR),
      e('١٬٠٠٠', NUMBER),
      e('١٬٠٠٠', YEAR, 'not'),
      e('٢٠١٩', YEAR),
      e('3.5%', NUMBER),
      e('1,000,000', NUMBER),
      e('2019', YEAR, 'exact', { occurrence: 2 }),
      e('2020', YEAR),
      e('20190', NUMBER),
      e('20190', YEAR, 'not'),
    ],
  },
  {
    name: 'digits glued to a word are not numbers; after a one-letter proclitic they are',
    lines: ['قالت لفرانس24 إن طائرة A380 وصلت ب2019 وG7'],
    expect: [e('24', NUMBER, 'not'), e('380', NUMBER, 'not'), e('2019', YEAR), e('7', NUMBER, 'not')],
  },
];

/** Hostile single lines: each must tokenise, end at the root state, and leave the next line clean. */
export const HOSTILE_LINES: { name: string; line: string }[] = [
  { name: '200 KB of opening “', line: '“'.repeat(200_000) },
  { name: '200 KB of alternating “”', line: '“”'.repeat(100_000) },
  { name: '200 KB of reversed ”ا“', line: '”ا“'.repeat(66_667) },
  { name: '200 KB of « without »', line: '«'.repeat(200_000) },
  { name: "200 KB of apostrophes and single quotes", line: "a'b 'c".repeat(33_334) },
  { name: '200 KB of an Arabic cue without spaces', line: 'وقالت'.repeat(40_000) },
  { name: '200 KB of digits and separators', line: '1,2.3٬'.repeat(33_334) },
];

/** Checks on the seed article: `text` inside the first line containing `context`. */
export const SEED_CHECKS: (Expectation & { context: string })[] = [
  { context: 'رفضت الكشف عن هويتها', text: 'رفضت الكشف عن هويتها', scope: ANON, check: 'exact' },
  { context: 'وقالت لفرانس24', text: 'وقالت', scope: CUE, check: 'exact' },
  { context: 'أجابت المتخصصة', text: 'أجابت', scope: CUE, check: 'exact' },
  { context: 'وتابعت إن', text: 'وتابعت', scope: CUE, check: 'exact' },
  { context: 'الدولية؟أكدت', text: 'أكدت', scope: CUE, check: 'exact' },
  { context: 'وأكد المتحدث', text: 'وأكد', scope: CUE, check: 'exact' },
  { context: 'منذ عام 2019', text: '2019', scope: YEAR, check: 'exact' },
  { context: 'في عام 2019', text: '2019', scope: YEAR, check: 'exact' },
  { context: 'وكالة “تاس”', text: '“تاس”', scope: STRING, check: 'exact' },
];

/** compileTrie: words as arrays of single characters, and the alternation expected. */
export const TRIE_CASES: { words: string[]; expected: string | null }[] = [
  { words: [], expected: null },
  { words: ['a'], expected: 'a' },
  { words: ['said', 'says', 'say'], expected: 'sa(?:id|y(?:s)?)' },
  { words: ['told', 'tells'], expected: 't(?:ells|old)' },
  { words: ['وفق', 'وفقا'], expected: 'وفق(?:ا)?' },
];

/** countCaptureGroups: regex sources and their number of capture groups. */
export const CAPTURE_GROUP_CASES: { source: string; count: number }[] = [
  { source: '(a)(?:b)(c)', count: 2 },
  { source: '\\(a\\)', count: 0 },
  { source: '[(](b)', count: 1 },
  { source: '[\\]()](b)', count: 1 },
  { source: '(?<!x)(?=y)((z))', count: 2 },
];
