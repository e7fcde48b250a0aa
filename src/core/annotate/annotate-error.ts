/**
 * The typed error for a request the annotate logic refuses (a bad argument, a range outside
 * the text, no finding where one was asked for). Nothing has been changed when it is thrown.
 */

/** What is wrong; the shell turns it into a sentence in the UI language. */
export type AnnotateProblem =
  /** `field` is missing. */
  | 'missing'
  /** `field` has the wrong type or shape. */
  | 'type'
  /** `field` is not one of the allowed values (`allowed` lists them). */
  | 'value'
  /** The range is outside the text, empty, or splits a surrogate pair. */
  | 'range'
  /** No annotation has the id in `field`. */
  | 'unknown-id'
  /** The annotation in `field` is of a kind the command does not apply to. */
  | 'kind'
  /** No automatic finding at the given place. */
  | 'no-finding'
  /** `field` is not an argument of this command (probably a typo). */
  | 'unknown-field';

/** A refused request. `field` names the argument (`range`, `speaker`, ...). */
export class AnnotateError extends Error {
  override readonly name = 'AnnotateError';
  constructor(
    readonly field: string,
    readonly problem: AnnotateProblem,
    /** Extra facts for the message: the allowed values, the id, the kind. */
    readonly detail: string = '',
  ) {
    super(`${field}: ${problem}${detail ? ` (${detail})` : ''}`);
  }
}
