/**
 * A linear pre-scan that refuses text nested deeper than the `yaml` parser can take safely,
 * before the parser sees it (100,000 `[` make `yaml` 2.9 throw; a few thousand block levels
 * exhaust memory). Conservative by design: it counts every bracket, in quotes and comments
 * too, so it can refuse an absurd file that is valid YAML, never miss a deep one.
 */
import { MAX_FLOW_DEPTH, MAX_INDENT } from './sidecar-limits';

/** Where the text first nests too deep (1-based), and how. `null` from the scan: it does not. */
export interface NestingProblem {
  readonly line: number;
  readonly column: number;
  readonly what: string;
}

const SPACE = 0x20, TAB = 0x09, LF = 0x0a, CR = 0x0d;
const OPEN_SQUARE = 0x5b, CLOSE_SQUARE = 0x5d, OPEN_CURLY = 0x7b, CLOSE_CURLY = 0x7d;
const DASH = 0x2d, QUESTION = 0x3f, COLON = 0x3a;

/**
 * The first place where `text` nests deeper than {@link MAX_FLOW_DEPTH} flow collections or
 * is indented wider than {@link MAX_INDENT} columns (compact `- ` / `? ` / `: ` indicators
 * count as indentation), or `null`. O(length), no allocation. Never throws.
 */
export function scanNesting(text: string): NestingProblem | null {
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (atLineStart) {
      // Measure this line's indentation, compact indicators included, then scan the rest.
      let j = i;
      for (;;) {
        const d = text.charCodeAt(j);
        const next = text.charCodeAt(j + 1);
        if (d === SPACE) j++;
        else if ((d === DASH || d === QUESTION || d === COLON) && (next === SPACE || next === TAB)) j += 2;
        else break;
        if (j - lineStart > MAX_INDENT) {
          return { line, column: MAX_INDENT + 1, what: `nesting too deep: indented more than ${MAX_INDENT} columns` };
        }
      }
      atLineStart = false;
    }
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      line++;
      lineStart = i + 1;
      atLineStart = true;
    } else if (c === OPEN_SQUARE || c === OPEN_CURLY) {
      depth++;
      if (depth > MAX_FLOW_DEPTH) {
        return { line, column: i - lineStart + 1, what: `nesting too deep: more than ${MAX_FLOW_DEPTH} nested [ or {` };
      }
    } else if ((c === CLOSE_SQUARE || c === CLOSE_CURLY) && depth > 0) {
      depth--;
    }
  }
  return null;
}
