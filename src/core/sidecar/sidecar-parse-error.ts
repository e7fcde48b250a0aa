/**
 * The typed error for a sidecar that cannot be read: YAML syntax, hostile input, schema or
 * reference violations. Never swallowed: the shell reports it and leaves the file untouched.
 */

/** One thing wrong with a sidecar. `line` and `column` are 1-based. */
export interface SidecarProblem {
  /** `FILE:LINE:COLUMN: what is wrong`. */
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A sidecar failed to parse or validate. `line`/`column` (1-based) are those of the first
 * problem; `problems` lists them all (at most {@link MAX_PROBLEMS}), in file order.
 */
export class SidecarParseError extends Error {
  override readonly name = 'SidecarParseError';
  readonly line: number;
  readonly column: number;

  /** @throws never; `problems` must hold at least one problem. */
  constructor(
    /** The sidecar's path or name, as given to `parseSidecar`. */
    readonly file: string,
    readonly problems: readonly SidecarProblem[],
  ) {
    const first = problems[0] ?? { message: `${file}:1:1: invalid sidecar`, line: 1, column: 1 };
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(first.message + more);
    this.line = first.line;
    this.column = first.column;
  }
}

/** How many problems one error lists at most: a hostile file must not make a huge error. */
export const MAX_PROBLEMS = 100;

/** Builds a problem whose message names `file:line:column`. */
export function createProblem(file: string, line: number, column: number, what: string): SidecarProblem {
  return { message: `${file}:${line}:${column}: ${what}`, line, column };
}
