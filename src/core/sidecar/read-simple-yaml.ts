/**
 * A fast reader for the plain subset of YAML that sidecars are written in, so that loading a
 * 10,000-annotation sidecar is not dominated by the general `yaml` parser (about 2 MB/s
 * here). It returns `null` — "use the real parser" — at the first thing outside the subset,
 * so it is only ever a shortcut to the same data, never a second dialect:
 *
 * - block maps with plain keys (`[A-Za-z0-9_.-]+`) and block sequences, space-indented;
 * - compact maps in sequence items (`- id: x`), and `key:` followed by a sequence at the same
 *   indentation;
 * - single-line scalars: double-quoted (all YAML escapes), single-quoted, or plain (resolved
 *   by the YAML 1.2 core schema; anything that would resolve to other than a string, a
 *   decimal integer, a boolean or null gives `null`);
 * - one-line flow sequences and maps of such scalars, one level deep;
 * - comment lines, blank lines, and trailing comments.
 *
 * Anything else — block scalars, multi-line flow or quoted scalars, anchors, aliases, tags,
 * directives, document markers, tabs, CR, duplicate keys, complex keys — gives `null`.
 */

interface Line {
  indent: number;
  text: string;
}

/** Thrown inside the reader to leave it: "outside the subset". Never escapes this module. */
class OutsideSubset extends Error {}

const KEY_LINE = /^([A-Za-z0-9_.-]+):(?:( +)(.*))?$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const NULL_WORD = /^(?:~|null|Null|NULL)$/;
const TRUE_WORD = /^(?:true|True|TRUE)$/;
const FALSE_WORD = /^(?:false|False|FALSE)$/;
/** Plain scalars the core schema would read as a float, octal, hex, infinity or NaN. */
const OTHER_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Characters a plain scalar may not start with (YAML 1.2, 7.3.3), `-` `?` `:` included. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * The data `text` holds, if it is within the subset (see module comment); `null` otherwise.
 * Linear in the text's length. Never throws.
 */
export function readSimpleYaml(text: string): unknown {
  if (text.includes('\r') || text.includes('\t')) return null;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 0x20) indent++;
    const rest = raw.slice(indent);
    if (rest === '' || rest.startsWith('#')) continue;
    if (indent === 0 && (rest.startsWith('---') || rest.startsWith('...') || rest.startsWith('%'))) return null;
    // Only spaces are trimmed: YAML's white space is space and tab, not U+00A0 and the like.
    lines.push({ indent, text: trimSpaces(rest) });
  }
  if (lines.length === 0 || (lines[0] as Line).indent !== 0) return null;
  try {
    const [value, next] = readNode(lines, 0, 0, 0);
    return next === lines.length ? value : null;
  } catch (e) {
    if (e instanceof OutsideSubset) return null;
    throw e;
  }
}

function trimSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x20) end--;
  return s.slice(0, end);
}

function outside(): never {
  throw new OutsideSubset();
}

/** Deepest block nesting read here; deeper is left to the real parser's limits. */
const MAX_DEPTH = 64;

/** The block node whose first line is `lines[i]`, at indentation `indent`; and the next line's index. */
function readNode(lines: Line[], i: number, indent: number, depth: number): [unknown, number] {
  if (depth > MAX_DEPTH) outside();
  const first = lines[i] as Line;
  return isItem(first.text) ? readSeq(lines, i, indent, depth) : readMap(lines, i, indent, depth);
}

function isItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

function readSeq(lines: Line[], i: number, indent: number, depth: number): [unknown[], number] {
  const out: unknown[] = [];
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.indent < indent || (line.indent === indent && !isItem(line.text))) break;
    if (line.indent > indent) outside();
    if (line.text === '-') {
      const next = lines[i + 1];
      if (next && next.indent > indent) {
        const [v, j] = readNode(lines, i + 1, next.indent, depth + 1);
        out.push(v);
        i = j;
      } else {
        out.push(null);
        i++;
      }
      continue;
    }
    let pad = 1;
    while (line.text.charCodeAt(pad) === 0x20) pad++;
    const content = line.text.slice(pad);
    if (KEY_LINE.test(content) || /^[A-Za-z0-9_.-]+:$/.test(content)) {
      // A compact map: its first entry is on the item's line, the rest at the same column.
      lines[i] = { indent: indent + pad, text: content };
      const [v, j] = readMap(lines, i, indent + pad, depth + 1);
      out.push(v);
      i = j;
      continue;
    }
    if (isItem(content)) outside();
    out.push(readInline(content));
    const next = lines[i + 1];
    if (next && next.indent > indent) outside();
    i++;
  }
  return [out, i];
}

function readMap(lines: Line[], i: number, indent: number, depth: number): [Record<string, unknown>, number] {
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  while (i < lines.length) {
    const line = lines[i] as Line;
    if (line.indent < indent) break;
    if (line.indent > indent) outside();
    const m = KEY_LINE.exec(line.text);
    if (!m) outside();
    const key = m[1] as string;
    if (seen.has(key) || key === '__proto__' || resolvePlain(key, false) !== key) outside();
    seen.add(key);
    const inline = m[3] === undefined || m[3].startsWith('#') ? '' : m[3];
    const next = lines[i + 1];
    if (inline === '') {
      if (next && next.indent > indent) {
        const [v, j] = readNode(lines, i + 1, next.indent, depth + 1);
        out[key] = v;
        i = j;
      } else if (next && next.indent === indent && isItem(next.text)) {
        const [v, j] = readSeq(lines, i + 1, indent, depth + 1);
        out[key] = v;
        i = j;
      } else {
        out[key] = null;
        i++;
      }
      continue;
    }
    out[key] = readInline(inline);
    if (next && next.indent > indent) outside();
    i++;
  }
  return [out, i];
}

/** A value on one line: a quoted or plain scalar, or a flat flow collection; then at most a comment. */
function readInline(s: string): unknown {
  const c = s[0];
  if (c === '[' || c === '{') {
    const [v, end] = readFlow(s, 0);
    endOfValue(s, end);
    return v;
  }
  if (c === '"' || c === "'") {
    const [v, end] = c === '"' ? readDouble(s, 0) : readSingle(s, 0);
    endOfValue(s, end);
    return v;
  }
  const hash = s.indexOf(' #');
  return resolvePlain(trimSpaces(hash < 0 ? s : s.slice(0, hash)), false);
}

function endOfValue(s: string, end: number): void {
  const rest = s.slice(end);
  if (!/^ *$/.test(rest) && !/^ +#/.test(rest)) outside();
}

function resolvePlain(s: string, inFlow: boolean): unknown {
  if (s === '') outside();
  if (INDICATOR_START.test(s) && !DECIMAL.test(s)) outside();
  if (s.includes(': ') || s.endsWith(':') || s.includes(' #')) outside();
  if (inFlow && /[,[\]{}]/.test(s)) outside();
  if (NULL_WORD.test(s)) return null;
  if (TRUE_WORD.test(s)) return true;
  if (FALSE_WORD.test(s)) return false;
  if (DECIMAL.test(s)) {
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : outside();
  }
  if (OTHER_NUMBER.test(s)) outside();
  return s;
}

/** A flow sequence or map of scalars starting at `s[at]`; the value and the index after it. */
function readFlow(s: string, at: number): [unknown, number] {
  const isMap = s[at] === '{';
  const close = isMap ? '}' : ']';
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = at + 1;
  const skip = (): void => { while (s[i] === ' ') i++; };
  skip();
  if (s[i] === close) return [isMap ? map : list, i + 1];
  for (;;) {
    skip();
    const [key, afterKey] = readFlowScalar(s, i, isMap);
    i = afterKey;
    skip();
    if (isMap) {
      if (s[i] !== ':' || s[i + 1] !== ' ' || typeof key !== 'string' || key in map || key === '__proto__') outside();
      i += 2;
      skip();
      const [value, afterValue] = readFlowScalar(s, i, false);
      map[key] = value;
      i = afterValue;
      skip();
    } else {
      list.push(key);
    }
    if (s[i] === ',') { i++; skip(); if (s[i] === close) outside(); continue; }
    if (s[i] === close) return [isMap ? map : list, i + 1];
    outside();
  }
}

function readFlowScalar(s: string, i: number, isKey: boolean): [unknown, number] {
  const c = s[i];
  if (c === '"') return readDouble(s, i);
  if (c === "'") return readSingle(s, i);
  let j = i;
  while (j < s.length && !',[]{}'.includes(s[j] as string) && !(s[j] === ':' && (s[j + 1] === ' ' || isKey))) {
    if (s[j] === '#' && s[j - 1] === ' ') outside();
    j++;
  }
  return [resolvePlain(trimSpaces(s.slice(i, j)), true), j];
}

function readSingle(s: string, at: number): [string, number] {
  let out = '';
  let i = at + 1;
  for (;;) {
    const q = s.indexOf("'", i);
    if (q < 0) outside();
    out += s.slice(i, q);
    if (s[q + 1] === "'") { out += "'"; i = q + 2; continue; }
    return [out, q + 1];
  }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function readDouble(s: string, at: number): [string, number] {
  let out = '';
  let i = at + 1;
  for (;;) {
    let j = i;
    while (j < s.length && s[j] !== '"' && s[j] !== '\\') j++;
    if (j >= s.length) outside();
    out += s.slice(i, j);
    if (s[j] === '"') return [out, j + 1];
    const e = s[j + 1] as string;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { out += simple; i = j + 2; continue; }
    const digits = HEX_DIGITS[e];
    if (digits === undefined) outside();
    const hex = s.slice(j + 2, j + 2 + digits);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) outside();
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) outside();
    out += String.fromCodePoint(code);
    i = j + 2 + digits;
  }
}
