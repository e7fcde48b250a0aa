/**
 * One reading view: a webview panel showing one article, kept in step with its ArticleState
 * and its editor. The HTML is set once; every update is a data message (the webview rebuilds
 * its article from the data and keeps its scroll position), so edits, re-analyses and sidecar
 * changes never reload the page.
 */
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { ArticleRegistry, ArticleState } from '../article/article-state-types';
import type { Log } from '../log';
import { collectMarks } from './article-marks';
import { readingViewHtml } from './reading-view-html';
import { parseViewMessage, type FromViewMessage, type ToViewMessage, type ViewProbe } from './reading-view-messages';
import { readingViewStrings } from './reading-view-strings';
import { renderArticle } from './render-article';
import { checkViewSelection } from './view-selection';

/** The webview panel type (`onWebviewPanel:` activation, the serializer, `webviewId` in when clauses). */
export const READING_VIEW_TYPE = 'newsAnnotator.readingView';

/** What the webview's state (`vscode.setState`) holds that the extension reads back on restore. */
export interface ReadingViewSavedState {
  readonly uri: string;
}

/** Wait after a change before sending the article again: one keystroke fires several changes. */
const UPDATE_DEBOUNCE_MS = 120;
/** How many refusal reasons a view keeps for the tests (the log has them all). */
const MAX_REFUSALS = 50;
/** How long a probe may take before it fails (the webview may be loading). */
const PROBE_TIMEOUT_MS = 10_000;

/** What a reading view needs from the shell. */
export interface ReadingViewDeps {
  readonly registry: ArticleRegistry;
  readonly log: Log;
  readonly extensionUri: vscode.Uri;
}

/** The options every reading view's webview gets (also on restore). */
export function readingViewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    // Only the extension's media folder: the view loads nothing else, not even the article file.
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/** The panel's title for an article. */
export function readingViewTitle(uri: vscode.Uri): string {
  return vscode.l10n.t('Reading View: {0}', path.posix.basename(uri.path));
}

/** One reading view for the article at `uri`. */
export class ReadingView implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private readonly renderedWaiters: { resolve: () => void }[] = [];
  private nextProbe = 1;
  /** Why messages from the webview were refused, latest last (at most {@link MAX_REFUSALS}); also logged. */
  readonly refused: string[] = [];
  private ready = false;
  /** Each article message's number, and the last one the webview says it shows. */
  private sentSeq = 0;
  private renderedSeq = 0;
  private timer: NodeJS.Timeout | undefined;
  private disposed = false;
  /** The state the last article message was made from. */
  private shownState: ArticleState | undefined;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  /** Fires once, when the panel is closed or disposed. */
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    private readonly deps: ReadingViewDeps,
  ) {
    const webview = panel.webview;
    webview.options = readingViewOptions(deps.extensionUri);
    panel.title = readingViewTitle(uri);
    const media = (file: string): string => webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'reading-view', file)).toString();
    webview.html = readingViewHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(18).toString('base64'),
      scriptUri: media('reading-view.js'),
      styleUri: media('reading-view.css'),
      uiLanguage: vscode.env.language,
      title: panel.title,
    });
    const key = uri.toString();
    this.disposables.push(
      webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidDispose(() => this.dispose()),
      // Hidden, the webview is unloaded (no retainContextWhenHidden); shown again, it loads anew
      // and asks with `ready`. Until then nothing it was sent would arrive.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      deps.registry.onDidChangeArticle((state) => {
        if (state.uri.toString() === key) this.schedule();
      }),
      // A state created or replaced for this article (opened again, its language changed).
      deps.registry.onDidChangeArticles(() => {
        if (this.state !== this.shownState) this.schedule();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === key && e.contentChanges.length > 0) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() === key) this.sendEditorSelection(e.textEditor, true);
      }),
    );
  }

  /** The article's state now (the registry may have replaced it since the view opened). */
  get state(): ArticleState | undefined {
    return this.deps.registry.get(this.uri);
  }

  /**
   * Asks the webview a test question and waits for its answer.
   * @throws when the webview does not answer within 10 s, or answers with an error.
   */
  async request(probe: ViewProbe): Promise<unknown> {
    let waited: NodeJS.Timeout | undefined;
    const shown = new Promise<void>((_, reject) => {
      waited = setTimeout(() => reject(new Error(`the reading view did not show its article within ${PROBE_TIMEOUT_MS} ms (hidden?)`)), PROBE_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.whenRendered(), shown]);
    } finally {
      clearTimeout(waited);
    }
    const id = this.nextProbe++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the reading view did not answer probe ${probe.kind} within ${PROBE_TIMEOUT_MS} ms`));
      }, PROBE_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      this.post({ type: 'probe', id, probe });
    });
  }

  /**
   * Settles when the webview shows the article as the state has it now: after the pending
   * update (if any) has been sent and drawn.
   */
  whenRendered(): Promise<void> {
    if (this.ready && this.timer === undefined && this.renderedSeq >= this.sentSeq && this.sentSeq > 0) return Promise.resolve();
    return new Promise((resolve) => this.renderedWaiters.push({ resolve }));
  }

  private post(message: ToViewMessage): void {
    if (this.disposed) return;
    this.panel.webview.postMessage(message).then(
      (delivered) => {
        if (!delivered && message.type !== 'editorSelection') this.deps.log.info(`reading view of ${this.uri.fsPath}: a ${message.type} message was not delivered (view hidden?)`);
      },
      (err: unknown) => this.deps.log.error(`reading view of ${this.uri.fsPath}: posting ${message.type} failed`, err),
    );
  }

  /** Sends the article after a short pause (changes come in bursts). */
  private schedule(): void {
    // A hidden view is reloaded when shown again (it asks with `ready`): nothing to send meanwhile.
    if (!this.ready || this.disposed || !this.panel.visible) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sendArticle();
    }, UPDATE_DEBOUNCE_MS);
  }

  private sendArticle(): void {
    const state = this.state;
    if (!state) {
      this.reopen();
      return;
    }
    this.shownState = state;
    const document = state.document;
    const text = document.getText();
    const collected = collectMarks(text.length, state.visibleFindings, state.annotations, (a) => state.identityOfSpeaker(a));
    const article = renderArticle(text, state.analysis.paragraphs, collected);
    this.sentSeq++;
    this.post({ type: 'article', seq: this.sentSeq, version: document.version, uri: this.uri.toString(), article, strings: readingViewStrings() });
  }

  /** The article's document was closed: open it again (in the background) so the view keeps working. */
  private reopen(): void {
    vscode.workspace.openTextDocument(this.uri).then(
      (document) => {
        if (this.disposed) return;
        if (this.deps.registry.open(document)) this.sendArticle();
        else this.deps.log.error(`reading view: ${this.uri.fsPath} is no longer an article`);
      },
      (err: unknown) => this.deps.log.error(`reading view: cannot open ${this.uri.fsPath}`, err),
    );
  }

  private sendEditorSelection(editor: vscode.TextEditor, reveal: boolean): void {
    if (!this.ready || !this.panel.visible) return;
    const document = editor.document;
    const s = editor.selection;
    this.post({ type: 'editorSelection', start: document.offsetAt(s.start), end: document.offsetAt(s.end), reveal });
  }

  private receive(raw: unknown): void {
    const message = parseViewMessage(raw);
    if ('refused' in message) {
      this.refuse(`refused a message from the webview: ${message.refused}`);
      return;
    }
    this.handle(message);
  }

  private refuse(reason: string): void {
    this.deps.log.error(`reading view of ${this.uri.fsPath}: ${reason}`);
    this.refused.push(reason);
    if (this.refused.length > MAX_REFUSALS) this.refused.shift();
  }

  private handle(message: FromViewMessage): void {
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        this.sendArticle();
        // Marks the editor's selection without scrolling to it: a view shown again keeps its place.
        const editor = this.editor();
        if (editor) this.sendEditorSelection(editor, false);
        return;
      }
      case 'rendered': {
        this.renderedSeq = Math.max(this.renderedSeq, message.seq);
        if (this.timer === undefined && this.renderedSeq >= this.sentSeq) this.renderedWaiters.splice(0).forEach((w) => w.resolve());
        return;
      }
      case 'select':
        void this.selectInEditor(message.start, message.end);
        return;
      case 'probeResult': {
        const waiter = this.pending.get(message.id);
        if (!waiter) return;
        this.pending.delete(message.id);
        clearTimeout(waiter.timer);
        if (message.error !== undefined) waiter.reject(new Error(`reading view probe failed: ${message.error}`));
        else waiter.resolve(message.result);
        return;
      }
      case 'error':
        this.deps.log.error(`reading view of ${this.uri.fsPath}: webview script error: ${message.message}`);
        return;
    }
  }

  /** The visible editor of the article, if any (the one beside the view). */
  private editor(): vscode.TextEditor | undefined {
    const key = this.uri.toString();
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
  }

  /**
   * Selects `[start, end)` in the article's editor (opening it beside the view when it is not
   * visible), so every annotation command works on words chosen in the view. Offsets outside
   * the document are refused and logged.
   */
  private async selectInEditor(start: number, end: number): Promise<void> {
    const state = this.state;
    const document = state?.document ?? (await vscode.workspace.openTextDocument(this.uri));
    const text = document.getText();
    const checked = checkViewSelection(text, start, end);
    if ('refused' in checked) {
      this.refuse(`ignored a selection: ${checked.refused}`);
      return;
    }
    let editor = this.editor();
    if (!editor) {
      const column = this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
      editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: true, preview: false });
    }
    const range = new vscode.Range(document.positionAt(checked.start), document.positionAt(checked.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const [, waiter] of this.pending) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('the reading view was closed'));
    }
    this.pending.clear();
    for (const w of this.renderedWaiters) w.resolve();
    this.renderedWaiters.length = 0;
    this.disposables.forEach((d) => d.dispose());
    this.panel.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }
}
