/**
 * Hostile inputs for analyze(): each case builds its text from the real fixtures (`seed`: the
 * Arabic seed article, `english`: an English fixture). Sizes stay in the hundreds of KB so the
 * suite runs in seconds; the 1 MB and 10 MB versions are in bench/analysis.bench.ts.
 */

/** The fixture texts a case may build from. */
export interface HostileInputs {
  readonly seed: string;
  readonly english: string;
}

/** Roughly how long the big cases are, in UTF-16 code units. */
export const HOSTILE_SIZE = 300_000;

/** `unit` repeated until the result has at least `size` code units. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / Math.max(1, unit.length)));
}

/** Every quotation mark the engine knows, opening and closing, in a scrambled order. */
export const QUOTE_MARKS = '“”«»"\'„‹›”“»«‚‘’';

export const HOSTILE_CASES: readonly { readonly name: string; readonly build: (inputs: HostileInputs) => string }[] = [
  { name: 'empty text', build: () => '' },
  { name: 'only white space and blank lines', build: () => ' \n\n\t\r\n  \u00a0\n' },
  { name: 'a single quotation mark', build: () => '“' },
  { name: 'a single word', build: () => 'said' },
  { name: `${HOSTILE_SIZE / 1000} KB of mixed quote marks`, build: () => repeatTo(QUOTE_MARKS, HOSTILE_SIZE) },
  { name: `${HOSTILE_SIZE / 1000} KB of straight double quotes`, build: () => repeatTo('"', HOSTILE_SIZE) },
  { name: `${HOSTILE_SIZE / 1000} KB of opening curly marks with words`, build: () => repeatTo('“قال إن “he said that ', HOSTILE_SIZE) },
  { name: `${HOSTILE_SIZE / 1000} KB of Arabic with no spaces or newlines`, build: ({ seed }) => repeatTo(seed.replace(/\s+/g, ''), HOSTILE_SIZE) },
  { name: `${HOSTILE_SIZE / 1000} KB of English with no spaces or newlines`, build: ({ english }) => repeatTo(english.replace(/\s+/g, ''), HOSTILE_SIZE) },
  { name: `${HOSTILE_SIZE / 1000} KB in one paragraph (the seed with its newlines removed)`, build: ({ seed }) => repeatTo(seed.replace(/\n+/g, ' ') + ' ', HOSTILE_SIZE) },
  { name: 'reporting cues with nothing after them', build: () => 'He said\n\nقالت\n\naccording to\n\nوفق\n\nShe added that' },
  {
    name: 'mixed right-to-left and left-to-right with bidi controls and astral characters',
    build: ({ seed, english }) =>
      [seed.split('\n\n')[3] ?? '', '\u200f\u202bوقال مسؤول إن “الوضع صعب”\u202c \u{1F600} said an official, “it is hard” \u{1F1F1}\u{1F1FE}', english.split('\n\n')[2] ?? ''].join('\n\n'),
  },
  { name: 'lone surrogates and a NUL inside quotes', build: () => 'He said “a\ud800b\u0000c” and “\udc00”.\n\nقالت إن “\ud83d”' },
];
