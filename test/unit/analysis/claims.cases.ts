/**
 * Cases for claims.test.ts: one per claim class and rule of src/core/analysis/find-claims.ts,
 * in English and Arabic, written for these tests. `claims`: stretches some found claim must
 * cover (with the reason it must give, and the label of the source it is attributed to, null
 * for the article's own voice, undefined when not checked); `notClaims`: stretches no claim may
 * touch.
 */
export interface ClaimCase {
  readonly name: string;
  readonly text: string;
  readonly claims: ReadonlyArray<{ readonly text: string; readonly reason?: string; readonly source?: string | null }>;
  readonly notClaims?: readonly string[];
}

export const CLAIM_CASES: readonly ClaimCase[] = [
  // quantities
  {
    name: 'English figure in the article\'s own voice',
    text: 'The council spent $4.2 million on the new footbridge over the canal.',
    claims: [{ text: 'The council spent $4.2 million on the new footbridge over the canal', reason: 'quantity', source: null }],
  },
  {
    name: 'Arabic figure in the article\'s own voice',
    text: 'أنفقت البلدية 4 ملايين ريال على الجسر الجديد فوق القناة.',
    claims: [{ text: 'أنفقت البلدية 4 ملايين ريال على الجسر الجديد فوق القناة', reason: 'quantity', source: null }],
  },
  // numbers and dates inside reported speech
  {
    name: 'English number in reported speech is attributed to its speaker',
    text: 'Mayor Ana Ruiz said the city had planted 3,000 trees along the river.',
    claims: [{ text: 'the city had planted 3,000 trees along the river', reason: 'quantity', source: 'Mayor Ana Ruiz' }],
  },
  {
    name: 'Arabic number in reported speech is attributed to its speaker',
    text: 'وقال رئيس البلدية خالد سعيد إن البلدية زرعت 3000 شجرة على ضفاف النهر.',
    claims: [{ text: 'البلدية زرعت 3000 شجرة على ضفاف النهر', reason: 'quantity', source: 'رئيس البلدية خالد سعيد' }],
  },
  {
    name: 'English date inside a direct quote, without any digit',
    text: '"The bakery closed in September after the floods," said shop owner Lena Marsh.',
    claims: [{ text: 'The bakery closed in September after the floods', reason: 'date' }],
  },
  {
    name: 'Arabic date inside a direct quote, without any digit',
    text: 'وقال صاحب المخبز سالم ناصر: «أغلق المخبز في سبتمبر الماضي بعد الفيضانات».',
    claims: [{ text: 'أغلق المخبز في سبتمبر الماضي بعد الفيضانات', reason: 'date' }],
  },
  // records and firsts
  {
    name: 'English superlative after a determiner is a record',
    text: 'The harbour had its busiest summer since the war, with cruise ships arriving every day.',
    claims: [{ text: 'The harbour had its busiest summer since the war', reason: 'record' }],
  },
  {
    name: 'English first',
    text: 'A woman conducted the city orchestra for the first time in its history.',
    claims: [{ text: 'A woman conducted the city orchestra for the first time in its history', reason: 'record' }],
  },
  {
    name: 'Arabic record: the highest, for the first time',
    text: 'سجلت المدينة أعلى درجة حرارة في تاريخها لأول مرة منذ عقود.',
    claims: [{ text: 'سجلت المدينة أعلى درجة حرارة في تاريخها لأول مرة منذ عقود', reason: 'record' }],
  },
  // comparisons
  {
    name: 'English comparative with "than"',
    text: 'Bus tickets in the capital are now cheaper than train tickets on the same routes.',
    claims: [{ text: 'Bus tickets in the capital are now cheaper than train tickets on the same routes', reason: 'comparison' }],
  },
  {
    name: 'Arabic comparison: a rise',
    text: 'ارتفعت أسعار الخبز في الأسواق المحلية مقارنة بالعام السابق.',
    claims: [{ text: 'ارتفعت أسعار الخبز في الأسواق المحلية مقارنة بالعام السابق', reason: 'comparison' }],
  },
  // causes
  {
    name: 'English causal connective',
    text: 'The mountain road was closed because of a landslide near the tunnel.',
    claims: [{ text: 'The mountain road was closed because of a landslide near the tunnel', reason: 'causal' }],
  },
  {
    name: 'Arabic causal connective',
    text: 'أغلق الطريق الجبلي جراء انهيار أرضي قرب النفق.',
    claims: [{ text: 'أغلق الطريق الجبلي جراء انهيار أرضي قرب النفق', reason: 'causal' }],
  },
  // events
  {
    name: 'English event verb with names',
    text: 'The Teachers Union elected Maria Lopez as its president at its annual meeting.',
    claims: [{ text: 'The Teachers Union elected Maria Lopez as its president at its annual meeting', reason: 'event', source: null }],
  },
  {
    name: 'Arabic event: an arrest by the police',
    text: 'ألقت الشرطة القبض على رجلين قرب محطة القطار.',
    claims: [{ text: 'ألقت الشرطة القبض على رجلين قرب محطة القطار', reason: 'event', source: null }],
  },
  // coordinated reported clauses
  {
    name: 'English coordinated reported clause is checked with its statement',
    text: 'The ministry said the bridge cost $9 million and that the original contractor was replaced.',
    claims: [
      { text: 'the bridge cost $9 million', reason: 'quantity', source: 'The ministry' },
      { text: 'the original contractor was replaced', source: 'The ministry' },
    ],
  },
  {
    name: 'Arabic clause running on after reported speech stays the speaker\'s',
    text: 'وأوضح مدير المدرسة سعيد الحربي أن المولد لم يتعطل، حيث تم استبدال ثلاث بطاريات في المبنى الشرقي خلال يومين.',
    claims: [{ text: 'حيث تم استبدال ثلاث بطاريات في المبنى الشرقي خلال يومين', source: 'مدير المدرسة سعيد الحربي' }],
  },
  // the frame between a cue and its content
  {
    name: 'English frame between a cue and "that" is not a claim',
    text: 'Harbour spokesman Tom Hale said on March 4 that the city would not reopen the port until the strike was over.',
    claims: [],
    notClaims: ['on March 4 that'],
  },
  {
    name: 'Arabic frame between a cue and «أن» is not a claim',
    text: 'وأكد مدير الميناء سالم ناصر في مؤتمر صحفي عقده يوم 4 مارس أن السفن لن تدخل الميناء قبل انتهاء الإضراب.',
    claims: [],
    notClaims: ['في مؤتمر صحفي عقده يوم 4 مارس'],
  },
  // opinions, predictions, questions
  {
    name: 'English prediction and opinion are not claims',
    text: 'The new bridge will probably be opened by the mayor. The council should think again about the plan.',
    claims: [],
    notClaims: ['The new bridge will probably be opened by the mayor', 'The council should think again about the plan'],
  },
  {
    name: 'Arabic prediction and obligation are not claims',
    text: 'سوف يتم افتتاح الجسر الجديد قريبا. يجب على البلدية إعادة النظر في الخطة.',
    claims: [],
    notClaims: ['سوف يتم افتتاح الجسر الجديد قريبا', 'يجب على البلدية إعادة النظر في الخطة'],
  },
  {
    name: 'a hedged clause with a figure is still a claim',
    text: 'The transit levy would bring in $2.4 billion over the next five years.',
    claims: [{ text: 'The transit levy would bring in $2.4 billion over the next five years', reason: 'quantity' }],
  },
  {
    name: 'English question is not a claim',
    text: 'Did the council really spend $4.2 million on the footbridge?',
    claims: [],
    notClaims: ['the council really spend $4.2 million'],
  },
  {
    name: 'Arabic question is not a claim',
    text: 'هل أنفقت البلدية 4 ملايين ريال على الجسر؟',
    claims: [],
    notClaims: ['أنفقت البلدية 4 ملايين ريال'],
  },
  // first person: a speaker's own stance
  {
    name: 'English direct quote in the first person without a figure is not a claim',
    text: 'The talks ended on Friday after a long week in the capital, with no agreement on the river. "We opened the talks in good faith," the minister said.',
    claims: [],
    notClaims: ['We opened the talks in good faith'],
  },
  {
    name: 'English direct quote in the first person with a figure is a claim',
    text: 'The talks ended on Friday after a long week in the capital, with no agreement on the river. "We opened 14 new schools this year," the minister said.',
    claims: [{ text: 'We opened 14 new schools this year', reason: 'quantity' }],
  },
  {
    name: 'Arabic direct quote with «نحن» and no figure is not a claim',
    text: 'انتهت المحادثات يوم الجمعة بعد أسبوع طويل في العاصمة من دون اتفاق على النهر. وقال الوزير: «نحن شاركنا في الاجتماع بحسن نية».',
    claims: [],
    notClaims: ['نحن شاركنا في الاجتماع بحسن نية'],
  },
  // Arabic names: a title or an outlet stands for the capitals Arabic does not have
  {
    name: 'Arabic title ranks a weakly cued clause above its equals',
    text: [
      'كان الجو باردا جدا في القرية الصغيرة قرب النهر.',
      'كانت الطرق هادئة تماما في القرية الصغيرة قرب الجسر.',
      'كان السوق مزدحما بالناس في القرية الصغيرة قرب المسجد.',
      'كانت الحديقة مفتوحة للزوار في القرية الصغيرة قرب المدرسة.',
      'وكان المتحدث باسم الوزارة في القرية الصغيرة قرب المستشفى.',
    ].join(' '),
    claims: [{ text: 'وكان المتحدث باسم الوزارة في القرية الصغيرة قرب المستشفى' }],
  },
  // headlines
  {
    name: 'English headline ranks below the body that says it again',
    text: [
      'Storm cuts power to 20,000 homes',
      '',
      'A storm cut power to homes across the valley on Monday.',
      'Crews restored the lines on Tuesday morning.',
      'Schools were closed because of fallen trees.',
      'The storm caused damage to roads and bridges.',
      'Police arrested looters in the old town.',
    ].join('\n'),
    claims: [{ text: 'A storm cut power to homes across the valley on Monday' }, { text: 'Schools were closed because of fallen trees' }],
    notClaims: ['Storm cuts power to 20,000 homes'],
  },
  {
    name: 'Arabic headline ranks below the body that says it again',
    text: [
      'عاصفة تقطع الكهرباء عن 20 ألف منزل',
      '',
      'قطعت عاصفة الكهرباء عن منازل الوادي يوم الاثنين.',
      'وأعادت الفرق الكهرباء إلى المنازل صباح الثلاثاء.',
      'وتسببت العاصفة في أضرار في الطرق والجسور.',
      'وأغلقت المدارس بسبب سقوط الأشجار.',
      'وألقت الشرطة القبض على لصوص في البلدة القديمة.',
    ].join('\n'),
    claims: [{ text: 'وأعادت الفرق الكهرباء إلى المنازل صباح الثلاثاء' }, { text: 'وأغلقت المدارس بسبب سقوط الأشجار' }],
    notClaims: ['عاصفة تقطع الكهرباء عن 20 ألف منزل'],
  },
];

/** Budget cases: article length in characters -> the most claims it keeps. */
export const BUDGET_CASES: ReadonlyArray<{ readonly chars: number; readonly budget: number }> = [
  { chars: 0, budget: 4 },
  { chars: 600, budget: 4 },
  { chars: 601, budget: 5 },
  { chars: 1500, budget: 10 },
  { chars: 1801, budget: 12 },
  { chars: 100_000, budget: 12 },
];
