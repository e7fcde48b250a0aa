/**
 * Cases for quote-marks.test.ts: an article and the direct quotes analyze() must find in it
 * (their text, marks excluded), in order. Names and terms between marks, apostrophes and
 * unbalanced marks yield no quote.
 */
export interface QuoteMarkCase {
  readonly name: string;
  readonly text: string;
  readonly quotes: readonly string[];
}

export const QUOTE_MARK_CASES: readonly QuoteMarkCase[] = [
  { name: 'curly double marks', text: 'He said: “We will not go back to the talks.”', quotes: ['We will not go back to the talks.'] },
  { name: 'reversed curly marks of Arabic sites', text: 'وقال: ”لن نعود إلى المحادثات أبدا في هذه الظروف“.', quotes: ['لن نعود إلى المحادثات أبدا في هذه الظروف'] },
  { name: 'guillemets', text: 'Il a dit : «Nous ne reviendrons pas à la table.»', quotes: ['Nous ne reviendrons pas à la table.'] },
  { name: 'reversed guillemets', text: 'وقال »لن نعود إلى المحادثات في هذه الظروف« ثم غادر.', quotes: ['لن نعود إلى المحادثات في هذه الظروف'] },
  { name: 'straight double marks', text: '"We don\'t want to hurt anyone, but we won\'t give up," she said.', quotes: ["We don't want to hurt anyone, but we won't give up,"] },
  { name: 'single guillemets', text: 'Er sagte ‹Wir kommen nicht zurück, niemals.›', quotes: ['Wir kommen nicht zurück, niemals.'] },
  { name: 'low-high German marks', text: 'Er sagte: „Wir kommen nicht zurück, niemals.“', quotes: ['Wir kommen nicht zurück, niemals.'] },
  { name: 'single straight marks around a headline quote', text: "'We were never consulted,' says Sissoko as Tamoura's army waits", quotes: ['We were never consulted,'] },
  { name: 'curly single marks', text: 'She said ‘we are ready for a serious conversation, not ultimatums.’', quotes: ['we are ready for a serious conversation, not ultimatums.'] },
  { name: "apostrophes are not marks: don't, O'Brien, the players' union", text: "O'Brien said the players' union don't accept it and it's final.", quotes: [] },
  { name: 'an Arabic transliteration apostrophe is not a mark', text: "The Shi'ite and Ba'ath parties met in Da'el on Monday.", quotes: [] },
  { name: 'a short quoted name after لـ is not a quote', text: 'أكدت القيادة العامة لـ “القوات المسلحة العربية الليبية” أن الاجتماع تم.', quotes: [] },
  { name: 'a quoted agency name after وكالة is not a quote', text: 'وأكد بيسكوف لوكالة “تاس” الروسية حصول اللقاء.', quotes: [] },
  { name: 'a so-called term is not a quote', text: 'Fighters from the so-called “Wagner Group” have arrived in the north of the country.', quotes: [] },
  { name: 'a scare-quoted two-word term is not a quote', text: 'Strikers call the proposal the "pension grab" and refuse it.', quotes: [] },
  {
    name: 'a quote over three paragraphs is one quote',
    text: 'He said:\n\n“First paragraph of the quote.\n\n“Second paragraph of it.\n\n“Last one here.”\n\nThen he left.',
    quotes: ['First paragraph of the quote.\n\n“Second paragraph of it.\n\n“Last one here.'],
  },
  {
    name: 'an unbalanced mark does not swallow the next paragraph',
    text: 'He said “this is never closed and goes on.\n\nThe next paragraph has “a real quote here.” and ends.',
    quotes: ['a real quote here.'],
  },
  { name: 'French spaced guillemets: the spaces are not part of the quote', text: 'Il a dit : « Nous ne céderons pas à la pression », a-t-il ajouté.', quotes: ['Nous ne céderons pas à la pression'] },
  { name: 'an empty pair is not a quote', text: 'Nothing “” here, nor "" there, only words.', quotes: [] },
  { name: 'nested single marks stay inside the outer quote', text: '“He told me ‘never again’ and left the room,” she said.', quotes: ["He told me ‘never again’ and left the room,"] },
  {
    name: 'English copy that mixes typed and curly double marks pairs them: “…," and "…”',
    text: '“The bridge will open in May," Mayor Ines Calder said. "We have the money now.”\n\nThe council met later.',
    quotes: ['The bridge will open in May,', 'We have the money now.'],
  },
  { name: 'a typed pair nested in a curly quote stays inside it', text: '“He called the plan "a bad joke" and walked out,” she said.', quotes: ['He called the plan "a bad joke" and walked out,'] },
];
