/**
 * An article's title for a report: its first heading (`# Title`, Markdown style) when the text
 * starts with one, else its first non-empty line.
 */

/** Longest title kept, in UTF-16 code units (a pasted article may have no line breaks at all). */
export const MAX_TITLE_LENGTH = 160;

/**
 * The title of `text`: the first non-blank line, without a leading Markdown `#` marker, with
 * runs of white space collapsed, cut at {@link MAX_TITLE_LENGTH} (with `…`, never inside a
 * surrogate pair). `fallback` (a file name) when the text has no visible line.
 */
export function articleTitle(text: string, fallback: string): string {
  for (const line of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const title = line.replace(/^\s*#{1,6}\s+/, '').replace(/\s+/g, ' ').trim();
    if (title.length === 0) continue;
    if (title.length <= MAX_TITLE_LENGTH) return title;
    let cut = MAX_TITLE_LENGTH - 1;
    const c = title.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    return title.slice(0, cut).trimEnd() + '…';
  }
  return fallback;
}
