/**
 * The extension's entry point: wiring only. Each feature registers itself and pushes its
 * disposables into `context.subscriptions`.
 */
import type * as vscode from 'vscode';

/** Called by VS Code when an activation event fires. */
export function activate(_context: vscode.ExtensionContext): void {
  // Features are registered by later issues.
}

/** Called by VS Code on shutdown; everything is disposed through `context.subscriptions`. */
export function deactivate(): void {
  // Nothing beyond context.subscriptions.
}
