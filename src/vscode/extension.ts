/**
 * The extension's entry point: wiring only. Each feature registers itself, pushing its
 * disposables into `context.subscriptions`; state is created here and passed, never global.
 */
import * as vscode from 'vscode';
import { createArticleRegistry } from './article/article-registry';
import type { ArticleRegistry } from './article/article-state-types';
import { registerArticleCommands } from './article/register-article-commands';
import { registerDecorations, type DecorationSnapshot } from './decorations/register-decorations';
import { registerDiagnostics } from './diagnostics/register-diagnostics';
import { registerHovers } from './hovers/register-hovers';
import { createLog } from './log';
import { registerCommands } from './register-commands';

/** What `activate()` returns: `vscode.extensions.getExtension('news-annotator.news-annotator').exports`. */
export interface NewsAnnotatorApi {
  /** The decoration ranges last set on `uri`'s editors, per layer and kind; `undefined` when never decorated. */
  decorationsFor(uri: vscode.Uri): DecorationSnapshot | undefined;
  /** One state per open article (analysis, tracked annotations, sidecar status). */
  readonly articles: ArticleRegistry;
}

/** Called by VS Code when an activation event fires (an article opens; a workspace holds sidecars). */
export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const log = createLog(context.subscriptions);
  const registry = createArticleRegistry(log);
  context.subscriptions.push(registry);

  const ledger = registerDecorations(context, registry, log);
  registerDiagnostics(context, registry, log);
  registerHovers(context, registry);
  registerArticleCommands(context, registry, log);
  registerCommands(context, { registry, log });

  log.info(`activated (VS Code ${vscode.version})`);
  return { decorationsFor: (uri) => ledger.decorationsFor(uri), articles: registry };
}

/** Called by VS Code on shutdown; everything is disposed through `context.subscriptions`. */
export function deactivate(): void {
  // Nothing beyond context.subscriptions.
}
