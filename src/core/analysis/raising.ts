/**
 * English verbs that raise an infinitive: in "She appeared to imply that ...", "began to argue",
 * "has to admit", the cue is the infinitive and the subject is the raising verb's.
 */
export const RAISING: ReadonlySet<string> = new Set([
  'appeared',
  'appears',
  'appear',
  'seemed',
  'seems',
  'seem',
  'began',
  'begins',
  'begin',
  'continued',
  'continues',
  'tried',
  'tries',
  'try',
  'went',
  'decided',
  'decides',
  'used',
  'needs',
  'needed',
  'has',
  'have',
  'had',
  'going',
]);

/** Forms of "go" that raise an infinitive after "on": "went on to say", "goes on to argue". */
export const GO_ON: ReadonlySet<string> = new Set(['went', 'goes', 'go', 'going', 'gone']);

/**
 * How many words before an infinitive cue at token `k` only raise it ("appeared to" 2, "went on
 * to" 3), or 0. `w(i)` is the lower-case word at token i (undefined before the sentence).
 */
export function raisingBefore(w: (i: number) => string | undefined, k: number): number {
  if (w(k - 1) !== 'to') return 0;
  const v = w(k - 2);
  if (v !== undefined && RAISING.has(v)) return 2;
  if (v === 'on' && GO_ON.has(w(k - 3) ?? '')) return 3;
  return 0;
}
