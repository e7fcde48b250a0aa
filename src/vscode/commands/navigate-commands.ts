/**
 * The navigate family: Next Annotation / Previous Annotation move the cursor (and the view)
 * to the next or previous placed annotation after or before it, wrapping at the ends.
 */
import * as vscode from 'vscode';
import { AnnotateError } from '../../core/annotate';
import { articleOf, editorOf, NOTHING, readArgs, registerCommand, type CommandDeps, type CommandResult } from './command-support';

/** Registers the navigate family. */
export function registerNavigateCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  registerCommand(context, deps, 'newsAnnotator.nextAnnotation', (raw) => go(deps, raw, 1));
  registerCommand(context, deps, 'newsAnnotator.previousAnnotation', (raw) => go(deps, raw, -1));
}

async function go(deps: CommandDeps, raw: unknown, step: 1 | -1): Promise<CommandResult> {
  const { args, menuUri } = readArgs(raw, ['offset']);
  const state = await articleOf(deps, args, menuUri);
  const editor = editorOf(state) ?? await vscode.window.showTextDocument(state.document);
  const given = args?.offset;
  if (given !== undefined && !Number.isInteger(given)) throw new AnnotateError('offset', 'type', 'an integer');
  // From the selection's start: after Next selects an annotation, Previous goes to the one before it.
  const at = (given as number | undefined) ?? state.document.offsetAt(editor.selection.start);
  const placed = state.annotations.filter((t) => t.start !== null && t.end !== null);
  if (placed.length === 0) throw new AnnotateError('id', 'missing', vscode.l10n.t('this article has no annotation'));
  const starts = [...new Set(placed.map((t) => t.start as number))].sort((a, b) => a - b);
  const next = step === 1 ? (starts.find((s) => s > at) ?? starts[0]) : ([...starts].reverse().find((s) => s < at) ?? starts[starts.length - 1]);
  const hit = placed.filter((t) => t.start === next).sort((a, b) => (a.end as number) - (b.end as number))[0];
  if (!hit) throw new AnnotateError('id', 'missing');
  const range = new vscode.Range(state.document.positionAt(hit.start as number), state.document.positionAt(hit.end as number));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { ...NOTHING, annotation: hit.annotation };
}
