/**
 * Cases for identity.test.ts: an article, and the sources analyze() must find in it with their
 * identity, and the role and reason of unnamed ones when the article gives them.
 */
import type { Identity } from '../../../src/core/analysis';

export interface IdentityCase {
  readonly name: string;
  readonly text: string;
  readonly sources: ReadonlyArray<{ readonly mention: string; readonly identity: Identity; readonly role?: string; readonly reason?: string }>;
}

export const IDENTITY_CASES: readonly IdentityCase[] = [
  {
    name: 'Arabic anonymous specialist with a role and a reason',
    text: 'لكن متخصصة في الشؤون الليبية رفضت الكشف عن هويتها لأسباب أمنية، قالت لفرانس24 إن الزيارة مهمة جدا للطرفين.',
    sources: [
      { mention: 'متخصصة في الشؤون الليبية رفضت الكشف عن هويتها لأسباب أمنية', identity: 'anonymous', role: 'متخصصة في الشؤون الليبية', reason: 'لأسباب أمنية' },
      // France24 only heard the statement and the text names no outlet of its own: no source
      // (lexicons/README.md, "Outlets"; arabic-sources.cases.ts has the third-party channel)
    ],
  },
  {
    name: 'Arabic "طلب عدم ذكر اسمه"',
    text: 'وقال مسؤول حكومي طلب عدم ذكر اسمه إن الحكومة سترفع الأسعار الشهر المقبل.',
    sources: [{ mention: 'مسؤول حكومي طلب عدم ذكر اسمه', identity: 'anonymous', role: 'مسؤول حكومي' }],
  },
  {
    name: 'Arabic vague media',
    text: 'وهو اللقاء الأول بين الرئيسين منذ عام 2019، وفق وسائل إعلام ليبية.',
    sources: [{ mention: 'وسائل إعلام ليبية', identity: 'vague' }],
  },
  {
    name: 'English anonymous official: the relative clause is the reason, not the mention',
    text: 'A senior European Union official, who spoke on condition of anonymity because they were not authorised to speak to the press, said the delegation had walked out.',
    sources: [{ mention: 'A senior European Union official', identity: 'anonymous', role: 'A senior European Union official', reason: 'because they were not authorised to speak to the press' }],
  },
  {
    name: 'English "a source familiar with the matter" keeps the fixed phrase',
    text: 'A source familiar with the matter said the fighters had been flown in aboard six cargo flights.',
    sources: [{ mention: 'A source familiar with the matter', identity: 'anonymous', role: 'A source' }],
  },
  {
    name: 'English diplomats who asked not to be named, content first',
    text: 'Several hundred fighters have arrived in the past two weeks, two diplomats who asked not to be named said on Monday.',
    sources: [{ mention: 'two diplomats', identity: 'anonymous', role: 'two diplomats' }],
  },
  {
    name: 'English vague collectives',
    text: 'Analysts said the breakdown would push up prices. Residents of the harbour district said queues had blocked the road. Media reports said workers were considering a strike.',
    sources: [
      { mention: 'Analysts', identity: 'vague' },
      { mention: 'Residents of the harbour district', identity: 'vague' },
      { mention: 'Media reports', identity: 'vague' },
    ],
  },
  {
    name: 'English named: a title and a name, an organisation',
    text: 'Ohio Governor Mark Daniels said the plant was welcome. The Lebanese army said it had deployed boats.',
    sources: [
      { mention: 'Ohio Governor Mark Daniels', identity: 'named' },
      { mention: 'The Lebanese army', identity: 'named' },
    ],
  },
  // Unnamed holders without a quote of their own (find-english-unnamed.ts): the frames that make a phrase a source, and the actors that are not
  {
    name: 'English stance holders without a cue: a stance verb, a stance adjective after an auxiliary',
    text: 'Many economists share these worries about the levy. City officials were wary of the new toll.',
    sources: [
      { mention: 'Many economists', identity: 'vague' },
      { mention: 'City officials', identity: 'anonymous' },
    ],
  },
  {
    name: 'English actors are no sources: a modal or a plain verb after an unnamed phrase',
    text: 'Local officials should close the bridge. Voters are buying umbrellas.',
    sources: [],
  },
  {
    name: 'English holders after "by" of a stance participle and after "from" of a stance noun',
    text: 'The levy was rebuffed by lawmakers. The mayor faced mounting pressure from residents.',
    sources: [
      { mention: 'lawmakers', identity: 'vague' },
      { mention: 'residents', identity: 'vague' },
    ],
  },
  {
    name: 'English agent of an actor\'s participle is no source: "injured by protesters"',
    text: 'Two guards were injured by protesters.',
    sources: [],
  },
  {
    name: 'English "who" + cue: the unnamed antecedent; a short relative clause before the cue stays in the mention',
    text: 'The council hired a contractor who said the pier was unsafe. The repairs were late, staffers who reviewed them told the board.',
    sources: [
      { mention: 'a contractor', identity: 'anonymous' },
      { mention: 'staffers who reviewed them', identity: 'anonymous' },
    ],
  },
  {
    name: 'English possessor of a statement noun: "The nurse\'s account" (the mention leaves out "\'s")',
    text: "The nurse's account differed from the official version.",
    sources: [{ mention: 'The nurse', identity: 'anonymous' }],
  },
  {
    name: 'English people said to speak privately are anonymous, not vague',
    text: 'Some Democrats privately doubt the bill will pass.',
    sources: [{ mention: 'Some Democrats', identity: 'anonymous' }],
  },
  {
    name: 'English "close to them" is an anonymity phrase',
    text: 'Those close to them say the brothers will retire.',
    sources: [{ mention: 'Those close to them', identity: 'anonymous', role: 'Those' }],
  },
  {
    name: 'English party singulars: "One Republican" is an unnamed person, "The Republican nominee" a named one',
    text: 'One Republican said the vote was rushed. The Republican nominee said nothing new.',
    sources: [
      { mention: 'One Republican', identity: 'anonymous' },
      { mention: 'The Republican nominee', identity: 'named' },
    ],
  },
  {
    name: 'English polls: one poll is the poll the article names when it names one; polls in general are vague',
    text: 'A new poll shows the mayor ahead. Earlier polls showed a tie. The Harbour Courier poll was taken on Monday.',
    sources: [
      { mention: 'A new poll', identity: 'named' },
      { mention: 'Earlier polls', identity: 'vague' },
    ],
  },
  {
    name: 'English defined groups in capitals are named; members of Congress are lawmakers (vague)',
    text: 'Finance Committee Republicans said the bill was dead. Several members of Congress questioned the figures.',
    sources: [
      { mention: 'Finance Committee Republicans', identity: 'named' },
      { mention: 'Several members of Congress', identity: 'vague' },
    ],
  },
  {
    name: 'English a parenthetical adverb and degree words between an unnamed subject and its stance',
    text: "Some analysts, however, question the forecast. Investors weren't too worried about it.",
    sources: [
      { mention: 'Some analysts', identity: 'vague' },
      { mention: 'Investors', identity: 'vague' },
    ],
  },
  {
    name: 'English a share of a group named before is vague: "the vast majority of them"',
    text: 'The rail plan is popular, and the vast majority of them say it is fair.',
    sources: [{ mention: 'the vast majority of them', identity: 'vague' }],
  },
  {
    name: 'English a holder before a stance participle: "had lawmakers wondering"',
    text: 'The scandal had lawmakers wondering about the budget.',
    sources: [{ mention: 'lawmakers', identity: 'vague' }],
  },
  {
    name: 'English "according to" an unnamed or vague phrase with no capital or determiner',
    text: 'The ferry was late, according to attorneys for the crew. According to exit polls, the mayor won.',
    sources: [
      { mention: 'attorneys for the crew', identity: 'anonymous' },
      { mention: 'exit polls', identity: 'vague' },
    ],
  },
  {
    name: 'English subject over an abbreviation and a coordinated modifier: "advisers to Mr. Lund say", "Experts on ... and ... said"',
    text: 'In recent weeks, advisers to Mr. Lund say, the mayor has grown tired of the fight. Experts on river defences and flood policy said the wall was too low.',
    sources: [
      { mention: 'advisers to Mr. Lund', identity: 'anonymous' },
      { mention: 'Experts on river defences and flood policy', identity: 'vague' },
    ],
  },
  {
    name: 'English head before a participle modifier; an open collective among conjuncts; "someone" is one unnamed person',
    text: 'Protesters marching past the harbour said the fares were unfair. Economists and aid groups said the shelters were full. Someone asked whether the pier would reopen.',
    sources: [
      { mention: 'Protesters marching past the harbour', identity: 'vague' },
      { mention: 'Economists and aid groups', identity: 'vague' },
      { mention: 'Someone', identity: 'anonymous' },
    ],
  },
];
