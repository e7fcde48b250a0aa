import type { TextChange } from './types';

/** Options of {@link applyEdits}. */
export interface ApplyEditsOptions {
  /**
   * `false` (default): a sequence — each change's `rangeOffset` is in the text as it was just
   * before THAT change (after the previous ones). Several changes, or several events'
   * changes concatenated in the order they happened, are applied one by one.
   *
   * `true`: one event — all changes are non-overlapping ranges of the SAME text (the text before
   * the event), in any order; they are sorted from the end of the text to the start and applied
   * one by one. This is what a VS Code `TextDocumentChangeEvent.contentChanges` is: VS Code
   * currently lists a multi-cursor edit's changes end to start, so that in practice both modes
   * give the same result, but that order is not guaranteed (microsoft/vscode#88570: another
   * extension reversed the shared array) — pass each event with `simultaneous: true`.
   */
  readonly simultaneous?: boolean;
}

/**
 * Shifts ranges (UTF-16 code units, end exclusive) through text changes, so that an editor can
 * keep annotations on their words while the user types, without searching.
 *
 * For each range and each change replacing `[a, a + rangeLength)` by `text`:
 * - a change entirely before the range shifts it; one entirely after leaves it;
 * - an insertion exactly at the range's start or end does NOT extend the range (typing next to
 *   a highlighted quote does not grow it);
 * - a change inside the range (touching its edges from inside included) grows or shrinks it;
 * - a change overlapping one edge trims the range to what is left of its own text;
 * - a change that deletes or replaces all of the range's text gives `null`: the caller should
 *   re-resolve it from its quote, or show it as an orphan. Once `null`, always `null`.
 *
 * Other fields of each range are kept (a shallow copy with new `start`/`end`; an unchanged range
 * is returned as the same object). O(ranges × changes).
 *
 * @returns one entry per range, in the order given.
 * @throws RangeError when a change has a negative or non-integer offset or length.
 */
export function applyEdits<T extends { start: number; end: number }>(
  ranges: readonly T[],
  changes: readonly TextChange[],
  options: ApplyEditsOptions = {},
): (T | null)[] {
  for (const c of changes) {
    if (!Number.isInteger(c.rangeOffset) || !Number.isInteger(c.rangeLength) || c.rangeOffset < 0 || c.rangeLength < 0) {
      throw new RangeError(`applyEdits: bad change at ${c.rangeOffset} of length ${c.rangeLength}`);
    }
  }
  const ordered = options.simultaneous ? [...changes].sort((x, y) => y.rangeOffset - x.rangeOffset) : changes;
  return ranges.map((range) => {
    let start = range.start;
    let end = range.end;
    for (const c of ordered) {
      const a = c.rangeOffset;
      const b = a + c.rangeLength;
      const delta = c.text.length - c.rangeLength;
      // After the range. An empty range is a point: an insertion exactly at it goes before it.
      if (a >= end && !(start === end && a === start && b === a)) continue;
      if (b <= start) {
        start += delta;
        end += delta;
        continue;
      }
      if (a <= start && b >= end) return null; // all of its text is gone
      if (a < start) {
        // Overlaps the start: what is left of the range begins after the new text.
        start = a + c.text.length;
        end += delta;
      } else if (b > end) {
        // Overlaps the end: what is left of the range stops where the change begins.
        end = a;
      } else {
        end += delta;
      }
    }
    return start === range.start && end === range.end ? range : { ...range, start, end };
  });
}
