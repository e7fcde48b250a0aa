/** Cases for scanL10n: what counts as a localised string and what bypasses l10n. */
export interface ScanCase {
  readonly name: string;
  readonly source: string;
  readonly messages: readonly string[];
  /** How many problems (bypasses) the scan reports. */
  readonly problems: number;
}

export const SCAN_CASES: readonly ScanCase[] = [
  { name: 'vscode.l10n.t with a literal and arguments', source: "vscode.l10n.t('{0}/{1} quotes anonymous', a, q);", messages: ['{0}/{1} quotes anonymous'], problems: 0 },
  { name: 'l10n.t imported alone, template without substitutions', source: 'l10n.t(`Sources`);', messages: ['Sources'], problems: 0 },
  { name: 'the object form with a comment', source: "vscode.l10n.t({ message: 'Orphaned', args: [], comment: ['a group'] });", messages: ['Orphaned'], problems: 0 },
  { name: 'a message that is not a literal cannot be checked', source: 'vscode.l10n.t(message);', messages: [], problems: 1 },
  { name: 'a template with substitutions is not a key', source: 'vscode.l10n.t(`${n} quotes`);', messages: [], problems: 1 },
  { name: 'a message box with a raw literal', source: "void vscode.window.showWarningMessage('Open an article first.');", messages: [], problems: 1 },
  { name: 'a message box with a raw template', source: 'vscode.window.showErrorMessage(`failed: ${e}`);', messages: [], problems: 1 },
  { name: 'a message box through l10n', source: "vscode.window.showErrorMessage(vscode.l10n.t('failed: {0}', e));", messages: ['failed: {0}'], problems: 0 },
  { name: 'a quick pick placeholder as a literal', source: "vscode.window.showQuickPick(items, { placeHolder: 'Filter by' });", messages: [], problems: 1 },
  { name: 'a tooltip through l10n', source: "item.tooltip = x; const o = { tooltip: vscode.l10n.t('Show Sources') };", messages: ['Show Sources'], problems: 0 },
  { name: 'a translator handed to a pure module: its t(...) literals count', source: "function kind(t: Translate) { return t('Quote'); }", messages: ['Quote'], problems: 0 },
  { name: 'the shell’s forwarder to l10n.t is accepted', source: 'const translate = (message: string, ...args: string[]) => vscode.l10n.t(message, ...args);', messages: [], problems: 0 },
  { name: 'but not a variable from elsewhere', source: "const m = 'x'; const f = () => vscode.l10n.t(m);", messages: [], problems: 1 },
  { name: 'other strings are left alone (ids, log lines)', source: "log.info(`activated`); const id = 'newsAnnotator.sources';", messages: [], problems: 0 },
];
