/**
 * Cases for cues.test.ts: an article, and every quote analyze() must find in it with its kind
 * and its speaker, given as the speaker's label (null: the article names no speaker).
 */
export interface CueCase {
  readonly name: string;
  readonly text: string;
  readonly quotes: ReadonlyArray<{ readonly text: string; readonly direct: boolean; readonly speaker: string | null }>;
}

export const CUE_CASES: readonly CueCase[] = [
  {
    name: 'English subject-verb, "said that"',
    text: 'Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow would not return to the talks.',
    quotes: [{ text: 'Moscow would not return to the talks', direct: false, speaker: 'Kremlin spokesman Dmitry Peskov' }],
  },
  {
    name: 'English bare complement after "said"',
    text: 'Transport Minister Helen Carter said both sides should return to the negotiating table.',
    quotes: [{ text: 'both sides should return to the negotiating table', direct: false, speaker: 'Transport Minister Helen Carter' }],
  },
  {
    name: 'English verb-subject after a quote: "said X, an economist ..."',
    text: '"If the ships do not move by next week, supermarkets will feel it," said Tom Reyes, an economist at the University of Kingsbridge.',
    quotes: [{ text: 'If the ships do not move by next week, supermarkets will feel it,', direct: true, speaker: 'Tom Reyes, an economist at the University of Kingsbridge' }],
  },
  {
    name: 'English content first: "..., X told reporters"',
    text: 'Rescue teams were still searching for at least four missing people, civil defence spokesman Georges Haddad told reporters.',
    quotes: [{ text: 'Rescue teams were still searching for at least four missing people', direct: false, speaker: 'civil defence spokesman Georges Haddad' }],
  },
  {
    name: '"told Reuters": Reuters heard it, it is not the speaker',
    text: 'European Commission spokesperson Anna Lindqvist told Reuters that the bloc remained open to further talks.',
    quotes: [{ text: 'the bloc remained open to further talks', direct: false, speaker: 'European Commission spokesperson Anna Lindqvist' }],
  },
  {
    name: '"According to X, ..." yields an indirect quote by X',
    text: 'According to the ministry, the foreigners are instructors hired under a training agreement.',
    quotes: [{ text: 'the foreigners are instructors hired under a training agreement', direct: false, speaker: 'the ministry' }],
  },
  {
    name: '"..., according to X" with the content first',
    text: 'The floods are the deadliest in the valley since 1998, according to the civil defence.',
    quotes: [{ text: 'The floods are the deadliest in the valley since 1998', direct: false, speaker: 'the civil defence' }],
  },
  {
    name: 'a relative clause is not part of the subject',
    text: 'Harbourline Logistics, which operates the port, said in a statement that its offer was fair.',
    quotes: [{ text: 'its offer was fair', direct: false, speaker: 'Harbourline Logistics' }],
  },
  {
    name: 'Arabic verb-subject with an addressee: "وأكد ... لوكالة"',
    text: 'وأكد المتحدث باسم الكرملين دميتري بيسكوف لوكالة “تاس” الروسية أن اللقاء تم في موسكو.',
    quotes: [{ text: 'اللقاء تم في موسكو', direct: false, speaker: 'المتحدث باسم الكرملين دميتري بيسكوف' }],
  },
  {
    name: 'Arabic: the addressee "لفرانس24" is not the speaker of the direct quote',
    text: 'لكن متخصصة في الشؤون الليبية رفضت الكشف عن هويتها لأسباب أمنية، قالت لفرانس24 إن “الزيارة تدخل في إطار المحادثات الجارية”.',
    quotes: [{ text: 'الزيارة تدخل في إطار المحادثات الجارية', direct: true, speaker: 'متخصصة في الشؤون الليبية' }],
  },
  {
    name: 'Arabic indirect quote ends at a clause boundary (كون)',
    text: 'وقال المسؤول الليبي خالد المشري إن عدد المقاتلين لا يتعدى ألف مقاتل كون أن غالبيتهم غادروا.',
    quotes: [{ text: 'عدد المقاتلين لا يتعدى ألف مقاتل', direct: false, speaker: 'المسؤول الليبي خالد المشري' }],
  },
  {
    name: 'Arabic "حسب X" gives the direct quote its speaker',
    text: 'حسب بيان نشرته الحكومة في صفحتها، تأتي الزيارة “تلبية لدعوة رسمية من روسيا لتعزيز العلاقات”.',
    quotes: [{ text: 'تلبية لدعوة رسمية من روسيا لتعزيز العلاقات', direct: true, speaker: 'بيان نشرته الحكومة' }],
  },
  {
    name: 'a direct quote after the cue is the quote: no overlapping indirect one',
    text: 'وقال الوزير إن “الوضع في ليبيا صعب جدا ويحتاج إلى حل”.',
    quotes: [{ text: 'الوضع في ليبيا صعب جدا ويحتاج إلى حل', direct: true, speaker: 'الوزير' }],
  },
  {
    name: 'Arabic relay: the outlet relays, the source "عن" speaks',
    text: 'ونقلت وكالة رويترز عن مصدر مطلع قوله إن المفاوضات ستستأنف الأسبوع المقبل.',
    quotes: [{ text: 'المفاوضات ستستأنف الأسبوع المقبل', direct: false, speaker: 'مصدر مطلع' }],
  },
  {
    name: 'French: "a déclaré mardi que", "selon l\'AFP", "a-t-il ajouté"',
    text: "Le porte-parole du gouvernement Olivier Martin a déclaré mardi que 40 personnes avaient été tuées dans l'attaque. Selon l'AFP, le bilan pourrait s'alourdir. « Nous ne céderons pas », a-t-il ajouté.",
    quotes: [
      { text: "40 personnes avaient été tuées dans l'attaque", direct: false, speaker: 'Le porte-parole du gouvernement Olivier Martin' },
      { text: "le bilan pourrait s'alourdir", direct: false, speaker: "l'AFP" },
      { text: 'Nous ne céderons pas', direct: true, speaker: 'Le porte-parole du gouvernement Olivier Martin' },
    ],
  },
  {
    name: 'a banner is no speaker',
    text: 'A banner hung across the main gate read: "Thirty years of work, and now they want our pensions."',
    quotes: [{ text: 'Thirty years of work, and now they want our pensions.', direct: true, speaker: null }],
  },
];
