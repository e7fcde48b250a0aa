/**
 * Levenshtein distance between two short strings (contexts, quotes of a few hundred code
 * units), counted in UTF-16 code units. Quadratic: meant for strings up to a few hundred units.
 */
export function measureEditDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}

/**
 * How much `actual` looks like `expected`, from 0 (nothing in common) to 1 (equal):
 * `1 - distance / expected.length`, floored at 0. An empty `expected` gives 1: no context
 * was recorded (the quote started or ended the text), so none can disagree.
 */
export function measureSimilarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  return Math.max(0, 1 - measureEditDistance(expected, actual) / expected.length);
}
