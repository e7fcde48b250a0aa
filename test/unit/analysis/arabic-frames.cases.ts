/**
 * Cases for arabic-frames.test.ts: the Arabic cue frames of find-cues-ar.ts and the passes of
 * arabic-speech.ts, one case a frame or class (lexicons/README.md, "Arabic cue frames"). Each
 * lists every quote analyze() must find, in text order, with its speaker's label (null: none).
 * The sentences are written for these tests.
 */
import type { CueCase } from './cues.cases';

export const ARABIC_FRAME_CASES: readonly CueCase[] = [
  {
    name: 'a prepositional phrase and a time word between the subject and إن',
    text: 'وقال المتحدث باسم الوزارة في مؤتمر صحفي أمس إن المفاوضات ستستأنف الأسبوع المقبل.',
    quotes: [{ text: 'المفاوضات ستستأنف الأسبوع المقبل', direct: false, speaker: 'المتحدث باسم الوزارة' }],
  },
  {
    name: 'an addressee لـ"..." and a comma between the subject and أن; the newspaper is not the speaker',
    text: 'وأكد مدير المستشفى لـ"الصحيفة" أمس، أن الحالات المصابة في تحسن مستمر.',
    quotes: [{ text: 'الحالات المصابة في تحسن مستمر', direct: false, speaker: 'مدير المستشفى' }],
  },
  {
    name: 'the split frame verb + subject + إلى أن',
    text: 'وأشار رئيس البلدية خالد سالم إلى أن أعمال الصيانة ستنتهي قبل نهاية الشهر.',
    quotes: [{ text: 'أعمال الصيانة ستنتهي قبل نهاية الشهر', direct: false, speaker: 'رئيس البلدية خالد سالم' }],
  },
  {
    name: 'the split frame أعرب + subject + عن, with a verbal noun as the content',
    text: 'وأعرب وزير الخارجية عن أسفه لسقوط ضحايا مدنيين.',
    quotes: [{ text: 'أسفه لسقوط ضحايا مدنيين', direct: false, speaker: 'وزير الخارجية' }],
  },
  {
    name: 'a verb listed only with its preposition is no cue without it ("عبر" = crossed)',
    text: 'وعبر المحتجون الجسر مساء أمس.',
    quotes: [],
  },
  {
    name: 'the clitic frame طالب + subject + بـ: the content starts after the بـ',
    text: 'وطالب النواب بفتح تحقيق عاجل في الحادث.',
    quotes: [{ text: 'فتح تحقيق عاجل في الحادث', direct: false, speaker: 'النواب' }],
  },
  {
    name: 'a verbal noun as the content of أعلن, with no أن',
    text: 'وأعلنت وزارة الصحة ارتفاع عدد الإصابات إلى خمسين حالة.',
    quotes: [{ text: 'ارتفاع عدد الإصابات إلى خمسين حالة', direct: false, speaker: 'وزارة الصحة' }],
  },
  {
    name: 'a verbal noun with its possessive ends the subject: أبدى السكان قلقهم',
    text: 'وأبدى السكان قلقهم من تأخر المشروع.',
    quotes: [{ text: 'قلقهم من تأخر المشروع', direct: false, speaker: 'السكان' }],
  },
  {
    name: 'speech after a colon without marks, behind a prepositional phrase',
    text: 'وقال المدير في تصريح صحفي: الأعمال ستكتمل خلال أسبوعين.',
    quotes: [{ text: 'الأعمال ستكتمل خلال أسبوعين', direct: false, speaker: 'المدير' }],
  },
  {
    name: 'a headline "X: ..." whose X speaks in the body',
    text: 'الخالدي: لا زيادة في أسعار الوقود\n\nوأكد وزير الطاقة سامي الخالدي أن الأسعار لن ترتفع هذا العام.',
    quotes: [
      { text: 'لا زيادة في أسعار الوقود', direct: false, speaker: 'الخالدي' },
      { text: 'الأسعار لن ترتفع هذا العام', direct: false, speaker: 'وزير الطاقة سامي الخالدي' },
    ],
  },
  {
    name: 'a dateline "X :" is no headline speech when X never speaks',
    text: 'الخرطوم : وصول قافلة المساعدات\n\nوصلت القافلة إلى المدينة صباح اليوم.',
    quotes: [],
  },
  {
    name: 'a short marked part inside an indirect quote: both records, overlapping',
    text: 'وقال المصدر إن الوزارة "لن تتراجع" عن قرارها.',
    quotes: [
      { text: 'الوزارة "لن تتراجع" عن قرارها', direct: false, speaker: 'المصدر' },
      { text: 'لن تتراجع', direct: true, speaker: 'المصدر' },
    ],
  },
  {
    name: 'a span stops at the next cue glued to و',
    text: 'وقال الوزير إن الاتفاق سيوقع غدا وأضاف أن التنفيذ يبدأ الشهر المقبل.',
    quotes: [
      { text: 'الاتفاق سيوقع غدا', direct: false, speaker: 'الوزير' },
      { text: 'التنفيذ يبدأ الشهر المقبل', direct: false, speaker: 'الوزير' },
    ],
  },
  {
    name: 'بحسب attributes without introducing a quote',
    text: 'وتراجعت الأسعار بنسبة عشرة في المئة، بحسب مصادر في السوق.',
    quotes: [],
  },
  {
    name: 'subject before the verb after كان: وكانت مصادر مطلعة ذكرت أن',
    text: 'وكانت مصادر مطلعة ذكرت أن الاجتماع تأجل إلى الأسبوع المقبل.',
    quotes: [{ text: 'الاجتماع تأجل إلى الأسبوع المقبل', direct: false, speaker: 'مصادر مطلعة' }],
  },
  {
    name: 'subject before the verb after فإن',
    text: 'وبحسب مصادر مطلعة فإن المدير برر استقالته بظروف صحية.',
    quotes: [{ text: 'ظروف صحية', direct: false, speaker: 'المدير' }],
  },
  {
    name: 'a follow-up cue links across sentences even when the collective disagrees in gender',
    text: 'وقالت مصادر محلية إن الطريق أغلق بالكامل. وأضاف أن فرق الإنقاذ وصلت إلى المكان.',
    quotes: [
      { text: 'الطريق أغلق بالكامل', direct: false, speaker: 'مصادر محلية' },
      { text: 'فرق الإنقاذ وصلت إلى المكان', direct: false, speaker: 'مصادر محلية' },
    ],
  },
  {
    name: 'a strict cue in its other sense is no cue: بين = between',
    text: 'وتتواصل المفاوضات بين الحكومة والنقابة منذ شهرين.',
    quotes: [],
  },
  {
    name: 'a negated present is no report: لا ينفي',
    text: 'وهذا لا ينفي حقيقة أن الأسعار ارتفعت.',
    quotes: [],
  },
  {
    name: 'a verbal noun is no cue: الكشف عن',
    text: 'وتأخرت البلدية في الكشف عن العطل وإصلاحه.',
    quotes: [],
  },
  {
    name: 'a cue inside the content of another gives its subject as a source; the outer quote stays whole',
    text: 'ووردت تقارير كثيرة بأن شهود عيان رأوا الحريق قبل وصول الدفاع المدني.',
    quotes: [{ text: 'شهود عيان رأوا الحريق قبل وصول الدفاع المدني', direct: false, speaker: 'تقارير كثيرة' }],
  },
  {
    name: 'reported speech inside reported speech: both quotes, each with its speaker',
    text: 'وذكرت الصحيفة أن الوزير أكد أن القرار نهائي.',
    quotes: [
      { text: 'الوزير أكد أن القرار نهائي', direct: false, speaker: 'الصحيفة' },
      { text: 'القرار نهائي', direct: false, speaker: 'الوزير' },
    ],
  },
  {
    name: 'a quoted title after a name word (بعنوان) is no quote',
    text: 'ونشرت الصحيفة أمس تقريرا بعنوان "أزمة المياه تتفاقم في الصيف".',
    quotes: [],
  },
  {
    name: 'a quoted one-word name inside reported content stays a name',
    text: 'وقال المدير إن العمال يتناوبون في "البستان" ليلا.',
    quotes: [{ text: 'العمال يتناوبون في "البستان" ليلا', direct: false, speaker: 'المدير' }],
  },
  {
    name: 'a relay verb without عن relays only when its subject is a source: نقل = carried',
    text: 'ونقل المصاب إلى المستشفى على الفور. ونقلت وسائل إعلام محلية أن الطريق أغلق.',
    quotes: [{ text: 'الطريق أغلق', direct: false, speaker: 'وسائل إعلام محلية' }],
  },
  {
    name: 'a pronoun phrase between the verb and its subject',
    text: 'وأصدرت الهيئة بيانا أكدت فيه الهيئة أن السوق مستقرة.',
    quotes: [{ text: 'السوق مستقرة', direct: false, speaker: 'الهيئة' }],
  },
  {
    name: 'a لـ + article phrase after the verb is the addressee, not the subject',
    text: 'وقال الوزير إن المحادثات مستمرة. وأوضح للصحفيين أن الاجتماع انتهى.',
    quotes: [
      { text: 'المحادثات مستمرة', direct: false, speaker: 'الوزير' },
      { text: 'الاجتماع انتهى', direct: false, speaker: 'الوزير' },
    ],
  },
  {
    name: 'a relayed statement: جاء في + the statement + أن',
    text: 'وجاء في بيان الوزارة أن الخطة جاهزة للتنفيذ.',
    quotes: [{ text: 'الخطة جاهزة للتنفيذ', direct: false, speaker: 'بيان الوزارة' }],
  },
  {
    name: 'جاء ذلك في البيان says where, not what: no quote',
    text: 'وجاء ذلك في البيان الختامي الذي أصدره الاتحاد مساء أمس.',
    quotes: [],
  },
  {
    name: 'أن after دون/قبل/بعد is a conjunction, not the cue\'s complementiser',
    text: 'وأكد المكتب في بيانه الخبر دون أن يذكر موعدا محددا.',
    quotes: [],
  },
  {
    name: 'a word of verbal-noun shape inside a subject followed by أن stays in the subject',
    text: 'وأكد رئيس اتحاد الكرة أن المباراة ستقام في موعدها.',
    quotes: [{ text: 'المباراة ستقام في موعدها', direct: false, speaker: 'رئيس اتحاد الكرة' }],
  },
  {
    name: 'a lexicon phrase is not cut at its second word: وسائل إعلام',
    text: 'وأكدت وسائل إعلام محلية مقتل ثلاثة أشخاص في الحادث.',
    quotes: [{ text: 'مقتل ثلاثة أشخاص في الحادث', direct: false, speaker: 'وسائل إعلام محلية' }],
  },
  {
    name: 'an addressee in marks, a time word and an anonymity phrase in brackets before أن',
    text: 'وكشف مسؤول رفيع المستوى لـ«الصحيفة» اليوم (طلب عدم ذكر اسمه)، أن أغلب الشركات رابحة.',
    quotes: [{ text: 'أغلب الشركات رابحة', direct: false, speaker: 'مسؤول رفيع المستوى' }],
  },
  {
    name: 'a fronted subject with كان قد before the verb, and a quoted addressee',
    text: 'يذكر أن مسؤولا في إحدى الشركات، كان قد أبلغ «الصحيفة» في وقت سابق، أن الأرباح تراجعت.',
    quotes: [{ text: 'الأرباح تراجعت', direct: false, speaker: 'مسؤولا في إحدى الشركات' }],
  },
  {
    name: 'a span stops at a comma before the next frame verb: "، ونصح بـ"',
    text: 'وحذر الخبير من الإفراط في استخدام المكابح، ونصح باستخدام ناقل الحركة في المنحدرات.',
    quotes: [
      { text: 'الإفراط في استخدام المكابح', direct: false, speaker: 'الخبير' },
      { text: 'استخدام ناقل الحركة في المنحدرات', direct: false, speaker: 'الخبير' },
    ],
  },
  {
    name: 'a verb with its object pronoun and its proclitic frame: وصفه + subject + بـ',
    text: 'إذ وصفه رئيس الجمعية سامي الرفاعي بالخطوة الأهم لنهضة البلدة.',
    quotes: [{ text: 'الخطوة الأهم لنهضة البلدة', direct: false, speaker: 'رئيس الجمعية سامي الرفاعي' }],
  },
  {
    name: 'a بـ word inside the subject is no frame when a complementiser follows: صرح المتحدث بالوزارة بأن',
    text: 'وصرح المتحدث بالوزارة بأن الخطة جاهزة.',
    quotes: [{ text: 'الخطة جاهزة', direct: false, speaker: 'المتحدث بالوزارة' }],
  },
  {
    name: 'a relayed statement: أصدر + issuer + بيانا جاء فيه أن',
    text: 'وأصدرت وزارة الداخلية بيانا جاء فيه أن الحدود ستفتح غدا.',
    quotes: [{ text: 'الحدود ستفتح غدا', direct: false, speaker: 'وزارة الداخلية' }],
  },
  {
    name: 'an issuing verb without a statement noun is no cue',
    text: 'وأصدرت المحكمة حكما بسجن المتهم.',
    quotes: [],
  },
  {
    name: 'marks closing a reported clause: both records, the indirect one with the closing mark',
    text: 'وقال المصدر: إن هذه شبكة «صغيرة وتم تفكيكها سريعا».',
    quotes: [
      { text: 'هذه شبكة «صغيرة وتم تفكيكها سريعا»', direct: false, speaker: 'المصدر' },
      { text: 'صغيرة وتم تفكيكها سريعا', direct: true, speaker: 'المصدر' },
    ],
  },
  {
    name: 'a cue that stands alone takes its frame preposition only right away: "عبر صفحتها على فيس بوك، أن"',
    text: 'وأكدت الوزارة عبر صفحتها على فيس بوك، أن الامتحانات ستجرى في موعدها.',
    quotes: [{ text: 'الامتحانات ستجرى في موعدها', direct: false, speaker: 'الوزارة' }],
  },
  {
    name: '"في حديث مع X" names the speaker of the subject-less cues that follow',
    text: 'في حديث مع زميلي الكندي، تحدثنا عن الزراعة. وأعرب عن إعجابه بأسواق المدينة. وأضاف أن المزارعين هم الأساس.',
    quotes: [
      { text: 'إعجابه بأسواق المدينة', direct: false, speaker: 'زميلي الكندي' },
      { text: 'المزارعين هم الأساس', direct: false, speaker: 'زميلي الكندي' },
    ],
  },
  {
    name: 'an outlet after "في حديث مع" only heard it, and the cue before it keeps its content',
    text: 'وقال الوزير في حديث مع «الصحيفة» إن المشروع سيكتمل العام المقبل.',
    quotes: [{ text: 'المشروع سيكتمل العام المقبل', direct: false, speaker: 'الوزير' }],
  },
  {
    name: 'a noun-phrase content right after a لـ + article addressee: شرحوا للزوار قلة ...',
    text: 'وقال السكان إن المستشفى مكتظ. وشرحوا للزوار قلة الأسرة وقدم المبنى.',
    quotes: [
      { text: 'المستشفى مكتظ', direct: false, speaker: 'السكان' },
      { text: 'قلة الأسرة وقدم المبنى', direct: false, speaker: 'السكان' },
    ],
  },
];
