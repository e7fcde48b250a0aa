/**
 * Cases for robustness.test.ts: small hostile inputs (the big ones are in the benchmark and
 * hostile.test.ts). `maxQuoteLength` bounds every quote found: an unbalanced mark must not
 * swallow the text after its paragraph.
 */
const SEED_LINE = 'وقالت لفرانس24: “يبحث حفتر عن سبل التخلص من مرتزقة فاغنر”، مشيرة أن حفتر “في وضع صعب”.';

export const ROBUSTNESS_CASES: ReadonlyArray<{ name: string; text: string; maxQuoteLength?: number }> = [
  { name: 'empty text', text: '' },
  { name: 'only whitespace and line breaks', text: ' \n\r\n\t\n\n ' },
  { name: '100 000 opening marks', text: '“'.repeat(100_000), maxQuoteLength: 0 },
  { name: 'alternating marks of every kind', text: '“”«»"\'‹›„‘’'.repeat(10_000) },
  { name: 'marks separated by spaces', text: '“ ” « » " \' '.repeat(10_000) },
  { name: '100 KB without spaces or line breaks', text: 'قالإنأن“'.repeat(12_500) },
  { name: '100 KB of one Latin word', text: 'a'.repeat(100_000) },
  { name: 'every line opens a quote that never closes', text: '“unclosed words here\n'.repeat(5_000), maxQuoteLength: 0 },
  { name: 'an unbalanced mark before many paragraphs', text: 'He said “this never closes.\n\n' + 'Another plain paragraph of the article.\n\n'.repeat(2_000), maxQuoteLength: 0 },
  { name: 'CRLF line ends', text: (SEED_LINE + '\r\n\r\n').repeat(200) },
  { name: 'lone CR line ends', text: (SEED_LINE + '\r\r').repeat(200) },
  { name: 'mixed right-to-left and left-to-right text with bidi marks', text: ('\u200fقال الوزير إن “الحكومة ستعمل على الحل” \u200eThe minister said "we will act soon," he added.\n\n').repeat(200) },
  { name: 'many cues with no content', text: 'said said said told according to قال قالت وفق حسب '.repeat(2_000) },
  { name: 'many numbers and claim cues', text: 'first record 2019 12% more than because of killed '.repeat(2_000) },
  { name: 'surrogate pairs and combining marks', text: '😀 قَالَتْ “😀 نعم 😀” said 😀.\n'.repeat(1_000) },
  { name: 'a lone surrogate', text: 'He said \ud800 “words of a quote here, really” today.' },
  { name: 'a very long paragraph of repeated sentences', text: 'Peskov said the talks failed. '.repeat(3_000) },
];
