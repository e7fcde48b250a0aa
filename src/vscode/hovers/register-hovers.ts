/**
 * One hover per position over an article's marks (both layers), from its state: see
 * hover-content.ts for what it says. Trusted for exactly the annotation commands it links to;
 * HTML on only for `<div dir="rtl">` around Arabic text.
 */
import * as vscode from 'vscode';
import type { ArticleRegistry } from '../article/article-state-types';
import { HOVER_ENABLED_COMMANDS, hoverMarkdown, marksAt } from './hover-content';

/** `vscode.l10n.t` with positional arguments, as hover-content.ts calls it. */
const translate = (message: string, ...args: (string | number)[]): string => vscode.l10n.t(message, ...args);

/** The hover at `position` of `document`, or `undefined` when it is not an article or no mark is there. */
export function articleHover(registry: ArticleRegistry, document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
  const state = registry.get(document.uri);
  if (!state || state.document !== document) return undefined;
  const marks = marksAt(document.offsetAt(position), state.annotations, state.visibleFindings, state.analysis);
  if (!marks) return undefined;
  const text = hoverMarkdown({ uri: document.uri.toString(), annotations: marks.annotations, findings: marks.findings }, translate);
  if (text === null) return undefined;
  const markdown = new vscode.MarkdownString(text);
  markdown.supportHtml = true;
  markdown.isTrusted = { enabledCommands: [...HOVER_ENABLED_COMMANDS] };
  return new vscode.Hover(markdown, new vscode.Range(document.positionAt(marks.start), document.positionAt(marks.end)));
}

/** Registers the hover provider for every document (it answers only for articles); disposed with `context`. */
export function registerHovers(context: vscode.ExtensionContext, registry: ArticleRegistry): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }], {
      provideHover: (document, position) => articleHover(registry, document, position),
    }),
  );
}
