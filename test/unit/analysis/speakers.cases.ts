/**
 * Cases for speakers.test.ts: cues without a subject link to the most recent compatible
 * source, across sentences and paragraphs; mentions of one source merge. `speakers` lists each
 * quote's speaker label in text order; `sources` the sources' labels with their mention count.
 */
export interface SpeakerCase {
  readonly name: string;
  readonly text: string;
  readonly speakers: ReadonlyArray<string | null>;
  readonly sources?: ReadonlyArray<readonly [string, number]>;
}

export const SPEAKER_CASES: readonly SpeakerCase[] = [
  {
    name: 'Arabic feminine "وقالت" skips a masculine source back to the feminine one, across paragraphs',
    text:
      'لكن متخصصة في الشؤون الليبية رفضت الكشف عن هويتها، قالت إن “الزيارة تدخل في إطار المحادثات الجارية”.\n\n' +
      'وأكد المتحدث باسم الكرملين دميتري بيسكوف أن “اللقاء تناول الوضع في ليبيا والمنطقة”.\n\n' +
      'وقالت: “يبحث حفتر عن سبل التخلص من مرتزقة فاغنر في الشرق”.',
    speakers: ['متخصصة في الشؤون الليبية', 'المتحدث باسم الكرملين دميتري بيسكوف', 'متخصصة في الشؤون الليبية'],
  },
  {
    name: 'Arabic participles "مشيرة" and "مضيفا" agree in gender with their sentence',
    text: 'وقال الوزير خالد الأحمد إن “الحكومة ستعمل على حل الأزمة قريبا جدا”، مضيفا أن الوضع تحت السيطرة.',
    speakers: ['الوزير خالد الأحمد', 'الوزير خالد الأحمد'],
  },
  {
    name: 'a later definite role mention merges with the unnamed source',
    text:
      'لكن متخصصة في الشؤون الليبية رفضت الكشف عن هويتها، قالت إن “الزيارة تدخل في إطار المحادثات الجارية”.\n\n' +
      'أجابت المتخصصة بالشأن الليبي: “لا يمكن أن يقع الاقتتال بين الجبهتين”.',
    speakers: ['متخصصة في الشؤون الليبية', 'متخصصة في الشؤون الليبية'],
    sources: [['متخصصة في الشؤون الليبية', 2]],
  },
  {
    name: 'English "she added" skips a man back to the last woman',
    text:
      'Sarah Whitfield, a labour economist, said the figure was optimistic. “Plants like this are highly automated,” she said.\n\n' +
      'Veltron spokesman David Cho said the jobs were permanent. “We don\'t count contractors at all,” Cho said.\n\n' +
      '“Even half that number would be a lot for the region,” she added.',
    speakers: ['Sarah Whitfield, a labour economist', 'Sarah Whitfield, a labour economist', 'Veltron spokesman David Cho', 'Veltron spokesman David Cho', 'Sarah Whitfield, a labour economist'],
    sources: [['Sarah Whitfield, a labour economist', 1], ['Veltron spokesman David Cho', 2]],
  },
  {
    name: 'a surname merges with the full name; "He said" follows it',
    text: 'Kremlin spokesman Dmitry Peskov said the talks had failed. Peskov said Moscow would wait. He said the sanctions were the reason.',
    speakers: ['Kremlin spokesman Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov'],
    sources: [['Kremlin spokesman Dmitry Peskov', 2]],
  },
  {
    name: 'a quote with no cue continues the previous quote of its paragraph',
    text: '“We heard a roar, and then the street was a river,” said Maya Saab, 34. “We don\'t know if we still have a house.”',
    speakers: ['Maya Saab', 'Maya Saab'],
  },
  {
    name: 'a quote introduced by a colon at the end of the previous paragraph',
    text: 'Association president Mykola Horbach described the situation in a statement:\n\n“Every week without a corridor costs farmers a lot of money.”',
    speakers: ['Association president Mykola Horbach'],
  },
  {
    name: '"saying" takes the sentence\'s opening phrase as its speaker',
    text: 'Veltron spokesman David Cho rejected that reading, saying all the jobs would be permanent positions.',
    // "rejected that reading" is itself an attribution (a speech act with an object)
    speakers: ['Veltron spokesman David Cho', 'Veltron spokesman David Cho'],
  },
  {
    name: 'no source at all: the quote has no speaker',
    text: 'The wall read: “Thirty years of work, and now they want our pensions.”',
    speakers: [null],
  },
];
