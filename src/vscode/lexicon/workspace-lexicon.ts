/**
 * The workspace lexicon (`newsAnnotator.lexicon`: a path to a lexicon file, relative to the
 * first workspace folder or absolute), parsed with the core's `parseLexicon` and handed to the
 * engine as `AnalyzeOptions.lexicons`.
 *
 * Loaded only when the workspace is trusted (`vscode.workspace.isTrusted`): a lexicon is data
 * the workspace supplies, and it changes what the analyst is told — which words make a source
 * anonymous, which verbs introduce a quote, which outlets are named. In a restricted workspace
 * the built-in lexicons alone are used (highlighting still works); trusting the workspace loads
 * it. A lexicon that fails to parse is reported (message + output channel) and not used.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseLexicon, type AnalyzeOptions, type Lexicon } from '../../core/analysis';
import { readTextFile } from '../../io/read-text-file';
import type { Log } from '../log';

/** `newsAnnotator.lexicon`. */
export const LEXICON_SETTING = 'newsAnnotator.lexicon';

/** Where the workspace lexicon stands. */
export type LexiconStatus =
  /** The setting is empty. */
  | { readonly kind: 'none' }
  /** Set, but the workspace is not trusted: not read at all. */
  | { readonly kind: 'restricted'; readonly path: string }
  | { readonly kind: 'loaded'; readonly path: string }
  /** Set, trusted, and unreadable or invalid: not used. */
  | { readonly kind: 'error'; readonly path: string; readonly message: string };

export interface WorkspaceLexicon extends vscode.Disposable {
  readonly status: LexiconStatus;
  /** What the engine gets now: the loaded lexicon, or nothing beyond the built-in ones. */
  analyzeOptions(): AnalyzeOptions;
  /** Fires when the lexicon in use changed (loaded, reloaded, dropped). */
  readonly onDidChange: vscode.Event<void>;
  /** Settles when the latest (re)load has finished. */
  settled(): Promise<void>;
}

/** The setting's path made absolute; `null` when it is empty or relative with no workspace folder. */
function resolveSetting(): string | null {
  const value = vscode.workspace.getConfiguration().get<unknown>(LEXICON_SETTING, '');
  if (typeof value !== 'string' || value.trim() === '') return null;
  const raw = value.trim();
  if (path.isAbsolute(raw)) return raw;
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? path.join(folder.uri.fsPath, raw) : null;
}

/** Starts loading the workspace lexicon; it follows the setting, the workspace's trust and the file. */
export function createWorkspaceLexicon(log: Log): WorkspaceLexicon {
  const emitter = new vscode.EventEmitter<void>();
  let status: LexiconStatus = { kind: 'none' };
  let lexicon: Lexicon | null = null;
  let watcher: vscode.FileSystemWatcher | undefined;
  let watched: string | null = null;
  let loading: Promise<void> = Promise.resolve();

  const watch = (file: string | null): void => {
    if (file === watched) return;
    watcher?.dispose();
    watcher = undefined;
    watched = file;
    if (file === null) return;
    watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)));
    const reload = (): void => void schedule();
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
  };

  const load = async (): Promise<void> => {
    const file = resolveSetting();
    const before = lexicon;
    if (file === null) {
      status = { kind: 'none' };
      lexicon = null;
    } else if (!vscode.workspace.isTrusted) {
      status = { kind: 'restricted', path: file };
      lexicon = null;
      log.info(`workspace lexicon ${file} not loaded: the workspace is not trusted`);
    } else {
      try {
        lexicon = parseLexicon((await readTextFile(file)).text, file);
        status = { kind: 'loaded', path: file };
        log.info(`workspace lexicon ${file} loaded`);
      } catch (err) {
        lexicon = null;
        const message = err instanceof Error ? err.message : String(err);
        status = { kind: 'error', path: file, message };
        log.error(`workspace lexicon ${file} not loaded`, err);
        void vscode.window.showErrorMessage(vscode.l10n.t('News Annotator: the workspace lexicon was not loaded (the built-in lexicons are used): {0}', message));
      }
    }
    // Watch the file only when it is read (trusted): an edit to it then reloads.
    watch(status.kind === 'loaded' || status.kind === 'error' ? file : null);
    if (lexicon !== before) emitter.fire();
  };
  const schedule = (): Promise<void> => {
    loading = loading.then(load).catch((err: unknown) => log.error('workspace lexicon: load failed', err));
    return loading;
  };

  const subscriptions = [
    emitter,
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(LEXICON_SETTING) && void schedule()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void schedule()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void schedule()),
  ];
  void schedule();

  return {
    get status() {
      return status;
    },
    analyzeOptions: () => (lexicon ? { lexicons: [lexicon] } : {}),
    onDidChange: emitter.event,
    settled: () => loading,
    dispose() {
      watcher?.dispose();
      subscriptions.forEach((d) => d.dispose());
    },
  };
}
