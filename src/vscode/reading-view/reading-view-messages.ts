/**
 * The messages between the extension and the reading view's webview, and the check of every
 * message that comes from the webview (it is treated as untrusted input: a message that does
 * not have the expected shape is refused, never acted on). Pure.
 */
import type { RenderedArticle } from './render-article';

/** The webview's user-facing words (the webview has no `vscode.l10n`), by key. */
export type ViewStrings = Readonly<Record<string, string>>;

/** Extension -> webview. */
export type ToViewMessage =
  /**
   * The whole article, laid out. `seq` numbers the article messages of one view (echoed by
   * `rendered`); `version` is the document's version it was laid out from.
   */
  | { readonly type: 'article'; readonly seq: number; readonly version: number; readonly uri: string; readonly article: RenderedArticle; readonly strings: ViewStrings }
  /** The editor's selection (or caret, `start === end`) in document offsets; `reveal`: scroll the view to it. */
  | { readonly type: 'editorSelection'; readonly start: number; readonly end: number; readonly reveal: boolean }
  /** A question from the test suite (see {@link ViewProbe}); answered by a `probeResult`. */
  | { readonly type: 'probe'; readonly id: number; readonly probe: ViewProbe };

/**
 * What the VS Code suite can ask the webview (through the API's `readingViewFor(uri)`), to
 * check what a reader sees in the real DOM:
 * - `paragraphs`: each paragraph's `dir`, `lang` and computed `direction`;
 * - `marks`: each mark fragment head's id, classes, `aria-label`, and whether it is marked current;
 * - `selectMark`: selects a mark's words in the DOM (as a reader dragging over them would);
 * - `selectText`: selects the `occurrence`-th (0-based) occurrence of `text` found in the
 *   DOM's text nodes (without the offsets the view keeps, so the mapping is tested);
 * - `dom`: facts for the security test (img elements, whether a flag a script would set is set,
 *   the body's text);
 * - `theme`: the body's theme classes (`vscode-dark`, ...) and computed background;
 * - `scroll`: the scroll position; `scrollTo`: sets it;
 * - `key`: dispatches a keydown on the focused element (or the body) and answers the focused mark;
 * - `menuContext`: the argument the context menu's commands would get now (for the selection,
 *   or for a right-click on mark `markId`, which clears the selection first);
 * - `showCard`: shows mark `markId`'s card (as a hover would) and answers its text;
 * - `echo`: makes the webview post `message` back as if its script had sent it (to test that the
 *   extension refuses bad messages).
 */
export type ViewProbe =
  | { readonly kind: 'paragraphs' }
  | { readonly kind: 'marks' }
  | { readonly kind: 'selectMark'; readonly markId: string }
  | { readonly kind: 'selectText'; readonly text: string; readonly occurrence?: number }
  | { readonly kind: 'dom'; readonly flag: string }
  | { readonly kind: 'scroll' }
  | { readonly kind: 'theme' }
  | { readonly kind: 'scrollTo'; readonly y: number }
  | { readonly kind: 'key'; readonly key: string; readonly altKey?: boolean }
  | { readonly kind: 'menuContext'; readonly markId?: string }
  | { readonly kind: 'showCard'; readonly markId: string }
  | { readonly kind: 'echo'; readonly message: unknown };

/** Webview -> extension, once checked. */
export type FromViewMessage =
  /** The script has loaded and wants the article. */
  | { readonly type: 'ready' }
  /** The article message `seq` is in the DOM. */
  | { readonly type: 'rendered'; readonly seq: number }
  /** The reader selected `[start, end)` (a caret when equal), in document offsets (still to be checked against the text). */
  | { readonly type: 'select'; readonly start: number; readonly end: number }
  | { readonly type: 'probeResult'; readonly id: number; readonly result?: unknown; readonly error?: string }
  /** Something went wrong in the webview's script; logged. */
  | { readonly type: 'error'; readonly message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const MAX_TEXT = 2000; // an error text longer than this is cut: the log is for people

/**
 * Checks a message from the webview. Returns the message, or `{ refused }` saying why it was
 * refused. Offsets are only checked to be integers here; whether they lie inside the document
 * is checked against the text by `checkViewSelection`. Never throws.
 */
export function parseViewMessage(raw: unknown): FromViewMessage | { readonly refused: string } {
  if (!isRecord(raw) || typeof raw.type !== 'string') return { refused: 'not an object with a type' };
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return isInt(raw.seq) ? { type: 'rendered', seq: raw.seq } : { refused: 'rendered: seq is not an integer' };
    case 'select':
      return isInt(raw.start) && isInt(raw.end)
        ? { type: 'select', start: raw.start, end: raw.end }
        : { refused: `select: offsets are not integers (${String(raw.start)}, ${String(raw.end)})` };
    case 'probeResult':
      if (!isInt(raw.id)) return { refused: 'probeResult: id is not an integer' };
      return { type: 'probeResult', id: raw.id, result: raw.result, ...(typeof raw.error === 'string' ? { error: raw.error } : {}) };
    case 'error':
      return { type: 'error', message: String(raw.message).slice(0, MAX_TEXT) };
    default:
      return { refused: `unknown message type ${JSON.stringify(raw.type).slice(0, 80)}` };
  }
}
