/**
 * Who an annotation change is recorded as: the `newsAnnotator.author` setting, else git's
 * `user.name`, else the operating-system user.
 */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { Log } from '../log';
import { SETTINGS_SECTION } from './article-language';

/** Give up on git after this long: the name is asked for on a command, the user is waiting. */
const GIT_TIMEOUT_MS = 2000;

/** A function giving the current author name; git is asked once, then remembered. */
export function createAuthorName(log: Log): () => string {
  let fromGit: string | null | undefined;
  return () => {
    const configured = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>('author');
    if (typeof configured === 'string' && configured.trim() !== '') return configured.trim();
    if (fromGit === undefined) {
      try {
        const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir();
        fromGit = execFileSync('git', ['config', 'user.name'], { cwd, timeout: GIT_TIMEOUT_MS, encoding: 'utf8' }).trim() || null;
      } catch (err) {
        log.info(`no git user.name (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); using the OS user`);
        fromGit = null;
      }
    }
    if (fromGit) return fromGit;
    try {
      return os.userInfo().username;
    } catch (err) {
      log.error('the OS user name is unavailable', err);
      return 'unknown';
    }
  };
}
