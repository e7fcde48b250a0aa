/**
 * Hostile sidecars: each must give a clear error naming file, line and column, quickly, and
 * leave the file byte-for-byte as it was. Built from a valid sidecar (`base`) by the case.
 * Also used by bench/sidecar.bench.ts to time each case.
 */

/** What the error must say. */
export interface HostileExpectation {
  /** `parse`: a SidecarParseError; `read`: a FileReadError with this problem. */
  readonly error: 'parse' | 'read';
  readonly problem?: 'too-large' | 'binary' | 'not-utf8';
  /** The error's line is the one holding this text in the hostile file (1 when absent). */
  readonly lineOf?: string;
  /** A pattern the error message must match (besides `FILE:LINE:COLUMN: `). */
  readonly message: RegExp;
}

export interface HostileCase {
  readonly name: string;
  /** The hostile file's content, from a valid sidecar's YAML text. */
  readonly build: (base: string) => string | Buffer;
  readonly expect: HostileExpectation;
}

const MB = 1024 * 1024;

/** The classic "billion laughs": 9 levels of 9 aliases each, 9^9 strings when expanded. */
function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

/** `base` with the first occurrence of `from` replaced; throws when it is not there. */
function edit(base: string, from: string, to: string): string {
  if (!base.includes(from)) throw new Error(`test setup: ${JSON.stringify(from)} is not in the base sidecar`);
  return base.replace(from, to);
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: 'invalid YAML (an unclosed flow sequence)',
    build: (base) => edit(base, 'annotations:\n', 'annotations: [\n  {id: x,\n'),
    expect: { error: 'parse', message: /flow|collection|expected|unexpected|missing/i },
  },
  {
    name: 'invalid YAML (a tab-indented key)',
    build: (base) => edit(base, '  language: ar', '\tlanguage: ar'),
    expect: { error: 'parse', lineOf: '\tlanguage', message: /tab|indent|./i },
  },
  {
    name: 'a YAML alias bomb (billion laughs)',
    build: () => aliasBomb(),
    expect: { error: 'parse', lineOf: 'a0: &a0', message: /anchor|alias/i },
  },
  {
    name: 'an alias bomb hidden in a note',
    build: (base) => aliasBomb().replace(/^/gm, '# ') + edit(base, 'status: unverified', 'status: unverified\n    note: &n [*n]'),
    expect: { error: 'parse', message: /anchor|alias/i },
  },
  {
    name: 'a 50 MB file',
    build: (base) => base + `# ${'x'.repeat(98)}\n`.repeat((50 * MB) / 101),
    expect: { error: 'read', problem: 'too-large', message: /bytes|large/i },
  },
  {
    name: 'deep flow nesting (100,000 `[`)',
    build: (base) => edit(base, 'annotations:\n', `x-deep: ${'['.repeat(100_000)}\nannotations:\n`),
    expect: { error: 'parse', lineOf: 'x-deep', message: /nest|deep/i },
  },
  {
    name: 'deep block nesting (5,000 indented levels)',
    build: (base) => base + 'x-deep:\n' + Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n') + '\n',
    expect: { error: 'parse', message: /nest|deep|indent/i },
  },
  {
    name: 'an unknown tag !!js/function',
    build: (base) => edit(base, 'status: unverified', 'status: unverified\n    note: !!js/function "function () { return process.exit(1) }"'),
    expect: { error: 'parse', lineOf: '!!js/function', message: /tag/i },
  },
  {
    name: 'an unknown local tag !foo',
    build: (base) => edit(base, '  language: ar', '  language: !foo ar'),
    expect: { error: 'parse', lineOf: '!foo', message: /tag/i },
  },
  {
    name: 'wrong type: start is a string',
    build: (base) => base.replace(/start: \d+/, 'start: "ten"'),
    expect: { error: 'parse', lineOf: 'start: "ten"', message: /start|integer/i },
  },
  {
    name: 'wrong type: annotations is a map',
    build: (base) => base.slice(0, base.indexOf('annotations:')) + 'annotations:\n  first: 1\n',
    expect: { error: 'parse', lineOf: 'first: 1', message: /annotations|array/i },
  },
  {
    name: 'wrong version',
    build: (base) => edit(base, 'version: 1', 'version: 2'),
    expect: { error: 'parse', lineOf: 'version: 2', message: /version|1/i },
  },
  {
    name: 'a dangling speaker id',
    build: (base) => edit(base, 'speaker: src-peskov', 'speaker: src-nobody'),
    expect: { error: 'parse', lineOf: 'speaker: src-nobody', message: /src-nobody|speaker/i },
  },
  {
    name: 'duplicate ids',
    build: (base) => edit(base, 'id: qt-no-fight', 'id: src-peskov'),
    expect: { error: 'parse', message: /duplicate|unique|src-peskov/i },
  },
  {
    name: 'a duplicate key',
    build: (base) => edit(base, 'status: unverified', 'status: unverified\n    status: verified'),
    expect: { error: 'parse', lineOf: 'status: verified', message: /unique|duplicate|key/i },
  },
  {
    name: 'article.path pointing outside the folder (../secret.txt)',
    build: (base) => edit(base, 'path: haftar-moscow.ar.txt', 'path: ../secret.txt'),
    expect: { error: 'parse', lineOf: 'path: ../secret.txt', message: /article\.path/ },
  },
  {
    name: 'article.path absolute (/etc/passwd)',
    build: (base) => edit(base, 'path: haftar-moscow.ar.txt', 'path: /etc/passwd'),
    expect: { error: 'parse', lineOf: 'path: /etc/passwd', message: /article\.path/ },
  },
  {
    name: 'article.path with Windows separators (..\\..\\secret.txt)',
    build: (base) => edit(base, 'path: haftar-moscow.ar.txt', 'path: ..\\..\\secret.txt'),
    expect: { error: 'parse', lineOf: 'path: ..', message: /article\.path/ },
  },
  {
    name: 'an empty file',
    build: () => '',
    expect: { error: 'parse', message: /object|required|missing/i },
  },
  {
    name: 'a file with only a comment',
    build: () => '# annotations: none yet\n',
    expect: { error: 'parse', message: /object|required|missing/i },
  },
  {
    name: 'two YAML documents in one file',
    build: (base) => base + '---\nversion: 1\n',
    expect: { error: 'parse', lineOf: '---', message: /document/i },
  },
  {
    name: 'a binary file',
    build: (base) => Buffer.concat([Buffer.from(base.slice(0, 40)), Buffer.from([0, 1, 2, 0xff])]),
    expect: { error: 'read', problem: 'binary', message: /binary/ },
  },
  {
    name: 'bytes that are not UTF-8',
    build: (base) => Buffer.concat([Buffer.from(base.slice(0, 40)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])]),
    expect: { error: 'read', problem: 'not-utf8', message: /UTF-8/ },
  },
];

/** The 1-based line of the first `needle` in the hostile content, 1 when no needle. */
export function expectedLine(content: string | Buffer, needle: string | undefined): number {
  if (needle === undefined) return 1;
  const text = typeof content === 'string' ? content : content.toString('utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`test setup: ${JSON.stringify(needle)} is not in the hostile file`);
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
