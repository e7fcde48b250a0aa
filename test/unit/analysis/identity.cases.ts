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
];
