/**
 * The extension's output channel ("News Annotator"): errors and reports go there, so nothing
 * fails silently.
 */
import * as vscode from 'vscode';

/** Writes timestamped lines to the output channel. */
export interface Log {
  info(message: string): void;
  /** Logs `message` and the error's stack (or its string form). */
  error(message: string, err?: unknown): void;
  /** Brings the channel into view. */
  show(): void;
}

/** Creates the output channel; it is disposed with `subscriptions`. */
export function createLog(subscriptions: vscode.Disposable[]): Log {
  const channel = vscode.window.createOutputChannel('News Annotator');
  subscriptions.push(channel);
  const stamp = (): string => new Date().toISOString();
  return {
    info: (message) => channel.appendLine(`[${stamp()}] ${message}`),
    error: (message, err) => {
      const detail = err === undefined ? '' : `: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
      channel.appendLine(`[${stamp()}] ERROR ${message}${detail}`);
    },
    show: () => channel.show(true),
  };
}
