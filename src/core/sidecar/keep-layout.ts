/**
 * Keeping a hand-written file's layout for lines an edit did not touch. `yaml` re-renders a
 * whole Document (comments, key order, quoting and flow/block styles survive, but spacing
 * before a `# comment`, padding inside `{ }` and the like do not); here every rendered line
 * that the edit left alone is replaced by the original line it was rendered from.
 */

/** Most differing lines the diff explores before giving up (and keeping the plain rendering). */
export const MAX_DIFF = 1000; // the trace costs 4 bytes x (2 x MAX_DIFF) per step: 8 MB at most

/** Most line comparisons the diff makes before giving up: about 50 ms of work. */
export const MAX_DIFF_WORK = 5_000_000;

/**
 * The edited rendering `edited` with its unchanged lines written as in `original`.
 * `baseline` is the rendering of the document as parsed from `original`, before the edit.
 * A line of `edited` that the line diff matches to a line of `baseline` is replaced by the
 * original line at the same index, provided `original` and `baseline` have the same number
 * of lines, each with the same indentation and the same text apart from spaces. Otherwise (or
 * when the diff is larger than {@link MAX_DIFF}) `edited` is returned as it is. The caller
 * checks that the result still parses to the same data. Never throws.
 */
export function keepLayout(original: string, baseline: string, edited: string): string {
  if (original === baseline) return edited;
  const o = original.split('\n');
  const b = baseline.split('\n');
  if (o.length !== b.length) return edited;
  for (let i = 0; i < o.length; i++) {
    if (squeeze(o[i] as string) !== squeeze(b[i] as string)) return edited;
  }
  const e = edited.split('\n');
  const match = matchLines(b, e);
  if (!match) return edited;
  return e.map((line, j) => {
    const i = match[j] ?? -1;
    return i >= 0 ? (o[i] as string) : line;
  }).join('\n');
}

/**
 * A line with its indentation kept and every other space, tab and CR dropped. Lenient on
 * purpose: `baseline` is `original` re-rendered line for line, so lines at the same index
 * differ only in layout, and the caller verifies the result's meaning anyway.
 */
function squeeze(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  return indent + line.slice(indent.length).replace(/[ \t\r]+/g, '');
}

/**
 * For each line of `b`, the index of the equal line of `a` it is matched to by a shortest
 * edit script (Myers), or -1; `null` when more than {@link MAX_DIFF} lines differ.
 */
function matchLines(a: readonly string[], b: readonly string[]): Int32Array | null {
  const match = new Int32Array(b.length).fill(-1);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) { match[start] = start; start++; }
  let endA = a.length, endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; match[endB] = endA; }
  const n = endA - start, m = endB - start;
  if (n === 0 || m === 0) return match;
  const max = Math.min(n + m, MAX_DIFF);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let work = 0;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    work += d + 1;
    if (work > MAX_DIFF_WORK) return null;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
        ? (v[offset + k + 1] as number)
        : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) { x++; y++; work++; }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        backtrack(trace, d, n, m, offset, start, a, b, match);
        return match;
      }
    }
  }
  return null;
}

function backtrack(
  trace: readonly Int32Array[], dEnd: number, n: number, m: number, offset: number,
  start: number, a: readonly string[], b: readonly string[], match: Int32Array,
): void {
  let x = n, y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] as number;
    const prevY = prevX - prevK;
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
      x--; y--;
      if (a[start + x] === b[start + y]) match[start + y] = start + x;
    }
    x = prevX; y = prevY;
  }
  while (x > 0 && y > 0) { x--; y--; match[start + y] = start + x; }
}
