/**
 * Sidecar files on disk: load, save (merging changes another editor made meanwhile), create.
 * The durability rules of issue 3 live here:
 * - writes are atomic ({@link writeFileAtomic});
 * - a sidecar that fails to parse or validate is never overwritten: the caller gets the typed
 *   error and the file stays byte-for-byte as it was;
 * - a sidecar changed on disk since it was loaded is re-read and merged by annotation id
 *   before writing, so nothing is lost silently.
 *
 * Style kept on save: a sidecar that started with a UTF-8 BOM keeps it, and one whose first
 * line ended in CRLF is written with CRLF throughout (a Windows checkout with
 * `core.autocrlf` must not see every line change). New sidecars are LF, no BOM.
 */
import { promises as fs } from 'node:fs';
import {
  createSidecarDocument,
  mergeIntoDocument,
  parseSidecar,
  type SidecarDocument,
} from '../core/sidecar';
import type { Sidecar } from '../core/sidecar/types';
import { writeFileAtomic } from './atomic-write';
import { errorCode } from './error-code';
import { FileReadError, readTextFile, type TextFile } from './read-text-file';
import { sha256Hex } from './sha256';
import { articlePathForSidecar, articleRelPathFor, sidecarPathFor } from './sidecar-path';

/**
 * Largest sidecar accepted: 32 MiB. A 10,000-annotation sidecar of Arabic news text is about
 * 5 MB; past this size parsing alone would take seconds, so a hostile 50 MB file is refused
 * before it is parsed.
 */
export const MAX_SIDECAR_BYTES = 32 * 1024 * 1024;

/** A sidecar as read from disk, with what is needed to save it back safely. */
export interface LoadedSidecar {
  /** The sidecar file's path, as given. */
  readonly path: string;
  /** The parsed, editable document (keeps comments and formatting). */
  readonly doc: SidecarDocument;
  /** The file's text exactly as read (BOM removed, line endings kept). */
  readonly raw: string;
  /** Hex SHA-256 of `raw` ({@link sha256Hex}). */
  readonly rawSha: string;
  /** Whether the file started with a BOM (kept on save). */
  readonly bom: boolean;
  /** The file's line ending, taken from its first line (kept on save). */
  readonly eol: '\n' | '\r\n';
  /** Modification time in ms when read (or written). */
  readonly mtimeMs: number;
  /** A deep snapshot of the sidecar as read: the common ancestor for a later merge. */
  readonly base: Sidecar;
  /** The article's path: `article.path` resolved against the sidecar's folder. */
  readonly articlePath: string;
}

/** What {@link saveSidecarFile} did. */
export interface SaveResult {
  /** `true` when the file had changed on disk and the written text is a merge. */
  readonly merged: boolean;
  /** Ids of annotations both sides changed (as `mergeIntoDocument` reports them); empty when none. */
  readonly conflicts: readonly string[];
  /** The sidecar as now on disk: use it (and its `doc`) for the next save. */
  readonly loaded: LoadedSidecar;
}

/** Options for {@link saveSidecarFile}. */
export interface SaveOptions {
  /** Parse the text about to be written before writing it (default `true`). */
  readonly verify?: boolean;
}

/** {@link createSidecarFile} found a sidecar already there. */
export class SidecarExistsError extends Error {
  override readonly name = 'SidecarExistsError';
  constructor(readonly file: string) {
    super(`${file}: a sidecar already exists; it was not overwritten`);
  }
}

/**
 * Reads and parses a sidecar file. Nothing is ever written.
 * @throws {FileReadError} when the file is missing, unreadable, not UTF-8 text, or larger than
 *   {@link MAX_SIDECAR_BYTES}.
 * @throws {SidecarParseError} when it is not a valid version-1 sidecar (bad YAML, schema
 *   errors, dangling references, duplicate ids, an `article.path` outside the sidecar's folder).
 * @throws {ArticlePathError} when `article.path` leaves the folder and the core let it through.
 */
export async function loadSidecarFile(sidecarPath: string): Promise<LoadedSidecar> {
  const file = await readTextFile(sidecarPath, MAX_SIDECAR_BYTES);
  const doc = parseSidecar(file.text, sidecarPath);
  return toLoaded(sidecarPath, doc, file);
}

/**
 * Saves `doc` (normally `loaded.doc`, edited) to `loaded.path` atomically.
 *
 * First the file is read again. When its text differs from `loaded.raw` (another editor, a
 * git pull), the disk version is parsed and the changes made in memory since `loaded` are
 * merged into it by annotation id (`mergeIntoDocument(diskDoc, loaded.base, doc.sidecar)`):
 * changes to different annotations all survive; an annotation changed on both sides is kept
 * in both versions, as the core marks conflicts, and its id is listed in `conflicts`. The
 * merged document is what gets written, in the disk version's BOM/line-ending style. A sidecar
 * deleted on disk since it was loaded is written again from memory (the in-memory annotations
 * are the only copy left). When the text to write is what the file already holds, nothing is
 * written (the file keeps its mtime).
 *
 * The text about to be written is parsed once more (unless `options.verify` is `false`), so
 * what is written can always be read back. That costs a full parse: about 1.5 s for a
 * 10,000-annotation sidecar, a few ms for a usual one (see bench/sidecar.bench.ts).
 * There is a short window between the re-read and the rename in which a third writer's change
 * would be replaced; the rename itself is atomic.
 *
 * @throws {SidecarParseError} when the disk version no longer parses or validates (nothing is
 *   written: a broken sidecar is never overwritten), or when `doc` itself would not validate.
 * @throws {SidecarEditError} when the merge result breaks a rule the merge cannot mend (nothing is written).
 * @throws {FileReadError} when the disk version cannot be read (other than missing).
 * @throws the file system's error from the write (the file then is as it was).
 */
export async function saveSidecarFile(loaded: LoadedSidecar, doc: SidecarDocument, options: SaveOptions = {}): Promise<SaveResult> {
  const disk = await readIfPresent(loaded.path);
  let target = doc;
  let merged = false;
  let conflicts: readonly string[] = [];
  let bom = loaded.bom;
  let eol = loaded.eol;
  if (disk && (disk.text !== loaded.raw || disk.bom !== loaded.bom)) {
    const diskDoc = parseSidecar(disk.text, loaded.path);
    conflicts = mergeIntoDocument(diskDoc, loaded.base, doc.sidecar);
    target = diskDoc;
    merged = true;
    bom = disk.bom;
    eol = detectEol(disk.text);
  }
  const raw = withEol(target.toString(), eol);
  if (disk && raw === disk.text && bom === disk.bom) {
    // Nothing to change on disk: no write, so no new mtime for watchers and git to react to.
    return { merged, conflicts, loaded: toLoaded(loaded.path, target, disk) };
  }
  if (options.verify ?? true) parseSidecar(raw, loaded.path);
  await writeFileAtomic(loaded.path, bom ? '\uFEFF' + raw : raw);
  const { mtimeMs } = await fs.stat(loaded.path);
  return { merged, conflicts, loaded: toLoaded(loaded.path, target, { text: raw, bom, mtimeMs }) };
}

/**
 * Creates the sidecar of `articlePath` ({@link sidecarPathFor}) holding `sidecar`, atomically,
 * refusing to replace an existing file. `article.path` is set to the article's path relative
 * to the sidecar, whatever `sidecar` said.
 * @throws {SidecarExistsError} when the sidecar already exists (it is left untouched).
 * @throws {SidecarEditError} when `sidecar` does not validate (nothing is written).
 * @throws the file system's error from the write.
 */
export async function createSidecarFile(articlePath: string, sidecar: Sidecar): Promise<LoadedSidecar> {
  const sidecarPath = sidecarPathFor(articlePath);
  const withPath: Sidecar = { ...sidecar, article: { ...sidecar.article, path: articleRelPathFor(sidecarPath, articlePath) } };
  const raw = createSidecarDocument(withPath).toString();
  const doc = parseSidecar(raw, sidecarPath);
  try {
    await writeFileAtomic(sidecarPath, raw, { overwrite: false });
  } catch (err) {
    if (errorCode(err) === 'EEXIST') throw new SidecarExistsError(sidecarPath);
    throw err;
  }
  const { mtimeMs } = await fs.stat(sidecarPath);
  return toLoaded(sidecarPath, doc, { text: raw, bom: false, mtimeMs });
}

function toLoaded(sidecarPath: string, doc: SidecarDocument, file: Pick<TextFile, 'text' | 'bom' | 'mtimeMs'>): LoadedSidecar {
  const base = structuredClone(doc.sidecar) as Sidecar;
  return {
    path: sidecarPath,
    doc,
    raw: file.text,
    rawSha: sha256Hex(file.text),
    bom: file.bom,
    eol: detectEol(file.text),
    mtimeMs: file.mtimeMs,
    base,
    articlePath: articlePathForSidecar(sidecarPath, base.article.path),
  };
}

async function readIfPresent(file: string): Promise<TextFile | null> {
  try {
    return await readTextFile(file, MAX_SIDECAR_BYTES);
  } catch (err) {
    if (err instanceof FileReadError && err.problem === 'missing') return null;
    throw err;
  }
}

/** The line ending of the first line; LF for a one-line text. */
function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/** `text` (as the YAML library prints it, LF) with every line break written as `eol`. */
function withEol(text: string, eol: '\n' | '\r\n'): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, '\r\n');
}

