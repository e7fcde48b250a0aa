/**
 * Generates `syntaxes/news-article.tmLanguage.json` from the word lists in
 * `syntaxes/grammar-words.json`, so the cue words live in one data file and never in
 * hand-edited regexes.
 *
 * Run `npx tsx scripts/build-grammar.ts` after editing the word list; the grammar unit test
 * fails while the committed grammar differs from what this script generates.
 *
 * The grammar is the cheap first layer VS Code tokenises on every line (the analysis engine
 * does the real work), so it is four match-only rules, each one linear regex:
 * - a quote is matched whole, from its opening mark to its closing mark or the end of its
 *   line, so nothing is ever left open for the next line and the rule stack never grows;
 * - word lists are compiled into prefix trees (`قال(?:ت|وا)?`) so a failed attempt costs a
 *   character comparison or two.
 * Measured with vscode-textmate 9 + vscode-oniguruma 2 on the seed article repeated to 2 MB
 * (bench/grammar.bench.ts): one rule per quote style and per word list (12 rules) ran at
 * ~3 MB/s; these four combined rules at ~7 MB/s, against ~60-80 MB/s for an empty grammar.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The shape of `syntaxes/grammar-words.json`. Keys starting with `$` are comments. */
export interface GrammarWords {
  reportingCues: {
    ar: { proclitics: string[]; words: string[]; fixed: string[] };
    en: string[];
  };
  anonymityPhrases: { proclitics: string[]; ar: string[]; en: string[] };
}

/** One rule of a TextMate grammar, as far as this grammar uses them. */
export interface TmRule {
  comment?: string;
  name?: string;
  match?: string;
  captures?: Record<string, { name: string }>;
  patterns?: TmRule[];
  include?: string;
}

/** A TextMate grammar as VS Code loads it from JSON. */
export interface TmGrammar {
  $comment: string;
  name: string;
  scopeName: string;
  patterns: TmRule[];
  repository: Record<string, TmRule>;
}

/** The grammar's root scope; package.json's `contributes.grammars` names it. */
export const SCOPE_NAME = 'text.news-article';

/** Suffix every scope carries, as TextMate convention asks (`string.quoted.double.<lang>`). */
const LANG = 'news-article';

/** Where the data and the generated grammar live, relative to the repository root. */
export const WORDS_PATH = 'syntaxes/grammar-words.json';
export const GRAMMAR_PATH = 'syntaxes/news-article.tmLanguage.json';

// Arabic combining marks (harakat, shadda, sukun, superscript alef: all nonspacing marks, Mn)
// and tatweel (0640) may follow any letter: "صرّح", "مشيراً", "قـال" still match.
const AR_MARKS = '[\\p{Mn}\\x{0640}]*';
// What may come right before an Arabic word: space, tab, no-break space, ASCII punctuation,
// dashes, the ellipsis, and Arabic comma, semicolon and question mark (scraped text often
// drops the space after them: "الدولية؟أكدت"). Listed, not \s or \p{P}: a class with many
// multi-byte members stops Oniguruma from skipping ahead to candidate bytes (measured: the
// Arabic rule cost ~73 ms/MB with \s, ~47 with this list).
const ARABIC_WORD_SEPARATOR = '[ \\t\\x{00A0}.,;:!?()\\[\\]{}/"\'\\-\\x{2013}\\x{2014}\\x{2026}\\x{060C}\\x{061B}\\x{061F}]';
// An Arabic word ends where no letter or mark follows. (\b would not do: Oniguruma counts a
// mark as a word character, so there is no \b between a letter and its fatha.)
const AR_AFTER = '(?![\\p{L}\\p{M}])';
const ALEF_FORMS = '[\\x{0627}\\x{0623}\\x{0625}\\x{0622}]'; // ا أ إ آ
const DIGIT = '[0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}]'; // ASCII, Arabic-Indic, Persian
// Inside a number: . and , (English), ٫ and ٬ (Arabic decimal and thousands separators),
// no-break and narrow no-break space (French "1 000"). The Arabic comma ، separates list
// items ("2019، 2020") and is left out.
const NUMBER_SEPARATOR = '[.,\\x{066B}\\x{066C}\\x{00A0}\\x{202F}]';

/** Escapes one character for an Oniguruma pattern. */
function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** True for a character in the Arabic blocks (0600–06FF, 0750–077F, 08A0–08FF). */
function isArabic(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff);
}

/**
 * Splits an Arabic word or phrase into regex units, one per character: alef forms match any
 * alef, a final ى also matches ي and a final ة also matches ه (the spellings news sites mix),
 * every letter may be followed by marks or tatweel, a space matches any run of white space.
 */
function arabicUnits(phrase: string): string[] {
  const chars = Array.from(phrase);
  return chars.map((ch, i) => {
    const last = i === chars.length - 1 || chars[i + 1] === ' ';
    if (ch === ' ') return '\\s+';
    if (!isArabic(ch)) return escapeChar(ch);
    let unit = ch;
    if ('اأإآ'.includes(ch)) unit = ALEF_FORMS;
    else if (ch === 'ى' && last) unit = '[ىي]';
    else if (ch === 'ة' && last) unit = '[ةه]';
    return unit + AR_MARKS;
  });
}

/** Splits an English word or phrase into regex units, exactly as written; a space matches any white space. */
function englishUnits(phrase: string): string[] {
  return Array.from(phrase).map((ch) => (ch === ' ' ? '\\s+' : escapeChar(ch)));
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * Compiles sequences of regex units into one alternation factored by common prefixes, so
 * `قال`, `قالت`, `قالوا` become `قال(?:ت|وا)?`. Branches are sorted, which makes the output
 * deterministic. Longer alternatives are never shadowed by shorter ones: a word that is a
 * prefix of another is the optional tail `(?:...)?`, which Oniguruma tries greedily first.
 * Returns `null` for an empty list.
 */
export function compileTrie(sequences: string[][]): string | null {
  const root: TrieNode = { end: false, next: new Map() };
  for (const units of sequences) {
    let node = root;
    for (const unit of units) {
      let child = node.next.get(unit);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.end = true;
  }
  if (root.next.size === 0) return null;
  return renderNode(root);
}

function renderNode(node: TrieNode): string {
  const branches = [...node.next.keys()].sort().map((unit) => unit + renderNode(node.next.get(unit) as TrieNode));
  if (branches.length === 0) return '';
  const body = branches.length === 1 && !node.end ? (branches[0] as string) : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // A single unit with no alternation can take `?` directly; anything longer needs a group.
  const group = body.startsWith('(?:') ? body : `(?:${body})`;
  return `${group}?`;
}

/**
 * A piece of a combined regex: its source and the scope (or sub-patterns) of each of its own
 * capture groups, in textual order. Combining pieces renumbers the captures.
 */
interface Piece {
  source: string;
  captures: TmCapture[];
}

/** The scope one capture group gets. */
type TmCapture = { name: string };

/**
 * Counts the capture groups in a regex source: `(` not escaped, not in a character class,
 * not followed by `?`. The generator only writes unnamed groups, so this is exact for it.
 */
export function countCaptureGroups(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(' && source[i + 1] !== '?') count++;
  }
  return count;
}

/**
 * Joins pieces into `prefix(?:a|b|c)suffix` and renumbers their captures (plus `prefixCaptures`
 * first). Throws if a piece declares a different number of captures than its source has:
 * a silent off-by-one would scope the wrong text.
 */
function combine(pieces: Piece[], prefix = '', suffix = '', prefixCaptures: TmCapture[] = []): TmRule {
  const captures: Record<string, TmCapture> = {};
  let n = 0;
  for (const cap of prefixCaptures) captures[String(++n)] = cap;
  for (const piece of pieces) {
    const found = countCaptureGroups(piece.source);
    if (found !== piece.captures.length) {
      throw new Error(`piece declares ${piece.captures.length} captures but has ${found}: ${piece.source.slice(0, 80)}`);
    }
    for (const cap of piece.captures) captures[String(++n)] = cap;
  }
  if (countCaptureGroups(prefix) + countCaptureGroups(suffix) !== prefixCaptures.length) {
    throw new Error('prefix and suffix captures do not match their declaration');
  }
  const body = pieces.length === 1 ? (pieces[0] as Piece).source : `(?:${pieces.map((p) => p.source).join('|')})`;
  return { match: `${prefix}${body}${suffix}`, captures };
}

/** Compiles Arabic words, each optionally preceded by one of `proclitics`, into one alternation. */
function arabicWords(words: string[], proclitics: string[], fixed: string[] = []): string {
  const alternatives: string[] = [];
  const main = compileTrie(words.map(arabicUnits));
  if (main) {
    const clitic = proclitics.length > 0 ? `(?:[${proclitics.join('')}]${AR_MARKS})?` : '';
    alternatives.push(`${clitic}${main}`);
  }
  const rest = compileTrie(fixed.map(arabicUnits));
  if (rest) alternatives.push(rest);
  return alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
}

/** Compiles English words or phrases, exactly as written, into one alternation. */
function englishWords(phrases: string[]): string {
  return compileTrie(phrases.map(englishUnits)) ?? '(?!)';
}

/**
 * The quotation styles, each a match-only regex with three captures: the whole quote, the
 * opening mark, the closing mark (absent when the line ends first: a quote never runs past
 * its line, and nothing is left open for the next line). The body is one token: numbers
 * inside a quote are not scoped, because vscode-textmate re-tokenises a capture by copying
 * the line up to its end, which is quadratic on a long line of many quotes (measured: a
 * 200 KB line of ”ا“ took 160 s), and begin/end rules cost a scan per style on every line. Where a mark doubles as
 * an apostrophe or as another style's closing mark, lookarounds decide:
 * - `”` opens a (reversed, Arabic-site) quote only before a letter or digit and not after
 *   one, so the closing ” of a quote opened on an earlier line does not open a new one;
 * - `'` and `‘` open only after start/space/punctuation and before a letter (not "don't",
 *   "O'Brien", "the ministers' view", "‘90s"), and close only before a non-letter.
 * `\n` is excluded from bodies because vscode-textmate appends one to every line.
 */
interface QuoteStyle {
  comment: string;
  /** Lookbehind before the opening mark, if any. */
  before: string;
  open: string;
  /** Lookahead after the opening mark, if any. */
  after: string;
  body: string;
  close: string;
  kind: string;
}

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}\\p{M}])';
const QUOTE_STYLES: QuoteStyle[] = [
  { comment: '“…” English, Arabic', before: '', open: '“', after: '', body: '[^”\\n]*', close: '”', kind: 'double.curly' },
  {
    comment: '”…“ as Arabic sites produce, and ”…” (Swedish, Finnish)',
    before: NOT_AFTER_WORD,
    open: '”',
    after: '(?=[\\p{L}\\p{N}])',
    body: '(?:[^“”\\n]|[“”](?=[\\p{L}\\p{N}]))*',
    close: '[“”]',
    kind: 'double.reversed',
  },
  { comment: '„…“ (German) and „…” (Polish)', before: '', open: '„', after: '', body: '[^“”\\n]*', close: '[“”]', kind: 'double.low' },
  { comment: '"…" typewriter quotes', before: '', open: '"', after: '', body: '[^"\\n]*', close: '"', kind: 'double.straight' },
  { comment: '«…» French, Arabic', before: '', open: '«', after: '', body: '[^»\\n]*', close: '»', kind: 'other.guillemet' },
  { comment: '‹…› French inner quotes', before: '', open: '‹', after: '', body: '[^›\\n]*', close: '›', kind: 'single.guillemet' },
  {
    comment: '‘…’, not the apostrophe in don’t',
    before: NOT_AFTER_WORD,
    open: '‘',
    after: '(?=\\p{L})',
    body: '(?:[^’\\n]|’(?=[\\p{L}\\p{N}]))*',
    close: '’',
    kind: 'single.curly',
  },
  {
    comment: "'…', not the apostrophe in don't, O'Brien, the ministers' view",
    before: NOT_AFTER_WORD,
    open: "'",
    after: '(?=\\p{L})',
    body: "(?:[^'\\n]|'(?=[\\p{L}\\p{N}]))*",
    close: "'",
    kind: 'single.straight',
  },
];

/** The quote piece for one style; captures wrap the marks only, never the lookarounds. */
function quotePiece(s: QuoteStyle): Piece {
  return {
    source: `(${s.before}(${s.open})${s.after}${s.body}(${s.close})?)`,
    captures: [
      { name: `string.quoted.${s.kind}.${LANG}` },
      { name: `punctuation.definition.string.begin.${LANG}` },
      { name: `punctuation.definition.string.end.${LANG}` },
    ],
  };
}

/**
 * Builds the whole grammar from the word lists. Pure: same words in, same grammar out
 * (property order and regex text included), so the committed JSON can be compared to it.
 *
 * Four match-only rules, each one combined regex: in vscode-textmate every regex at the root
 * costs its own scan of the line, so one regex with alternatives is far cheaper than one rule
 * per quote style or word list.
 */
export function buildGrammar(words: GrammarWords): TmGrammar {
  const repository: Record<string, TmRule> = {};

  repository['quotes'] = {
    comment: QUOTE_STYLES.map((s) => s.comment).join('; '),
    ...combine(QUOTE_STYLES.map(quotePiece)),
  };

  const cues = words.reportingCues;
  const anon = words.anonymityPhrases;
  const anonymous = { name: `markup.italic.anonymous-source.${LANG}` };
  const cue = { name: `keyword.other.reporting-cue.${LANG}` };
  // Arabic: \b is no boundary here (Oniguruma counts marks as word characters, and \b cannot
  // see a proclitic), and a lookbehind at the start of a pattern makes Oniguruma try every
  // position of the line, since all Arabic letters share two UTF-8 lead bytes. So a word
  // starts after a consumed separator (white space, ASCII or Arabic punctuation) or at the
  // start of the line; the separator is left unscoped.
  repository['arabic-words'] = {
    comment: 'Arabic anonymity phrases, then reporting cues (verbs, participles, attributions), after white space or punctuation',
    ...combine(
      [
        { source: `(${arabicWords(anon.ar, anon.proclitics)})`, captures: [anonymous] },
        { source: `(${arabicWords(cues.ar.words, cues.ar.proclitics, cues.ar.fixed)})`, captures: [cue] },
      ],
      `(?:^|${ARABIC_WORD_SEPARATOR})`,
      AR_AFTER,
    ),
  };
  repository['english-words'] = {
    comment: 'English anonymity phrases, then reporting cues, as written (case-sensitive)',
    ...combine(
      [
        { source: `(${englishWords(anon.en)})`, captures: [anonymous] },
        { source: `(${englishWords(cues.en)})`, captures: [cue] },
      ],
      '\\b',
      '\\b',
    ),
  };

  const year = `((?:1[89]|20)[0-9]{2}|(?:\\x{0661}[\\x{0668}\\x{0669}]|\\x{0662}\\x{0660})[\\x{0660}-\\x{0669}]{2})(?!${DIGIT}|${NUMBER_SEPARATOR}${DIGIT})`;
  const number = `(${DIGIT}+(?:${NUMBER_SEPARATOR}${DIGIT}+)*[%\\x{066A}]?)`;
  repository['number'] = {
    comment:
      'Numbers with separators and a percent sign; a four-digit 1800–2099 standing alone is a year. Not digits glued to a word (فرانس24, A380), but after a one-letter proclitic (و١٠٠٠, ب2019).',
    // Lookbehinds come after a lookahead for a digit, so Oniguruma can skip to digits first.
    ...combine(
      [
        { source: year, captures: [{ name: `constant.numeric.year.${LANG}` }] },
        { source: number, captures: [{ name: `constant.numeric.${LANG}` }] },
      ],
      `(?=${DIGIT})(?<![\\p{L}\\p{M}][\\p{L}\\p{M}]|[A-Za-z\\p{N}_.])`,
    ),
  };

  return {
    $comment: `Generated by scripts/build-grammar.ts from ${WORDS_PATH}: edit that file and rerun the script, do not edit this one.`,
    name: 'News Article',
    scopeName: SCOPE_NAME,
    patterns: [{ include: '#quotes' }, { include: '#arabic-words' }, { include: '#english-words' }, { include: '#number' }],
    repository,
  };
}

/** Renders the grammar as the committed file's exact text (2-space JSON, final newline). */
export function renderGrammar(words: GrammarWords): string {
  return JSON.stringify(buildGrammar(words), null, 2) + '\n';
}

/** Reads the word lists from `root`/syntaxes/grammar-words.json. Throws if missing or not JSON. */
export function readGrammarWords(root: string): GrammarWords {
  return JSON.parse(fs.readFileSync(path.join(root, WORDS_PATH), 'utf8')) as GrammarWords;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const text = renderGrammar(readGrammarWords(root));
  fs.writeFileSync(path.join(root, GRAMMAR_PATH), text);
  process.stdout.write(`wrote ${GRAMMAR_PATH} (${text.length} characters)\n`);
}
