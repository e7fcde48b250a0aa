/**
 * Selectors that anchor an annotation to the words it is about. Offsets are UTF-16 code
 * units, end exclusive.
 */

/** W3C TextQuoteSelector + TextPositionSelector, as stored in a sidecar's `target`. */
export interface TextTarget {
  /** The annotated text itself. */
  readonly exact: string;
  /** Up to 32 code units before it (W3C TextQuoteSelector context, as Hypothesis). */
  readonly prefix: string;
  /** Up to 32 code units after it. */
  readonly suffix: string;
  /** Where it was when last saved. */
  readonly start: number;
  readonly end: number;
}

/** How a target was found again. */
export type AnchorHow = 'exact' | 'moved' | 'fuzzy';

/** Where a target is in the current text. `null` from `resolve` means orphaned. */
export interface Resolution {
  readonly start: number;
  readonly end: number;
  /** `exact`: at the stored position; `moved`: the same words elsewhere; `fuzzy`: similar words. */
  readonly how: AnchorHow;
  /** 0..1, 1 for an exact match at the stored position. */
  readonly score: number;
}

/** One text change, in the shape of VS Code's `TextDocumentContentChangeEvent`. */
export interface TextChange {
  /** Offset of the replaced range in the text before this change. */
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}
