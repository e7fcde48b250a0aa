/**
 * The one test of "on overlapping words" that every view of the rule "a finding that an
 * annotation of the same kind covers appears once, as the annotation" uses: the editor's
 * decorations (src/vscode/article/visible-findings.ts, an O(log n) form of the same test),
 * Accept All Findings, the Sources view and the reports.
 */

/**
 * Half-open ranges `[a, b)` and `[c, d)` (UTF-16 code units) share at least one code unit; an
 * empty range counts as one unit wide, so a point annotation still covers the finding it sits in.
 */
export function overlaps(a: number, b: number, c: number, d: number): boolean {
  return a < Math.max(d, c + 1) && c < Math.max(b, a + 1);
}
