/**
 * The one place the shell calls the engine: a first analysis in full, later ones incremental
 * (only the paragraphs the changes touched are analysed again; `analyzeIncremental`).
 */
import { analyze, analyzeIncremental, type AnalyzeOptions, type ChangedRange } from '../../core/analysis';
import type { Analysis } from '../../core/analysis/types';
import type { TextChange } from '../../core/anchoring';

/**
 * The analysis of `text`. `previous` is the analysis of the text before `changes` (a sequence,
 * as `applyEdits` takes them: each change's offset is in the text after the ones before it) with
 * that text, or `null` for a first analysis.
 * @throws whatever the engine throws (the caller logs it and keeps the previous findings).
 */
export function runAnalysis(
  text: string,
  previous: { readonly analysis: Analysis; readonly text: string } | null,
  changes: readonly TextChange[],
  options?: AnalyzeOptions,
): Analysis {
  if (previous === null) return analyze(text, options);
  return analyzeIncremental(previous.analysis, previous.text, text, options, changedRange(changes) ?? undefined).analysis;
}

/**
 * The range a sequence of changes touched, in the coordinates of the text before the first
 * (`start`, `oldEnd`) and after the last (`start`, `newEnd`): the union of the changes, each
 * carried through the ones after it. `null` for no changes.
 */
export function changedRange(changes: readonly TextChange[]): ChangedRange | null {
  // Invariant: the current text is the original's [0, start), then [start, newEnd) of new text,
  // then the original's [oldEnd, ...): everything outside the union is untouched original text.
  let start = Infinity;
  let oldEnd = 0;
  let newEnd = 0;
  for (const c of changes) {
    const a = c.rangeOffset;
    const b = a + c.rangeLength;
    if (start === Infinity) {
      start = a;
      oldEnd = b;
      newEnd = a + c.text.length;
      continue;
    }
    oldEnd += Math.max(0, b - newEnd);
    newEnd = Math.max(newEnd, b) + c.text.length - c.rangeLength;
    start = Math.min(start, a);
  }
  return start === Infinity ? null : { start, oldEnd, newEnd };
}
