/**
 * Atomic file writes: a reader (or a crash) sees the old file or the new one, never half of
 * the new one. The temporary file lives beside the target so the final rename stays on one
 * file system (a rename across file systems is a copy, not atomic).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { errorCode } from './error-code';

/** What can be written: text (as UTF-8), bytes, or a sequence of chunks produced while writing. */
export type WriteData = string | Uint8Array | Iterable<string | Uint8Array>;

/** Options for {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /**
   * `false`: refuse to replace an existing file (throws an `EEXIST` error and writes nothing).
   * Default `true`.
   */
  readonly overwrite?: boolean;
}

/** Prefix of every temporary file, so a stray one (after a power cut) is recognisable. */
export const TEMP_PREFIX = '.~';
/** Suffix of every temporary file. */
export const TEMP_SUFFIX = '.tmp';

/**
 * Writes `data` to `file` atomically: a new temporary file beside it (same folder, unique
 * name, created exclusively), written, flushed to disk (`fsync`), then renamed over `file`,
 * then the folder flushed where the platform allows it. A symbolic link at `file` is written
 * through (its target is replaced, the link kept). An existing file's permission bits are kept.
 *
 * On any failure the temporary file is removed, `file` is byte-for-byte what it was, and the
 * error propagates (an `AggregateError` holding both when removing the temporary file failed
 * too). A chunk iterable that throws part-way is such a failure.
 *
 * @throws the file system's error (`ENOENT` for a missing folder, `EISDIR` when `file` is a
 *   folder, `EEXIST` with `overwrite: false`, ...) or whatever the data iterable throws.
 */
export async function writeFileAtomic(file: string, data: WriteData, options: AtomicWriteOptions = {}): Promise<void> {
  const overwrite = options.overwrite ?? true;
  const target = await followLink(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const mode = await existingMode(target);
  let handle: FileHandle | undefined;
  let tempExists = false;
  try {
    handle = await fs.open(temp, 'wx', mode ?? 0o666);
    tempExists = true;
    if (mode !== undefined) await handle.chmod(mode); // the umask applies to open's mode
    for (const chunk of toChunks(data)) await handle.write(chunk);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (overwrite) {
      await fs.rename(temp, target);
    } else {
      // link() fails with EEXIST atomically when the target exists: create-if-absent, no race.
      await fs.link(temp, target);
      await fs.unlink(temp);
    }
    tempExists = false;
  } catch (err) {
    await cleanUp(err, handle, tempExists ? temp : undefined);
  }
  await syncFolder(dir);
}

/** Splits `data` into byte chunks, lazily, so an iterable's failure surfaces mid-write. */
function* toChunks(data: WriteData): Generator<Uint8Array> {
  if (typeof data === 'string') {
    yield Buffer.from(data, 'utf8');
  } else if (data instanceof Uint8Array) {
    yield data;
  } else {
    for (const chunk of data) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  }
}

/** Closes and removes what a failed write left, then rethrows `err` (never swallowed). */
async function cleanUp(err: unknown, handle: FileHandle | undefined, temp: string | undefined): Promise<never> {
  const problems: unknown[] = [];
  if (handle) {
    try {
      await handle.close();
    } catch (closeErr) {
      problems.push(closeErr);
    }
  }
  if (temp !== undefined) {
    try {
      await fs.unlink(temp);
    } catch (unlinkErr) {
      if (errorCode(unlinkErr) !== 'ENOENT') problems.push(unlinkErr);
    }
  }
  if (problems.length > 0) {
    throw new AggregateError([err, ...problems], `${describe(err)} (and cleaning up the temporary file ${temp ?? ''} failed)`);
  }
  throw err;
}

/** The file a symbolic link at `file` points to (so the link survives), else `file` itself. */
async function followLink(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return file; // a new file (or a dangling link: replaced)
    throw err;
  }
}

/** Permission bits of an existing `file`, `undefined` when there is none. */
async function existingMode(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mode & 0o7777;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Flushes a folder so the rename itself survives a power cut. Windows cannot open a folder
 * for syncing (EPERM/EISDIR) and some file systems refuse (EINVAL): the rename is done, so
 * those are not failures of the write.
 */
async function syncFolder(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = errorCode(err);
    if (code !== 'EPERM' && code !== 'EISDIR' && code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EACCES') throw err;
  } finally {
    await handle?.close();
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
