/**
 * `newsAnnotator.openSample`: opens the sample article (the Arabic seed with an analyst's
 * sidecar) for the walkthrough and the Sources view's welcome text. The workspace's own copy
 * when it has one (`npm start`'s sample workspace does); else the copy shipped in
 * `media/sample/`, first copied to the extension's global storage — the installed extension's
 * folder may be read-only, and the analyst's annotations on the sample must survive updates —
 * and never copied over an existing one.
 */
import * as vscode from 'vscode';
import type { Log } from '../log';

export const OPEN_SAMPLE_COMMAND = 'newsAnnotator.openSample';

/** The sample's files in `media/sample/`; the article first. */
export const SAMPLE_FILES = ['haftar-moscow.ar.txt', 'haftar-moscow.ar.txt.annotations.yaml', 'sidecar.schema.json'] as const;

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return false;
    throw err;
  }
}

/** The shipped sample in the global storage, copied there on first use (existing files are kept). */
async function bundledSample(context: vscode.ExtensionContext): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(context.globalStorageUri, 'sample');
  await vscode.workspace.fs.createDirectory(folder);
  for (const name of SAMPLE_FILES) {
    const target = vscode.Uri.joinPath(folder, name);
    if (!(await exists(target))) await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, 'media', 'sample', name), target);
  }
  return vscode.Uri.joinPath(folder, SAMPLE_FILES[0]);
}

/** Registers the command; it resolves with the opened article's uri. `{ bundled: true }` skips the workspace's copy. */
export function registerOpenSample(context: vscode.ExtensionContext, log: Log): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async (arg?: unknown): Promise<vscode.Uri | undefined> => {
      const bundledOnly = typeof arg === 'object' && arg !== null && (arg as { bundled?: unknown }).bundled === true;
      try {
        const [inWorkspace] = bundledOnly ? [] : await vscode.workspace.findFiles(`**/${SAMPLE_FILES[0]}`, '**/node_modules/**', 1);
        const uri = inWorkspace ?? (await bundledSample(context));
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document, { preview: false });
        return uri;
      } catch (err) {
        log.error('the sample article could not be opened', err);
        void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: the sample article could not be opened: {0}', err instanceof Error ? err.message : String(err)));
        return undefined;
      }
    }),
  );
}
