/**
 * One comment of a note's thread: the note itself (the annotation's `note`) or one of its
 * replies, rendered as Markdown; Arabic text reads right to left.
 */
import * as vscode from 'vscode';
import type { Annotation, Reply } from '../../core/sidecar';

/** Letters of the Arabic blocks (and Hebrew/Syriac/Thaana, for completeness): text that reads right to left. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_LETTER = /[A-Za-z\u00C0-\u024F]/u;

/** Whether `text` is mostly written right to left (its first strong letter is). */
export function readsRightToLeft(text: string): boolean {
  for (const ch of text) {
    if (RTL_LETTER.test(ch)) return true;
    if (LTR_LETTER.test(ch)) return false;
  }
  return false;
}

/** HTML-escaped text, so a note can never inject markup. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The Markdown of a note or reply: the text in a `<div dir="rtl|ltr">` (the comment widget
 * renders this much HTML), line breaks kept. No other HTML, no command links.
 */
export function noteMarkdown(text: string): vscode.MarkdownString {
  const dir = readsRightToLeft(text) ? 'rtl' : 'ltr';
  const body = escapeHtml(text).split('\n').join('<br>');
  // `align` rather than a style: the workbench's sanitizer keeps `dir` and `align`, not `text-align`.
  const md = new vscode.MarkdownString(`<div dir="${dir}" align="${dir === 'rtl' ? 'right' : 'left'}">${body}</div>`);
  md.supportHtml = true;
  md.isTrusted = false;
  return md;
}

/** A comment in a thread; which annotation and which reply (`null`: the note itself) it shows. */
export class NoteComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  mode = vscode.CommentMode.Preview;
  readonly author: vscode.CommentAuthorInformation;
  readonly timestamp?: Date;
  readonly contextValue: string;
  readonly label?: string;
  /** The text before an edit started (Cancel puts it back). */
  readonly text: string;

  constructor(
    readonly uri: vscode.Uri,
    readonly annotationId: string,
    readonly replyId: string | null,
    text: string,
    author: string | undefined,
    time: string | undefined,
    edited: boolean,
  ) {
    this.text = text;
    this.body = noteMarkdown(text);
    this.author = { name: author ?? vscode.l10n.t('unknown') };
    const t = time !== undefined ? new Date(time) : undefined;
    if (t && !Number.isNaN(t.getTime())) this.timestamp = t;
    this.contextValue = replyId === null ? 'note' : 'reply';
    if (edited) this.label = vscode.l10n.t('edited');
  }

  static ofNote(uri: vscode.Uri, a: Annotation): NoteComment {
    return new NoteComment(uri, a.id, null, a.note ?? '', a.author, a.modified ?? a.created, false);
  }

  static ofReply(uri: vscode.Uri, a: Annotation, r: Reply): NoteComment {
    return new NoteComment(uri, a.id, r.id, r.body, r.author, r.modified ?? r.created, r.modified !== undefined);
  }
}
