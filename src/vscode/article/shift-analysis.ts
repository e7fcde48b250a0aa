/**
 * An analysis carried through text edits until the next re-analysis: every span moves with
 * its words (the core's `applyEdits`), so between a keystroke and the debounced re-analysis
 * the findings stay in the current text's coordinates. Pure (no `vscode` import).
 */
import { applyEdits, type TextChange } from '../../core/anchoring';
import type { Analysis, Span } from '../../core/analysis/types';

/**
 * `analysis` with every offset moved through `changes` (a sequence: each change's offset is in
 * the text as it was after the previous ones; see `applyEdits`), `text` fields re-read from
 * `text` (the text after the changes). A finding whose words were all deleted is dropped (a
 * source keeps its other mentions; one with none left is dropped); a cue that was deleted is
 * dropped from its quote. Returns `analysis` itself when `changes` is empty.
 */
export function shiftAnalysis(analysis: Analysis, changes: readonly TextChange[], text: string): Analysis {
  if (changes.length === 0) return analysis;
  const withText = <T extends { start: number; end: number; text: string }>(x: T): T => ({ ...x, text: text.slice(x.start, x.end) });
  const move = <T extends { start: number; end: number }>(xs: readonly T[]): T[] =>
    applyEdits(xs, changes).filter((x): x is T => x !== null);
  const moveSpan = (span: Span | undefined): Span | undefined => {
    if (!span) return undefined;
    const [moved] = applyEdits([span], changes);
    return moved ? withText(moved) : undefined;
  };
  return {
    language: analysis.language,
    paragraphs: move(analysis.paragraphs),
    sources: analysis.sources
      .map((s) => ({ ...s, mentions: move(s.mentions).map(withText) }))
      .filter((s) => s.mentions.length > 0),
    quotes: move(analysis.quotes).map((q) => {
      const { cue: _cue, ...rest } = withText(q);
      const cue = moveSpan(q.cue);
      return cue ? { ...rest, cue } : rest;
    }),
    claims: move(analysis.claims).map(withText),
  };
}
