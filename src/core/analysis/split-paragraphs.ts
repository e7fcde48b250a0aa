/**
 * Paragraphs: the text between blank lines, or between line breaks when the text has no
 * blank lines (one paragraph a line, as many news pages are copied). Offsets are UTF-16 code
 * units, end exclusive; a paragraph's range has no leading or trailing whitespace. CRLF and
 * lone CR count as line breaks. Linear.
 */

/** A paragraph's range. */
export interface ParagraphRange {
  readonly start: number;
  readonly end: number;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/**
 * Calls `visit(start, end, last)` for each line, trimmed of spaces, in order; `last` is true
 * for the final line (the text after the last break, possibly empty).
 */
function forEachLine(text: string, visit: (start: number, end: number, last: boolean) => void): void {
  const n = text.length;
  // Only \n breaks (the usual case): indexOf finds them much faster than a loop over units.
  const onlyLf = text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
  let ls = 0;
  for (;;) {
    let le: number;
    if (onlyLf) {
      le = text.indexOf('\n', ls);
      if (le < 0) le = n;
    } else {
      le = ls;
      while (le < n && !isBreak(text.charCodeAt(le))) le++;
    }
    let s = ls;
    let e = le;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    visit(s, e, le >= n);
    if (le >= n) return;
    ls = le + 1;
    if (text.charCodeAt(le) === 0x0d && text.charCodeAt(ls) === 0x0a) ls++;
  }
}

/** Splits `text` into paragraphs; empty or blank text has none. */
export function splitParagraphs(text: string): ParagraphRange[] {
  // A blank line other than the first and the last makes blank lines the separators.
  let hasBlank = false;
  let index = 0;
  forEachLine(text, (s, e, last) => {
    if (s === e && index > 0 && !last) hasBlank = true;
    index++;
  });
  const out: ParagraphRange[] = [];
  if (!hasBlank) {
    forEachLine(text, (s, e) => {
      if (e > s) out.push({ start: s, end: e });
    });
    return out;
  }
  let curStart = -1;
  let curEnd = -1;
  forEachLine(text, (s, e) => {
    if (e === s) {
      if (curStart >= 0) out.push({ start: curStart, end: curEnd });
      curStart = -1;
    } else if (curStart >= 0) curEnd = e;
    else {
      curStart = s;
      curEnd = e;
    }
  });
  if (curStart >= 0) out.push({ start: curStart, end: curEnd });
  return out;
}
