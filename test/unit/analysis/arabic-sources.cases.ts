/**
 * Cases for arabic-sources.test.ts: Arabic source mentions and their identity (the classes of
 * lexicons/ar.json: unnamed individuals and insiders, vague collectives, titles), statement
 * holders without a cue, and the outlet rule (outlet-sources.ts). `sources` lists every source
 * in order of first mention: its first mention and identity. Sentences written for these tests.
 */
import type { Identity } from '../../../src/core/analysis';

export interface ArabicSourceCase {
  readonly name: string;
  readonly text: string;
  readonly sources: ReadonlyArray<{ readonly mention: string; readonly identity: Identity }>;
}

export const ARABIC_SOURCE_CASES: readonly ArabicSourceCase[] = [
  {
    name: 'a singular official is anonymous: مسؤول حكومي',
    text: 'وقال مسؤول حكومي إن الخطة جاهزة للتنفيذ.',
    sources: [{ mention: 'مسؤول حكومي', identity: 'anonymous' }],
  },
  {
    name: 'plural officials are anonymous: مسؤولون أمنيون',
    text: 'وأكد مسؤولون أمنيون أن الحدود مغلقة منذ الصباح.',
    sources: [{ mention: 'مسؤولون أمنيون', identity: 'anonymous' }],
  },
  {
    name: '«أحد» + noun is anonymous: أحد السكان',
    text: 'وقال أحد السكان إن المياه انقطعت منذ يومين.',
    sources: [{ mention: 'أحد السكان', identity: 'anonymous' }],
  },
  {
    name: 'an unnamed role that goes on to a title and a name is named',
    text: 'وقال مسؤول الإعلام الدكتور سامي الأحمد إن الفريق جاهز للمباراة.',
    sources: [{ mention: 'مسؤول الإعلام الدكتور سامي الأحمد', identity: 'named' }],
  },
  {
    name: 'a vague collective heading the phrase: ناشطون',
    text: 'ودعا ناشطون إلى مقاطعة المنتج.',
    sources: [{ mention: 'ناشطون', identity: 'vague' }],
  },
  {
    name: 'a quantifier with من stays in the phrase: عدد من المواطنين',
    text: 'وأكد عدد من المواطنين أن الخدمة تحسنت كثيرا.',
    sources: [{ mention: 'عدد من المواطنين', identity: 'vague' }],
  },
  {
    name: 'media in general are vague: وسائل إعلام محلية',
    text: 'وذكرت وسائل إعلام محلية أن الانتخابات ستجرى في موعدها.',
    sources: [{ mention: 'وسائل إعلام محلية', identity: 'vague' }],
  },
  {
    name: 'a collective inside a named organisation does not make it vague',
    text: 'وقال رئيس جمعية المرضى إن الأدوية متوفرة.',
    sources: [{ mention: 'رئيس جمعية المرضى', identity: 'named' }],
  },
  {
    name: 'two coordinated unnamed sources are two sources',
    text: 'وأصيب ثلاثة أشخاص، حسبما أفاد مصدر أمني ومصدر طبي.',
    sources: [
      { mention: 'مصدر أمني', identity: 'anonymous' },
      { mention: 'مصدر طبي', identity: 'anonymous' },
    ],
  },
  {
    name: 'a coordinated adjective stays in the phrase: مصادر مصرية وأردنية',
    text: 'واندلع الحريق فجرا بحسب مصادر مصرية وأردنية.',
    sources: [{ mention: 'مصادر مصرية وأردنية', identity: 'anonymous' }],
  },
  {
    name: 'وفق with a document names no source; with a source word it does',
    text: 'وجرى التسليم وفق الجدول المعلن مسبقا. وارتفعت الأسعار وفقا لتقارير اقتصادية.',
    sources: [{ mention: 'تقارير اقتصادية', identity: 'vague' }],
  },
  {
    name: 'the holder of a statement noun is a source: تصريحات الوزير',
    text: 'وأثارت تصريحات الوزير موجة من الانتقادات.',
    sources: [{ mention: 'الوزير', identity: 'named' }],
  },
  {
    name: 'the holder of a statement noun may be a role or an organisation word: مزاعم حزب الأمة',
    text: 'ونفت الحكومة مزاعم حزب الأمة بشأن الانتخابات.',
    sources: [
      { mention: 'الحكومة', identity: 'named' },
      { mention: 'حزب الأمة', identity: 'named' },
    ],
  },
  {
    name: 'the agent of a relative clause on a statement noun: البيان الذي أصدره',
    text: 'وجاء ذلك في البيان الختامي الذي أصدره الاتحاد الرياضي مساء أمس.',
    sources: [{ mention: 'الاتحاد الرياضي', identity: 'named' }],
  },
  {
    name: 'a statement noun inside a cue\'s subject adds no second source',
    text: 'وجاء في بيان الوزارة أن الخطة جاهزة للتنفيذ.',
    sources: [{ mention: 'بيان الوزارة', identity: 'named' }],
  },
  {
    name: 'an outlet that only heard the statement is no source (the article names no outlet of its own)',
    text: 'وقال المتحدث لفرانس24 إن الهدنة صامدة.',
    sources: [{ mention: 'المتحدث', identity: 'named' }],
  },
  {
    name: 'a third-party channel is a source of its own, never the speaker, when the article names its own outlet',
    text: 'في تقرير لفرانس24 – الهدنة صامدة\n\nوقال المتحدث باسم الجيش لوكالة رويترز إن الهدنة صامدة.',
    sources: [
      { mention: 'فرانس24', identity: 'named' },
      { mention: 'المتحدث باسم الجيش', identity: 'named' },
      { mention: 'وكالة رويترز', identity: 'named' },
    ],
  },
  {
    name: 'the article\'s own outlet as the addressee is no source',
    text: 'في تقرير لفرانس24 – الهدنة صامدة\n\nوقالت الباحثة لفرانس24 إن الهدنة صامدة.',
    sources: [
      { mention: 'فرانس24', identity: 'named' },
      { mention: 'الباحثة', identity: 'named' },
    ],
  },
  {
    name: 'the newspaper citing itself (لـ«عكاظ») is no source',
    text: 'وأكد مدير النادي لـ«عكاظ» أن الصفقة اكتملت.',
    sources: [{ mention: 'مدير النادي', identity: 'named' }],
  },
  {
    name: 'adjectives that name no outlet: العربية in المملكة العربية السعودية',
    text: 'وقال الوزير إن المملكة العربية السعودية ستستضيف القمة.',
    sources: [{ mention: 'الوزير', identity: 'named' }],
  },
];
