/**
 * Cases for english-frames.test.ts: English reporting frames and cue classes (issue 10), each an
 * invented article with the quotes analyze() must find in it (text, speaker label, type) and,
 * where it matters, quotes it must not find. Written for the tests, not taken from any corpus.
 */
import type { QuoteType } from '../../../src/core/analysis/types';

export interface FrameCase {
  readonly name: string;
  readonly text: string;
  readonly quotes: ReadonlyArray<{ readonly text: string; readonly speaker: string | null; readonly type?: QuoteType }>;
  /** Quote texts that must not be found. */
  readonly absent?: readonly string[];
}

export const FRAME_CASES: readonly FrameCase[] = [
  {
    name: 'completed lemma classes: "points out that", "agreed with", base "fear"',
    text: 'Analyst Rhea Vance points out that the fares rose twice. Councillor Jo Marsh agreed with the harbour plan. Many residents fear the river will flood again.',
    quotes: [
      { text: 'the fares rose twice', speaker: 'Analyst Rhea Vance', type: 'speech' },
      { text: 'the harbour plan', speaker: 'Councillor Jo Marsh', type: 'speech' },
      { text: 'the river will flood again', speaker: 'Many residents', type: 'thought' },
    ],
  },
  {
    name: 'the opening name phrase starts after a subordinator: "When Mayor X ..."',
    text: 'When Mayor Lina Ortiz finally arrived at the dock, the message was blunt — “We will rebuild every house” — and short.',
    quotes: [{ text: 'We will rebuild every house', speaker: 'Mayor Lina Ortiz' }],
  },
  {
    name: 'a middle initial does not cut the name: "Edward G. Whitlock", "Mara J. Olsen"',
    text: 'The tunnel is safe, said Edward G. Whitlock, the chief engineer. Mara J. Olsen said the repairs would take a year.',
    quotes: [
      { text: 'The tunnel is safe', speaker: 'Edward G. Whitlock, the chief engineer' },
      { text: 'the repairs would take a year', speaker: 'Mara J. Olsen' },
    ],
  },
  {
    name: 'a quote in a sentence with no cue read belongs to its opening name phrase',
    text: 'Mayor Lina Ortiz thanked the volunteers for “keeping the town afloat” during the flood.',
    quotes: [{ text: 'keeping the town afloat', speaker: 'Mayor Lina Ortiz' }],
  },
  {
    name: 'a quote in a sentence with no cue read, opened by a known surname, is that source\'s',
    text: 'Architect Omar Selby said the tower was safe. Selby, who designed the atrium, thanked the crew for “months of careful work” on the site.',
    quotes: [
      { text: 'the tower was safe', speaker: 'Architect Omar Selby' },
      { text: 'months of careful work', speaker: 'Architect Omar Selby' },
    ],
  },
  {
    name: 'pledge, plead and mention classes: "pledged that", "pleaded with", "mentions that"',
    text: 'Governor Tomas Brill pledged that the schools would stay open. Nurse Ada Penn pleaded with the board to keep the clinic. The memo mentions that the audit is late.',
    quotes: [
      { text: 'the schools would stay open', speaker: 'Governor Tomas Brill', type: 'speech' },
      { text: 'with the board to keep the clinic', speaker: 'Nurse Ada Penn', type: 'speech' },
      { text: 'the audit is late', speaker: 'The memo', type: 'speech' },
    ],
  },
  {
    name: 'evidence "finds" and stance "decided", "voted": a study finds, a council decided to',
    text: 'A harbour study finds that the tides are rising. Councillor Jo Marsh decided to drop the fee. The board voted to close the depot.',
    quotes: [
      { text: 'the tides are rising', speaker: 'A harbour study', type: 'evidence' },
      { text: 'to drop the fee', speaker: 'Councillor Jo Marsh', type: 'thought' },
      { text: 'to close the depot', speaker: 'The board', type: 'thought' },
    ],
  },
  {
    name: 'a quoted title keeps the sentence\'s comma inside its marks: “Meet the Voters,” is no quote',
    text: 'Senator Ivo Lind spoke on “Meet the Voters,” and said the bill was dead.',
    quotes: [{ text: 'the bill was dead', speaker: 'Senator Ivo Lind' }],
    absent: ['Meet the Voters'],
  },
  {
    name: 'content before the cue without marks: "..., officials said."',
    text: 'The bridge will reopen in March, officials said.',
    quotes: [{ text: 'The bridge will reopen in March', speaker: 'officials', type: 'speech' }],
  },
  {
    name: 'parenthetical cue after a fronted adverbial: "Still, she said, ..."',
    text: 'Mayor Lina Ortiz said the repairs were urgent. Still, she said, the council has to decide who pays for them.',
    quotes: [
      { text: 'the repairs were urgent', speaker: 'Mayor Lina Ortiz' },
      { text: 'the council has to decide who pays for them', speaker: 'Mayor Lina Ortiz' },
    ],
  },
  {
    name: 'inverted subject splitting the clause: "The plan, said analyst X, would ..."',
    text: 'The plan, said transport analyst Rhea Vance, would cost twice as much.',
    quotes: [{ text: 'would cost twice as much', speaker: 'transport analyst Rhea Vance' }],
  },
  {
    name: 'coordinated verbs: the second cue takes the first one\'s speaker',
    text: 'Mayor Lina Ortiz said the budget was balanced and promised to publish the accounts.',
    quotes: [
      { text: 'the budget was balanced', speaker: 'Mayor Lina Ortiz' },
      { text: 'to publish the accounts', speaker: 'Mayor Lina Ortiz' },
    ],
  },
  {
    name: 'a speech act with an object: "endorsed the proposal"',
    text: 'Governor Paul Hale endorsed the proposal on Tuesday.',
    quotes: [{ text: 'the proposal on Tuesday', speaker: 'Governor Paul Hale', type: 'speech' }],
  },
  {
    name: 'intention with a "to" complement is a thought',
    text: 'Union leaders want to meet the minister before the vote.',
    quotes: [{ text: 'to meet the minister before the vote', speaker: 'Union leaders', type: 'thought' }],
  },
  {
    name: 'a worry is a thought, held by a vague collective',
    text: 'Residents worry that the river will flood again.',
    quotes: [{ text: 'the river will flood again', speaker: 'Residents', type: 'thought' }],
  },
  {
    name: 'evidence: what a survey shows',
    text: 'A survey of local firms shows that hiring has slowed.',
    quotes: [{ text: 'hiring has slowed', speaker: 'A survey of local firms', type: 'evidence' }],
  },
  {
    name: 'the quote split by its cue: both parts are the speaker\'s',
    text: 'Mayor Lina Ortiz visited the site. "We are not leaving," Ortiz said, "until the work is done."',
    quotes: [
      { text: 'We are not leaving,', speaker: 'Mayor Lina Ortiz', type: 'speech' },
      { text: 'until the work is done.', speaker: 'Mayor Lina Ortiz', type: 'speech' },
    ],
  },
  {
    name: 'a bare plural subject with a communication verb: "Critics argue ..."',
    text: 'Critics argue the fare rise will hurt commuters.',
    quotes: [{ text: 'the fare rise will hurt commuters', speaker: 'Critics' }],
  },
  {
    name: '"told" + an addressee + a clause without "that"',
    text: 'Engineer Dana Pike told reporters the cables had corroded.',
    quotes: [{ text: 'the cables had corroded', speaker: 'Engineer Dana Pike' }],
  },
  {
    name: 'a fronted adverbial is not content: "In a written statement, X said ..."',
    text: 'In a written statement, the company said it regretted the delay.',
    quotes: [{ text: 'it regretted the delay', speaker: 'the company' }],
    absent: ['In a written statement'],
  },
  {
    name: 'noise: a cue verb in a sense that is not reporting ("added 1,200 jobs")',
    text: 'The city added 1,200 jobs last year.',
    quotes: [],
  },
  {
    name: 'noise: a cue word as a noun ("His claims") and a passive ("were dismissed")',
    text: 'His claims were dismissed by the court.',
    quotes: [],
  },
  {
    name: 'noise: an infinitive cue is governed by the verb before it',
    text: 'The minister is reluctant to endorse the plan.',
    quotes: [],
  },
  {
    name: 'a quote introduced by a colon after a name: "X: “...”"',
    text: 'Transport analyst Rhea Vance: “The figures do not add up, and everyone in the room knew it.”',
    quotes: [{ text: 'The figures do not add up, and everyone in the room knew it.', speaker: 'Transport analyst Rhea Vance' }],
  },
  {
    name: 'a reporting noun with a "that" clause and a possessive owner: "Roe\'s claim that ..."',
    text: 'Senator Ann Roe spoke first. Roe\'s claim that the fund was empty surprised the council.',
    quotes: [{ text: 'the fund was empty surprised the council', speaker: 'Roe' }],
  },
  {
    name: 'a noun form used as a verb of feeling takes its subject: "Democrats fear that ..."',
    text: 'Democrats fear that the seat is lost.',
    quotes: [{ text: 'the seat is lost', speaker: 'Democrats', type: 'thought' }],
  },
  {
    name: '"seemed": an impression with no source, the whole clause',
    text: 'The mayor seemed to enjoy the debate.',
    quotes: [{ text: 'The mayor seemed to enjoy the debate', speaker: null, type: 'thought' }],
  },
  {
    name: 'a raising verb before an infinitive cue: "appeared to imply that"',
    text: 'Councillor Ben Ash appeared to imply that the audit was rigged.',
    quotes: [{ text: 'the audit was rigged', speaker: 'Councillor Ben Ash' }],
  },
  {
    name: 'a prepositional cue: "pointed to"',
    text: 'Critics pointed to the cost overruns.',
    quotes: [{ text: 'the cost overruns', speaker: 'Critics' }],
  },
  {
    name: 'a speaker\'s turn in a transcript: "Name: ..." without marks',
    text: 'Vance: Well, the numbers never added up.',
    quotes: [{ text: 'Well, the numbers never added up', speaker: 'Vance' }],
  },
  {
    name: 'a paragraph that is one more quote continues the previous paragraph\'s speaker',
    text: 'Rhea Vance praised the plan. "It is the right call," Vance said.\n\n"Nobody else had a better idea, and the city knows it."',
    quotes: [
      { text: 'the plan', speaker: 'Rhea Vance' },
      { text: 'It is the right call,', speaker: 'Rhea Vance' },
      { text: 'Nobody else had a better idea, and the city knows it.', speaker: 'Rhea Vance' },
    ],
  },
  {
    name: 'a quote after a colon with no cue is the sentence subject\'s: "as X put it: “...”"',
    text: 'Or, as Senator Ann Roe put it: “The city cannot wait any longer for the money.”',
    quotes: [{ text: 'The city cannot wait any longer for the money.', speaker: 'Senator Ann Roe' }],
  },
  {
    name: 'a poll opening the sentence with "In": what it shows is evidence',
    text: 'In a Harbour University poll released Sunday, the mayor led by ten points.',
    quotes: [{ text: 'the mayor led by ten points', speaker: 'a Harbour University poll released Sunday', type: 'evidence' }],
  },
  {
    name: 'a nested cue gives its subject as a source and no second quote over the same words',
    text: 'Senator Ann Roe said Democrats fear that the seat is lost.',
    quotes: [{ text: 'Democrats fear that the seat is lost', speaker: 'Senator Ann Roe' }],
  },
  {
    name: 'a party and state in brackets between the subject and its cue: "Sen. Ann Roe (D-Ohio) defended"',
    text: 'Sen. Ann Roe (D-Ohio) defended her call to raise the minimum wage.',
    quotes: [{ text: 'her call to raise the minimum wage', speaker: 'Sen. Ann Roe' }],
  },
  {
    name: 'a bare weekday between the cue and its content: "promised Monday to ..."',
    text: 'Mayor Lina Ortiz promised Monday to publish the accounts.',
    quotes: [{ text: 'to publish the accounts', speaker: 'Mayor Lina Ortiz' }],
  },
  {
    name: 'a headline line ends its clause; ", telling X ..." ends the content before it',
    text: 'Ortiz Says The Budget Is Balanced\nMayor Lina Ortiz said the budget was balanced, telling reporters it was a good year.',
    quotes: [
      { text: 'The Budget Is Balanced', speaker: 'Mayor Lina Ortiz' }, // the surname merges with the full name
      { text: 'the budget was balanced', speaker: 'Mayor Lina Ortiz' },
      { text: 'it was a good year', speaker: 'Mayor Lina Ortiz' },
    ],
  },
  {
    name: 'an anonymity phrase holds no cue: "who asked not to be named said"',
    text: 'The talks had stalled, two diplomats who asked not to be named said on Monday.',
    quotes: [{ text: 'The talks had stalled', speaker: 'two diplomats' }],
  },
  {
    name: 'a subject with an age, a place and a state abbreviation before the cue: "X, 61, of Dover, Del., who ..., said"',
    text: 'Marta Quill, 61, of Dover, Del., who runs the ferry, said the fares would rise in June.',
    quotes: [{ text: 'the fares would rise in June', speaker: 'Marta Quill, 61, of Dover, Del.' }],
  },
  {
    name: 'a subject after a quote, with a lower-case role appositive: "“…,” X, director of …, said"',
    text: '“The dam will hold through the spring,” Oren T. Vale, director of the river authority, said on Monday.',
    quotes: [{ text: 'The dam will hold through the spring,', speaker: 'Oren T. Vale, director of the river authority' }],
  },
  {
    name: 'a fronted adverbial before the subject and its relative clause is not the subject: "In Leeds, X, who ..., said"',
    text: 'In Leeds, Councillor Rhys Aldane, who chairs the housing board, said the towers would be cleared.',
    quotes: [{ text: 'the towers would be cleared', speaker: 'Councillor Rhys Aldane' }],
  },
  {
    name: 'run-together initials and a party tag after an inverted subject: "said Rep. A.B. Name (D-N.C.), head of …"',
    text: '“This bill is a disgrace,” said Rep. J.D. Farrow (D-N.M.), head of the rural caucus.',
    quotes: [{ text: 'This bill is a disgrace,', speaker: 'Rep. J.D. Farrow (D-N.M.), head of the rural caucus' }],
  },
  {
    name: 'a signature after a quote names its speaker: “…” ― Name, one after another',
    text: '“The ferry was late every single day this winter.” ― Ines Marlow  “Nobody at the port ever answered our letters.” ― Tobias Kade Renn',
    quotes: [
      { text: 'The ferry was late every single day this winter.', speaker: 'Ines Marlow' },
      { text: 'Nobody at the port ever answered our letters.', speaker: 'Tobias Kade Renn' },
    ],
  },
  {
    name: '"went on to say" raises the infinitive cue: the subject is the sentence\'s',
    text: 'Councillor Hana Vries went on to say, “The budget will not cover the new bridge.”',
    quotes: [{ text: 'The budget will not cover the new bridge.', speaker: 'Councillor Hana Vries' }],
  },
  {
    name: 'an uncued quote belongs to the name that opens its sentence, not to the previous quote\'s speaker',
    text: '“The river is rising fast,” Mayor Lina Ortiz said. In recent days, Aldane has gone after the mayor as “a captain asleep at the wheel.”',
    quotes: [
      { text: 'The river is rising fast,', speaker: 'Mayor Lina Ortiz' },
      { text: 'a captain asleep at the wheel.', speaker: 'Aldane' },
    ],
  },
];

/** Cases for English identity: the mention and the identity its head noun gives. */
export const IDENTITY_FRAME_CASES: ReadonlyArray<{ readonly name: string; readonly text: string; readonly sources: ReadonlyArray<{ readonly mention: string; readonly identity: 'named' | 'vague' | 'anonymous' }> }> = [
  {
    name: 'plural insiders are anonymous: "officials said"',
    text: 'The bridge will reopen in March, officials said.',
    sources: [{ mention: 'officials', identity: 'anonymous' }],
  },
  {
    name: 'an unnamed spokesperson of a named organisation is anonymous',
    text: 'A council spokeswoman said the report would be published on Friday.',
    sources: [{ mention: 'A council spokeswoman', identity: 'anonymous' }],
  },
  {
    name: 'a named organisation before insiders keeps them anonymous: "White House aides"',
    text: 'White House aides said the trip was off.',
    sources: [{ mention: 'White House aides', identity: 'anonymous' }],
  },
  {
    name: 'a title with a name is named: "spokesman Josh Pell"',
    text: 'Council spokesman Josh Pell said the report was late.',
    sources: [{ mention: 'Council spokesman Josh Pell', identity: 'named' }],
  },
  {
    name: 'an anonymity clause makes the mention anonymous',
    text: 'A senior city official, who spoke on condition of anonymity because the talks were private, said the deal was close.',
    sources: [{ mention: 'A senior city official', identity: 'anonymous' }],
  },
  {
    name: '"one analyst" is one unnamed individual: anonymous',
    text: 'One analyst said the fund was too small.',
    sources: [{ mention: 'One analyst', identity: 'anonymous' }],
  },
  {
    name: 'collectives nobody could check are vague: "Republicans", "experts", "some"',
    text: 'Republicans say the bill is dead. Experts think it will pass. Some believe it will be delayed.',
    sources: [
      { mention: 'Republicans', identity: 'vague' },
      { mention: 'Experts', identity: 'vague' },
      { mention: 'Some', identity: 'vague' },
    ],
  },
  {
    name: 'a poll without a named producer is vague; with one, named',
    text: 'A new poll shows the race is tied. A Harbour University poll found that turnout would fall.',
    sources: [
      { mention: 'A new poll', identity: 'vague' },
      { mention: 'A Harbour University poll', identity: 'named' },
    ],
  },
  {
    name: 'an insider phrase holding a stance without a cue is a source: "Okafor aides were cautious"',
    text: 'Okafor aides were cautious about the timetable.',
    sources: [{ mention: 'Okafor aides', identity: 'anonymous' }],
  },
  {
    name: 'a quantity of a group is the group: "A chorus of senior Democrats", "seven of 10 parents"',
    text: 'A chorus of senior Democrats said the levy was doomed. Roughly seven of 10 parents say they will attend.',
    sources: [
      { mention: 'A chorus of senior Democrats', identity: 'vague' },
      { mention: 'Roughly seven of 10 parents', identity: 'vague' },
    ],
  },
  {
    name: 'a poll names a place, not a producer: "Recent polls in Ohio" is vague',
    text: 'Recent polls in Ohio show the race is close.',
    sources: [{ mention: 'Recent polls in Ohio', identity: 'vague' }],
  },
  {
    name: 'a name after "for" is not the mention\'s own: "A spokeswoman for Ann Roe" stays anonymous',
    text: 'Ann Roe said she would run. A spokeswoman for Ann Roe said the campaign would start in May.',
    sources: [
      { mention: 'Ann Roe', identity: 'named' },
      { mention: 'A spokeswoman for Ann Roe', identity: 'anonymous' },
    ],
  },
  {
    name: 'an appositive name resolves the unnamed description: "A lawyer for the council, Maria Stone," is named; an appositive description is not a name',
    text: 'A lawyer for the council, Maria Stone, said the ruling was wrong. Officials at the Port Safety Office, a branch of the Harbour Board, said the port would reopen.',
    sources: [
      { mention: 'A lawyer for the council, Maria Stone', identity: 'named' },
      { mention: 'Officials at the Port Safety Office, a branch of the Harbour Board', identity: 'anonymous' },
    ],
  },
  {
    name: 'a share of respondents is vague',
    text: 'Forty percent of respondents said they would not vote.',
    sources: [{ mention: 'Forty percent of respondents', identity: 'vague' }],
  },
];
