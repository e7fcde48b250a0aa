/**
 * Finds the UI strings of the extension's source with the TypeScript parser: the messages of
 * `l10n.t(...)` calls, and the places that show text to the user without going through it.
 */
import * as ts from 'typescript';

/** What {@link scanL10n} found in one file. */
export interface L10nScan {
  /** The literal messages of `l10n.t('...')` / `l10n.t({ message: '...' })`, in source order. */
  readonly messages: readonly string[];
  /** Places that bypass l10n (`file:line: why`). */
  readonly problems: readonly string[];
}

/** Functions whose first argument is text shown to the user. */
const SHOWS_TEXT = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage']);
/** Object properties that hold text shown to the user (quick picks, input boxes, panels, tree items). */
const TEXT_PROPERTIES = new Set(['placeHolder', 'prompt', 'title', 'tooltip']);

function isText(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
}

/** `l10n.t` or `vscode.l10n.t`. */
function isL10nT(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const target = callee.expression;
  return (ts.isIdentifier(target) && target.text === 'l10n') || (ts.isPropertyAccessExpression(target) && target.name.text === 'l10n');
}

/** `true` when `name` is a parameter of the function `node` is in: `(message, ...args) => l10n.t(message, ...args)` forwards. */
function isForwardedParameter(node: ts.Node, name: string): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isFunctionLike(at)) return at.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name);
  }
  return false;
}

/**
 * Scans one TypeScript source. `file` names it in problems. Besides `l10n.t`, a bare `t('...')`
 * counts: the convention of pure modules handed a translator (`t: Translate`) by the shell,
 * whose `l10n.t(message, ...args)` forwarder is accepted.
 */
export function scanL10n(file: string, source: string): L10nScan {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const messages: string[] = [];
  const problems: string[] = [];
  const where = (node: ts.Node): string => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      if (isL10nT(node.expression)) {
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          messages.push(first.text);
        } else if (first && ts.isObjectLiteralExpression(first)) {
          const message = first.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(sf) === 'message');
          if (message && (ts.isStringLiteral(message.initializer) || ts.isNoSubstitutionTemplateLiteral(message.initializer))) messages.push(message.initializer.text);
          else problems.push(`${where(node)}: l10n.t({ message }) needs a literal message`);
        } else if (!(first && ts.isIdentifier(first) && isForwardedParameter(node, first.text))) {
          problems.push(`${where(node)}: l10n.t needs a literal message (the bundle is keyed by it)`);
        }
      } else if (ts.isIdentifier(node.expression) && node.expression.text === 't') {
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.push(first.text);
      } else {
        const name = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : ts.isIdentifier(node.expression) ? node.expression.text : '';
        if (SHOWS_TEXT.has(name) && first && isText(first)) problems.push(`${where(node)}: ${name} with a literal: use vscode.l10n.t`);
      }
    } else if (ts.isPropertyAssignment(node) && TEXT_PROPERTIES.has(node.name.getText(sf)) && isText(node.initializer)) {
      problems.push(`${where(node)}: ${node.name.getText(sf)} is a literal: use vscode.l10n.t`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { messages, problems };
}

/** `{0}`, `{1}`... in a message, sorted: a translation must use the same ones. */
export function placeholders(message: string): string[] {
  return [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
}
