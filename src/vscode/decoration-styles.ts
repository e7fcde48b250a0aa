/**
 * How each decoration kind looks. Colours are theme colour ids contributed in package.json
 * (`contributes.colors`), so themes and users can change them.
 */
import * as vscode from 'vscode';
import type { DecorationKind } from './decoration-plan';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(`newsAnnotator.${id}`);

/** The look of each kind, as data. */
const STYLES: Readonly<Record<DecorationKind, vscode.DecorationRenderOptions>> = {
  // A claim often spans a whole sentence with sources and quotes inside: underline only.
  claim: { borderStyle: 'none none dashed none', borderWidth: '0 0 2px 0', borderColor: color('claimUnderline') },
  'source-named': { backgroundColor: color('namedSourceBackground'), borderRadius: '2px' },
  'source-vague': {
    backgroundColor: color('vagueSourceBackground'),
    borderStyle: 'dotted', borderWidth: '1px', borderColor: color('vagueSourceBorder'), borderRadius: '2px',
  },
  'source-anonymous': {
    backgroundColor: color('anonymousSourceBackground'),
    borderStyle: 'solid', borderWidth: '1px', borderColor: color('anonymousSourceBorder'), borderRadius: '2px',
    fontWeight: 'bold',
  },
  'quote-direct': { backgroundColor: color('directQuoteBackground') },
  'quote-indirect': { borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', borderColor: color('indirectQuoteUnderline') },
  'quote-anonymous': {
    backgroundColor: color('anonymousQuoteBackground'),
    borderStyle: 'solid', borderWidth: '2px', borderColor: color('anonymousQuoteBorder'),
    overviewRulerColor: color('anonymousQuoteBorder'), overviewRulerLane: vscode.OverviewRulerLane.Right,
  },
  // The label itself comes with each span (see decoration-plan.ts); this is its look.
  'anonymous-badge': {
    after: {
      color: color('anonymousBadgeForeground'),
      backgroundColor: color('anonymousBadgeBackground'),
      fontWeight: 'bold',
      margin: '0 0 0 6px',
    },
  },
};

/** One decoration type per kind; dispose them (through `context.subscriptions`) on deactivation. */
export type DecorationTypes = Readonly<Record<DecorationKind, vscode.TextEditorDecorationType>>;

/** Creates the decoration types and pushes them into `subscriptions`. */
export function createDecorationTypes(subscriptions: vscode.Disposable[]): DecorationTypes {
  const types = {} as Record<DecorationKind, vscode.TextEditorDecorationType>;
  for (const kind of Object.keys(STYLES) as DecorationKind[]) {
    types[kind] = vscode.window.createTextEditorDecorationType(STYLES[kind]);
    subscriptions.push(types[kind]);
  }
  return types;
}
