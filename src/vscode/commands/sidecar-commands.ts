/**
 * The sidecar family: Open Sidecar, Undo Last Annotation Change, and keeping the sidecar in
 * step with the article on disk: when an article is saved, the targets of annotations that
 * moved with unsaved typing are rewritten (through the state's `modify`, whose write
 * describes the current text), so the sidecar on disk matches the article on disk.
 */
import * as vscode from 'vscode';
import { AnnotateError } from '../../core/annotate';
import { articleOf, NOTHING, readArgs, registerCommand, type CommandDeps, type CommandResult } from './command-support';

/** Registers the sidecar family and the on-save hook. */
export function registerSidecarCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  registerCommand(context, deps, 'newsAnnotator.openSidecar', (raw) => openSidecar(deps, raw));
  registerCommand(context, deps, 'newsAnnotator.undoLastAnnotationChange', async () => {
    const undone = await deps.history.undo(deps.registry);
    if (!undone) {
      void vscode.window.showInformationMessage(vscode.l10n.t('News Annotator: no annotation change to undo.'));
      return null;
    }
    void vscode.window.setStatusBarMessage(vscode.l10n.t('News Annotator: undone: {0}', undone.label), 4000);
    return undone;
  });
  context.subscriptions.push(vscode.workspace.onDidSaveTextDocument((document) => {
    const state = deps.registry.get(document.uri);
    if (!state || state.sidecar.kind !== 'loaded') return;
    // An empty change: `modify` rewrites the moved targets; an unchanged file is not written.
    state.modify(() => undefined).catch((err: unknown) => deps.log.error(`updating the sidecar of ${document.uri.fsPath} after save failed`, err));
  }));
}

async function openSidecar(deps: CommandDeps, raw: unknown): Promise<CommandResult & { path: string | null }> {
  const { args, menuUri } = readArgs(raw, []);
  const state = await articleOf(deps, args, menuUri);
  const status = state.sidecar;
  if (status.kind === 'none' || status.path === null) {
    throw new AnnotateError('sidecar', 'missing', status.path === null ? vscode.l10n.t('the article is not a file on disk') : vscode.l10n.t('annotate something first; the sidecar is created then'));
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(status.path));
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return { ...NOTHING, path: status.path };
}
