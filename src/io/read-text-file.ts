/**
 * Reading an article or sidecar from disk for the CLI and the extension: UTF-8 only, BOM
 * removed, with a clear typed error for everything else.
 */
import { promises as fs } from 'node:fs';
import { errorCode } from './error-code';

/** Why a file could not be read as text. */
export type FileReadProblem = 'missing' | 'directory' | 'unreadable' | 'binary' | 'not-utf8' | 'too-large';

/** A file that cannot be read as UTF-8 text. `message` is one line naming the file. */
export class FileReadError extends Error {
  override readonly name = 'FileReadError';
  constructor(
    readonly file: string,
    readonly problem: FileReadProblem,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** A text file's content. */
export interface TextFile {
  /** The text, decoded as UTF-8, without a leading BOM. Offsets into it are what the core uses. */
  readonly text: string;
  /** Whether the file started with a UTF-8 BOM (kept when the file is written back). */
  readonly bom: boolean;
  /** The file's size in bytes. */
  readonly size: number;
  /** The file's modification time in ms, for detecting external changes. */
  readonly mtimeMs: number;
}

/** Default size limit: 256 MiB, well above any article or sidecar, below what would exhaust memory. */
export const MAX_TEXT_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Reads `file` as UTF-8 text.
 * @throws {FileReadError} when the file is missing, a directory, unreadable, larger than
 *   `maxBytes`, binary (contains a NUL byte) or not valid UTF-8.
 */
export async function readTextFile(file: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<TextFile> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    throw toReadError(file, err);
  }
  if (stat.isDirectory()) throw new FileReadError(file, 'directory', 'is a directory, not a file');
  if (stat.size > maxBytes) throw new FileReadError(file, 'too-large', `is ${stat.size} bytes, more than the ${maxBytes} allowed`);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw toReadError(file, err);
  }
  return { ...decodeUtf8(file, bytes), size: bytes.length, mtimeMs: stat.mtimeMs };
}

/**
 * Decodes bytes as UTF-8 text, removing a BOM.
 * @throws {FileReadError} for binary content (a NUL byte) or invalid UTF-8.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string; bom: boolean } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new FileReadError(file, 'binary', `is a binary file (NUL byte at offset ${nul}), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (err) {
    throw new FileReadError(file, 'not-utf8', `is not valid UTF-8 text (${err instanceof Error ? err.message : String(err)})`);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

function toReadError(file: string, err: unknown): FileReadError {
  const code = errorCode(err);
  if (code === 'ENOENT') return new FileReadError(file, 'missing', 'no such file');
  if (code === 'EISDIR') return new FileReadError(file, 'directory', 'is a directory, not a file');
  const why = err instanceof Error ? err.message : String(err);
  return new FileReadError(file, 'unreadable', `cannot be read (${why})`);
}
