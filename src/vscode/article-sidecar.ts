/**
 * Loads an article's sidecar and re-anchors it against the document's current text (unsaved
 * edits included). A sidecar that fails to parse is reported — error message with
 * file:line:column, a diagnostic on that line, the output channel — and left untouched on disk.
 */
import * as vscode from 'vscode';
import { resolveSidecar, SidecarParseError, type AnnotationAnchor, type SidecarProblem } from '../core/sidecar';
import { FileReadError } from '../io/read-text-file';
import { sidecarPathFor } from '../io/sidecar-path';
import { loadSidecarFile, type LoadedSidecar } from '../io/sidecar-store';
import type { Log } from './log';

/** One annotation of the sidecar, found again in the document (or not). */
export type ResolvedAnchor = AnnotationAnchor;

/** What {@link loadArticleSidecar} found. */
export interface SidecarReport {
  /** Absolute path of the sidecar file. */
  readonly sidecarPath: string;
  /** One entry per annotation, in the sidecar's order. Offsets: UTF-16 code units, end exclusive. */
  readonly anchors: readonly ResolvedAnchor[];
  /** How many anchors are `orphaned` (their words are gone). */
  readonly orphans: number;
}

/**
 * Reads the sidecar of `document` (`NAME.EXT.annotations.yaml` beside it) and resolves its
 * annotations in the document's current text.
 * Returns `null` when the article has no sidecar, or when it cannot be read or parsed — in
 * which case the problem has been shown to the user and put in `diagnostics`. Never writes.
 */
export async function loadArticleSidecar(
  document: vscode.TextDocument,
  diagnostics: vscode.DiagnosticCollection,
  log: Log,
): Promise<SidecarReport | null> {
  if (document.uri.scheme !== 'file') return null;
  const sidecarPath = sidecarPathFor(document.uri.fsPath);
  const sidecarUri = vscode.Uri.file(sidecarPath);
  let loaded: LoadedSidecar;
  try {
    loaded = await loadSidecarFile(sidecarPath);
  } catch (err) {
    if (err instanceof FileReadError && err.problem === 'missing') {
      diagnostics.delete(sidecarUri);
      return null;
    }
    reportProblem(sidecarUri, err, diagnostics, log);
    return null;
  }
  const anchors = resolveSidecar(loaded.doc.sidecar, document.getText());
  diagnostics.delete(sidecarUri);
  const orphans = anchors.filter((a) => a.status === 'orphaned').length;
  log.info(`${sidecarPath}: ${anchors.length} annotations, ${orphans} orphaned`);
  return { sidecarPath, anchors, orphans };
}

function reportProblem(sidecarUri: vscode.Uri, err: unknown, diagnostics: vscode.DiagnosticCollection, log: Log): void {
  // A parse error lists its problems with 1-based line and column (its message already says
  // FILE:LINE:COLUMN); any other error (unreadable, article path outside the folder) goes on line 1.
  const problems: readonly SidecarProblem[] =
    err instanceof SidecarParseError ? err.problems : [{ message: err instanceof Error ? err.message : String(err), line: 1, column: 1 }];
  log.error(`sidecar ${sidecarUri.fsPath} was not loaded (left untouched)`, err);
  diagnostics.set(sidecarUri, problems.map((p) => {
    // VS Code positions are 0-based.
    const at = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
    const diagnostic = new vscode.Diagnostic(new vscode.Range(at, at.translate(0, 1)), p.message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'News Annotator';
    return diagnostic;
  }));
  const message = err instanceof SidecarParseError ? err.message : `${sidecarUri.fsPath}: ${problems[0]?.message}`;
  void vscode.window.showErrorMessage(`News Annotator: the sidecar was not loaded (left untouched): ${message}`);
}
