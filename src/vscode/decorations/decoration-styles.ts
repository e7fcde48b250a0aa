/**
 * How each decoration kind looks, in both layers. Colours are theme colour ids contributed in
 * package.json (`contributes.colors`), so themes and users can change them. Findings are light
 * (tinted backgrounds, dotted and dashed lines); annotations are stronger (deeper tints, solid
 * lines, a gutter mark per kind), and an analyst's status draws over the annotation's look.
 */
import * as vscode from 'vscode';
import type { AnnotationDecorationKind, FindingDecorationKind } from './decoration-plan';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(`newsAnnotator.${id}`);
/** A theme colour as a CSS value, for the style properties that take no ThemeColor (`textDecoration`). */
const cssColor = (id: string): string => `var(--vscode-newsAnnotator-${id})`;

/** The look of each finding kind, as data. */
const FINDING_STYLES: Readonly<Record<FindingDecorationKind, vscode.DecorationRenderOptions>> = {
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
};

/** The gutter icon file (under media/) of each annotation look; status overlays have none. */
const GUTTER_ICONS: Readonly<Partial<Record<AnnotationDecorationKind, string>>> = {
  claim: 'gutter-claim.svg',
  'source-named': 'gutter-source-named.svg',
  'source-vague': 'gutter-source-vague.svg',
  'source-anonymous': 'gutter-source-anonymous.svg',
  'quote-named': 'gutter-quote.svg',
  'quote-vague': 'gutter-quote.svg',
  'quote-anonymous': 'gutter-quote-anonymous.svg',
  'quote-unattributed': 'gutter-quote.svg',
  note: 'gutter-note.svg',
};

/**
 * A status overlay: a wavy underline in the status colour (none for verified) and a one-glyph
 * pill after the words. A bare glyph after the words read as the article's own punctuation
 * ("talks?.") in the screenshots; in a pill of the status colour (its text the editor's
 * background, so it contrasts in every theme) it reads as a mark. One glyph only: text injected
 * in a line is not counted by word wrap (see decoration-plan.ts on badges).
 */
const status = (id: string, glyph: string, line: 'wavy' | 'none'): vscode.DecorationRenderOptions => ({
  ...(line === 'none' ? {} : { textDecoration: `underline ${line} ${cssColor(id)} 1.5px` }),
  after: {
    contentText: glyph,
    color: new vscode.ThemeColor('editor.background'),
    backgroundColor: color(id),
    fontWeight: 'bold',
    margin: '0 1px 0 3px',
    // VS Code writes this value into the CSS rule as is: the usual way to add the pill's corners.
    textDecoration: ';border-radius:3px;padding:0 2px',
  },
  overviewRulerColor: color(id), overviewRulerLane: vscode.OverviewRulerLane.Center,
});

/** The look of each annotation kind, as data (gutter icons added in {@link createDecorationTypes}). */
const ANNOTATION_STYLES: Readonly<Record<AnnotationDecorationKind, vscode.DecorationRenderOptions>> = {
  claim: {
    backgroundColor: color('annotationClaimBackground'),
    borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderColor: color('annotationClaimBorder'),
  },
  'source-named': {
    backgroundColor: color('annotationNamedSourceBackground'),
    borderStyle: 'solid', borderWidth: '1px', borderColor: color('annotationNamedSourceBorder'), borderRadius: '3px',
  },
  'source-vague': {
    backgroundColor: color('annotationVagueSourceBackground'),
    borderStyle: 'dashed', borderWidth: '2px', borderColor: color('annotationVagueSourceBorder'), borderRadius: '3px',
  },
  'source-anonymous': {
    backgroundColor: color('annotationAnonymousSourceBackground'),
    borderStyle: 'solid', borderWidth: '2px', borderColor: color('annotationAnonymousSourceBorder'), borderRadius: '3px',
    fontWeight: 'bold',
    overviewRulerColor: color('annotationAnonymousSourceBorder'), overviewRulerLane: vscode.OverviewRulerLane.Left,
  },
  'quote-named': {
    backgroundColor: color('annotationQuoteBackground'),
    borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderColor: color('annotationQuoteBorder'),
  },
  'quote-vague': {
    backgroundColor: color('annotationQuoteBackground'),
    borderStyle: 'none none dashed none', borderWidth: '0 0 2px 0', borderColor: color('annotationVagueSourceBorder'),
  },
  'quote-anonymous': {
    backgroundColor: color('annotationAnonymousQuoteBackground'),
    borderStyle: 'solid', borderWidth: '2px', borderColor: color('annotationAnonymousQuoteBorder'),
    overviewRulerColor: color('annotationAnonymousQuoteBorder'), overviewRulerLane: vscode.OverviewRulerLane.Right,
  },
  'quote-unattributed': {
    backgroundColor: color('annotationQuoteBackground'),
    borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', borderColor: color('annotationQuoteBorder'),
  },
  note: {
    backgroundColor: color('annotationNoteBackground'),
    borderStyle: 'dotted', borderWidth: '1px', borderColor: color('annotationNoteBorder'), borderRadius: '3px',
  },
  'status-verified': status('statusVerified', '✓', 'none'),
  'status-disputed': status('statusDisputed', '?', 'wavy'),
  'status-false': status('statusFalse', '✗', 'wavy'),
  'status-misleading': status('statusMisleading', '!', 'wavy'),
};

/** The paragraph badge's look; its label comes with each badge. */
const BADGE_STYLE: vscode.DecorationRenderOptions = {
  after: {
    color: color('anonymousBadgeForeground'),
    backgroundColor: color('anonymousBadgeBackground'),
    fontWeight: 'bold',
    margin: '0 0 0 6px',
  },
};

/** One decoration type per kind and layer; disposed through `context.subscriptions`. */
export interface DecorationTypes {
  readonly annotations: Readonly<Record<AnnotationDecorationKind, vscode.TextEditorDecorationType>>;
  readonly findings: Readonly<Record<FindingDecorationKind, vscode.TextEditorDecorationType>>;
  readonly badge: vscode.TextEditorDecorationType;
}

/**
 * Creates the decoration types and pushes them into `subscriptions`. Findings are created
 * first, so annotations (created later) paint over them where both are drawn.
 */
export function createDecorationTypes(extensionUri: vscode.Uri, subscriptions: vscode.Disposable[]): DecorationTypes {
  const make = (options: vscode.DecorationRenderOptions): vscode.TextEditorDecorationType => {
    const type = vscode.window.createTextEditorDecorationType(options);
    subscriptions.push(type);
    return type;
  };
  const findings = {} as Record<FindingDecorationKind, vscode.TextEditorDecorationType>;
  for (const kind of Object.keys(FINDING_STYLES) as FindingDecorationKind[]) findings[kind] = make(FINDING_STYLES[kind]);
  const annotations = {} as Record<AnnotationDecorationKind, vscode.TextEditorDecorationType>;
  for (const kind of Object.keys(ANNOTATION_STYLES) as AnnotationDecorationKind[]) {
    const icon = GUTTER_ICONS[kind];
    annotations[kind] = make({
      ...ANNOTATION_STYLES[kind],
      ...(icon ? { gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', icon), gutterIconSize: 'contain' } : {}),
    });
  }
  return { findings, annotations, badge: make(BADGE_STYLE) };
}
