/**
 * The typed error for an edit that would make a sidecar invalid (a dangling speaker, a
 * duplicate id, a wrong type). The document is left exactly as it was before the edit.
 */

/** Why an edit was refused. */
export type SidecarEditProblem = 'unknown-id' | 'duplicate-id' | 'dangling-reference' | 'referenced' | 'invalid';

/** An edit to a {@link SidecarDocument} was refused; the document is unchanged. */
export class SidecarEditError extends Error {
  override readonly name = 'SidecarEditError';
  constructor(
    /** The annotation the edit was about (empty for article edits). */
    readonly id: string,
    readonly problem: SidecarEditProblem,
    detail: string,
  ) {
    super(`annotation ${JSON.stringify(id)}: ${detail}`);
  }
}
