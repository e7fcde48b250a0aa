/**
 * Edits made to the seed article after it was annotated, and where every annotation must land.
 * Each case rewrites the article and says, for each marked span, the range it must resolve to
 * (with how it is found) or `null` (it must be an orphan). Expected offsets are derived from the
 * edit itself (what was inserted where), independently of the code under test.
 */
import type { AnchorHow } from '../../../src/core/anchoring';
import { findOccurrence, SEED, type SeedSpan } from './seed';

/** Where a span must land after the edit. */
export interface Landing {
  readonly start: number;
  readonly end: number;
  readonly how: AnchorHow;
}

export interface SeedEditCase {
  readonly name: string;
  /** The article after the edit. */
  readonly text: string;
  /** The landing of each span, or `null` for an orphan. */
  readonly expect: (span: SeedSpan) => Landing | null;
}

/** Spans before `at` stay; spans at or after it move by `delta`; `how` says how moved ones are found. */
function shiftFrom(at: number, delta: number) {
  return (s: SeedSpan): Landing =>
    s.start >= at ? { start: s.start + delta, end: s.end + delta, how: 'moved' } : { start: s.start, end: s.end, how: 'exact' };
}

// --- text inserted above, mentioning the Kremlin and France24 again -------------------------
const HEADLINE = 'عاجل: الكرملين يؤكد زيارة حفتر، وفرانس24 تتابع التفاصيل.\n\n';

// --- a word changed inside a quote -------------------------------------------------------------
const QUOTE5 = 'يبحث حفتر عن سبل التخلص من مرتزقة فاغنر الذين أصبحوا يشكلون تهديدا له في الشرق الليبي';
const QUOTE5_AT = findOccurrence(SEED, QUOTE5);
const CHANGED_AT = QUOTE5_AT + QUOTE5.indexOf('مرتزقة');
const CHANGED_DELTA = 'عناصر'.length - 'مرتزقة'.length;

// --- a sentence deleted --------------------------------------------------------------------------
const SENTENCE = 'وهو اللقاء الأول بين بوتين وحفتر منذ عام 2019، وفق وسائل إعلام ليبية.';
const SENTENCE_AT = findOccurrence(SEED, SENTENCE);

// --- the paragraphs reversed -------------------------------------------------------------------
const PARAGRAPHS = SEED.split('\n\n');
const REVERSED = [...PARAGRAPHS].reverse().join('\n\n');
function reversedLanding(s: SeedSpan): Landing {
  let oldAt = 0;
  for (let k = 0; k < PARAGRAPHS.length; k++) {
    const p = PARAGRAPHS[k]!;
    if (s.start >= oldAt && s.end <= oldAt + p.length) {
      let newAt = 0;
      for (let j = PARAGRAPHS.length - 1; j > k; j--) newAt += PARAGRAPHS[j]!.length + 2;
      return { start: newAt + s.start - oldAt, end: newAt + s.end - oldAt, how: newAt === oldAt ? 'exact' : 'moved' };
    }
    oldAt += p.length + 2;
  }
  throw new Error(`${s.name} spans paragraphs`);
}

// --- diacritics added: a fatha after every Arabic letter ------------------------------------
const FATHA = '\u064e';
const isArabicLetter = (c: string): boolean => c >= '\u0621' && c <= '\u064a';
/** `newAt[i]`: offset in the diacritised text of the seed's code unit `i` (`newAt[length]`: its end). */
const newAt: number[] = [];
let diacritised = '';
for (const c of SEED) {
  newAt.push(diacritised.length);
  diacritised += isArabicLetter(c) ? c + FATHA : c;
}
newAt.push(diacritised.length);

// --- CRLF line endings ---------------------------------------------------------------------------
const CRLF = SEED.replace(/\n/g, '\r\n');
const linesBefore = (i: number): number => SEED.slice(0, i).split('\n').length - 1;

// --- the Kremlin's two mentions swapped in order by moving the first paragraph with one to the end
const KREMLIN_PARAGRAPH = PARAGRAPHS.findIndex((p) => p.includes('الكرملين'));
const MOVED_DOWN = [...PARAGRAPHS.slice(0, KREMLIN_PARAGRAPH), ...PARAGRAPHS.slice(KREMLIN_PARAGRAPH + 1), PARAGRAPHS[KREMLIN_PARAGRAPH]!].join('\n\n');
const KREMLIN_PARAGRAPH_AT = PARAGRAPHS.slice(0, KREMLIN_PARAGRAPH).reduce((n, p) => n + p.length + 2, 0);
const KREMLIN_PARAGRAPH_END = KREMLIN_PARAGRAPH_AT + PARAGRAPHS[KREMLIN_PARAGRAPH]!.length;
const KREMLIN_PARAGRAPH_NEW_AT = MOVED_DOWN.length - PARAGRAPHS[KREMLIN_PARAGRAPH]!.length;

export const SEED_EDIT_CASES: readonly SeedEditCase[] = [
  {
    name: 'a headline inserted above, repeating the Kremlin and France24: every span moves by its length, to the right occurrence',
    text: HEADLINE + SEED,
    expect: shiftFrom(0, HEADLINE.length),
  },
  {
    name: 'a word changed inside quote 5: that quote is found fuzzily on the same words, the others stay or shift',
    text: SEED.slice(0, CHANGED_AT) + 'عناصر' + SEED.slice(CHANGED_AT + 'مرتزقة'.length),
    expect: (s) =>
      s.start === QUOTE5_AT
        ? { start: s.start, end: s.end + CHANGED_DELTA, how: 'fuzzy' }
        : shiftFrom(CHANGED_AT, CHANGED_DELTA)(s),
  },
  {
    name: 'a sentence deleted: the claim and the source in it are orphans, the rest shift back',
    text: SEED.slice(0, SENTENCE_AT) + SEED.slice(SENTENCE_AT + SENTENCE.length),
    expect: (s) =>
      s.start >= SENTENCE_AT && s.end <= SENTENCE_AT + SENTENCE.length ? null : shiftFrom(SENTENCE_AT, -SENTENCE.length)(s),
  },
  {
    name: 'the paragraphs reversed: every span moves with its paragraph',
    text: REVERSED,
    expect: reversedLanding,
  },
  {
    name: 'the paragraph with the first Kremlin moved to the end: each mention follows its own context',
    text: MOVED_DOWN,
    expect: (s) => {
      if (s.start >= KREMLIN_PARAGRAPH_AT && s.end <= KREMLIN_PARAGRAPH_END) {
        const d = KREMLIN_PARAGRAPH_NEW_AT - KREMLIN_PARAGRAPH_AT;
        return { start: s.start + d, end: s.end + d, how: 'moved' };
      }
      return shiftFrom(KREMLIN_PARAGRAPH_END, -(PARAGRAPHS[KREMLIN_PARAGRAPH]!.length + 2))(s);
    },
  },
  {
    name: 'diacritics added to every Arabic letter: every span found fuzzily on the same words, its last diacritic included',
    text: diacritised,
    expect: (s) => ({ start: newAt[s.start]!, end: newAt[s.end]!, how: 'fuzzy' }),
  },
  {
    name: 'the whole article converted to CRLF: every span on the same words',
    text: CRLF,
    expect: (s) => {
      const d = linesBefore(s.start);
      return { start: s.start + d, end: s.end + d, how: d === 0 ? 'exact' : 'moved' };
    },
  },
];
