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

/** Splits `text` into paragraphs; empty or blank text has none. */
export function splitParagraphs(text: string): ParagraphRange[] {
  const n = text.length;
  // Lines first: [start, end) without the break.
  const lines: [number, number][] = [];
  let ls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      lines.push([ls, i]);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      ls = i + 1;
    }
  }
  lines.push([ls, n]);
  const trimmed = lines.map(([s, e]) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    return [s, e] as [number, number];
  });
  const hasBlank = trimmed.some(([s, e], k) => s === e && k > 0 && k < trimmed.length - 1);
  const out: ParagraphRange[] = [];
  if (!hasBlank) {
    for (const [s, e] of trimmed) if (e > s) out.push({ start: s, end: e });
    return out;
  }
  let cur: [number, number] | undefined;
  for (const [s, e] of trimmed) {
    if (e === s) {
      if (cur) out.push({ start: cur[0], end: cur[1] });
      cur = undefined;
    } else if (cur) cur[1] = e;
    else cur = [s, e];
  }
  if (cur) out.push({ start: cur[0], end: cur[1] });
  return out;
}
