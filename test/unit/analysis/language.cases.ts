/** Cases for language.test.ts: a text, its paragraphs' languages and the article's language. */
import type { Language } from '../../../src/core/analysis';

export const LANGUAGE_CASES: ReadonlyArray<{ name: string; text: string; paragraphs: readonly Language[]; article: Language }> = [
  { name: 'Arabic', text: 'قال الوزير إن الحكومة ستعمل على حل الأزمة.', paragraphs: ['ar'], article: 'ar' },
  { name: 'English', text: 'The minister said the government would act.', paragraphs: ['en'], article: 'en' },
  { name: 'French', text: "Le ministre a dit que la situation est grave et que les négociations sont dans l'impasse.", paragraphs: ['fr'], article: 'fr' },
  {
    name: 'mixed paragraphs',
    text: 'The minister said the government would act on the matter soon.\n\nوقال الوزير إن الحكومة ستعمل على حل الأزمة قريبا.',
    paragraphs: ['en', 'ar'],
    article: 'mixed',
  },
  {
    name: 'a short footer in another script does not make an article mixed',
    text: 'وقال الوزير إن الحكومة ستعمل على حل الأزمة قريبا جدا، وإن الوضع تحت السيطرة الكاملة في كل المناطق، وإن المساعدات ستصل إلى جميع المتضررين خلال الأيام المقبلة دون تأخير.\n\nerror: ok',
    paragraphs: ['ar', 'en'],
    article: 'ar',
  },
  { name: 'no letters', text: '12 34 — !!', paragraphs: ['und'], article: 'und' },
  { name: 'empty', text: '', paragraphs: [], article: 'und' },
  { name: 'CRLF paragraphs', text: 'First line here.\r\n\r\nSecond line here.', paragraphs: ['en', 'en'], article: 'en' },
];
