/**
 * Cases for cue-model.test.ts: English sentences with a reporting verb no lexicon lists, which
 * the learned cue classifier must read as a cue (and the rules' frames then give the quote and
 * its speaker), and sentences whose verbs are acts, not reports, which it must leave alone.
 * Written for these tests, not taken from the corpus.
 */
export interface LearnedCueCase {
  readonly name: string;
  readonly text: string;
  /** The word scored. */
  readonly word: string;
  /** Whether it must score at or above the model's threshold. */
  readonly cue: boolean;
  /** The quotes analyze() must find (text and speaker label), when `cue`. */
  readonly quotes?: ReadonlyArray<{ readonly text: string; readonly speaker: string | null }>;
}

export const LEARNED_CUE_CASES: readonly LearnedCueCase[] = [
  {
    name: 'an unlisted verb of speech before "that"',
    text: 'The harbour master fumed that the ferries would run late all week.',
    word: 'fumed',
    cue: true,
    quotes: [{ text: 'the ferries would run late all week', speaker: 'The harbour master' }],
  },
  {
    name: 'an unlisted boast before "that"',
    text: 'Mayor Lena Ortiz bragged that crime had fallen in every district.',
    word: 'bragged',
    cue: true,
    quotes: [{ text: 'crime had fallen in every district', speaker: 'Mayor Lena Ortiz' }],
  },
  {
    name: 'an unlisted complaint before "that"',
    text: 'The farmers groused that the new tariff would ruin the harvest.',
    word: 'groused',
    cue: true,
    quotes: [{ text: 'the new tariff would ruin the harvest', speaker: 'The farmers' }],
  },
  { name: 'a verb of motion', text: 'The council flew to Denver on Tuesday for a conference.', word: 'flew', cue: false },
  { name: 'a verb of gardening', text: 'She planted tomatoes in the garden behind the house.', word: 'planted', cue: false },
  { name: 'a verb of weather', text: 'The river flooded the lower town after the storm.', word: 'flooded', cue: false },
  { name: 'a noun', text: 'The budget includes new money for the harbour.', word: 'harbour', cue: false },
];
