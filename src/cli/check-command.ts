/**
 * `news-annotator check SIDECAR_OR_ARTICLE... [--format json|text] [--fix]`: re-anchors each
 * sidecar's annotations against its article as it is now, and reports what moved, what is
 * fuzzy and what is orphaned. With `--fix`, saves the re-anchored positions and selectors
 * (comments and formatting kept, orphans left as they were); without it, writes nothing.
 *
 * Exit code: 0 every sidecar valid and nothing orphaned; 1 something orphaned; 2 a sidecar
 * invalid, a file missing or unreadable, or bad arguments (2 wins over 1). Every argument is
 * checked even after a bad one.
 */
import { reanchorDocument, resolveSidecar, SidecarEditError, SidecarParseError } from '../core/sidecar';
import { FileReadError, readTextFile } from '../io/read-text-file';
import { sha256Hex } from '../io/sha256';
import { ArticlePathError, articlePathForSidecarName, isSidecarPath, sidecarPathFor } from '../io/sidecar-path';
import { loadSidecarFile, saveSidecarFile, type LoadedSidecar } from '../io/sidecar-store';
import { findYamlPosition } from './find-yaml-position';
import { ArgsError, flagValue, parseArgs, type FlagSpec } from './parse-args';
import type { CliIo } from './main';

/** How an annotation was found in the article's current text. */
export type CheckStatus = 'anchored' | 'moved' | 'fuzzy' | 'orphaned';

/** One problem, 1-based `line`/`column` in the sidecar; `1`/`1` when it concerns a whole file. */
export interface CheckError {
  /** `FILE:LINE:COLUMN: what is wrong`. */
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** One annotation's place in the current text. Offsets: UTF-16 code units, end exclusive; `null` for orphans. */
export interface CheckAnnotation {
  readonly id: string;
  readonly status: CheckStatus;
  readonly start: number | null;
  readonly end: number | null;
  /** 0..1; `null` for orphans. */
  readonly score: number | null;
}

/** The result for one sidecar: one line of `--format json`. */
export interface CheckReport {
  readonly sidecar: string;
  /** The article's path (from `article.path`, else guessed from the sidecar's name; `null` if neither). */
  readonly article: string | null;
  /** `false` when the sidecar or its article could not be read, parsed or validated (`errors` says why). */
  readonly valid: boolean;
  readonly errors: readonly CheckError[];
  /** Empty when `valid` is false. */
  readonly annotations: readonly CheckAnnotation[];
}

/** What the text format adds about one sidecar (not part of the JSON line). */
interface CheckDetails {
  /** `exact` of each orphan, by id. */
  readonly orphanTexts: ReadonlyMap<string, string>;
  /** How many annotations `--fix` re-anchored and saved; `null` without `--fix`. */
  readonly fixed: number | null;
  /** With `--fix`: whether the save merged changes made on disk meanwhile, and the conflicts. */
  readonly mergeConflicts: readonly string[];
}

interface CheckOptions {
  readonly files: readonly string[];
  readonly format: 'json' | 'text';
  readonly fix: boolean;
}

const USAGE = 'usage: news-annotator check SIDECAR_OR_ARTICLE... [--format json|text] [--fix]';

/**
 * Runs `check` with its arguments (after the word `check`); prints reports through `io`.
 * Returns the exit code (see the file comment). Throws only on an internal error (a bug or an
 * unexpected file system failure), never for a bad sidecar or a missing file.
 */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const options = parseCheckArgs(args);
  if (typeof options === 'string') {
    io.stderr(`news-annotator check: ${options}\n${USAGE}`);
    return 2;
  }
  let code = 0;
  for (const file of options.files) {
    const { report, details } = await checkOne(file, options.fix);
    if (options.format === 'json') io.stdout(JSON.stringify(report));
    else printText(report, details, io);
    code = Math.max(code, exitCodeOf(report));
  }
  return code;
}

/** 2 for an invalid report, 1 for one with an orphan, else 0. */
export function exitCodeOf(report: CheckReport): number {
  if (!report.valid) return 2;
  return report.annotations.some((a) => a.status === 'orphaned') ? 1 : 0;
}

const FLAGS: readonly FlagSpec[] = [
  { name: 'format', takesValue: true, values: ['json', 'text'] },
  { name: 'fix', takesValue: false },
];

/** The options, or a message saying what is wrong with the arguments. */
function parseCheckArgs(args: readonly string[]): CheckOptions | string {
  let parsed;
  try {
    parsed = parseArgs(args, FLAGS);
  } catch (err) {
    if (err instanceof ArgsError) return err.message;
    throw err;
  }
  if (parsed.positionals.length === 0) return 'no sidecar or article given';
  return {
    files: parsed.positionals,
    format: flagValue(parsed, 'format', 'text') === 'json' ? 'json' : 'text',
    fix: parsed.flags.has('fix'),
  };
}

async function checkOne(file: string, fix: boolean): Promise<{ report: CheckReport; details: CheckDetails }> {
  const sidecarPath = isSidecarPath(file) ? file : sidecarPathFor(file);
  const guessedArticle = isSidecarPath(file) ? articlePathForSidecarName(file) : file;
  const noDetails: CheckDetails = { orphanTexts: new Map(), fixed: null, mergeConflicts: [] };
  const invalid = (article: string | null, errors: readonly CheckError[]) => ({
    report: { sidecar: sidecarPath, article, valid: false, errors, annotations: [] },
    details: noDetails,
  });

  let loaded: LoadedSidecar;
  try {
    loaded = await loadSidecarFile(sidecarPath);
  } catch (err) {
    return invalid(guessedArticle, await sidecarErrorsOf(sidecarPath, err));
  }

  const articlePath = loaded.articlePath;
  let articleText: string;
  try {
    articleText = (await readTextFile(articlePath)).text;
  } catch (err) {
    if (!(err instanceof FileReadError)) throw err;
    return invalid(articlePath, [atArticlePath(loaded.path, loaded.raw, `article ${err.message}`)]);
  }

  const sidecar = loaded.doc.sidecar;
  const anchors = resolveSidecar(sidecar, articleText);
  const annotations: CheckAnnotation[] = anchors.map((a) => ({ id: a.id, status: a.status, start: a.start, end: a.end, score: a.score }));
  const exactById = new Map(sidecar.annotations.map((a) => [a.id, a.target.exact]));
  const orphanTexts = new Map<string, string>();
  for (const a of annotations) if (a.status === 'orphaned') orphanTexts.set(a.id, exactById.get(a.id) ?? '');

  let fixed: number | null = null;
  let mergeConflicts: readonly string[] = [];
  if (fix) {
    try {
      const result = await fixSidecar(loaded, articleText, anchors);
      fixed = result.fixed;
      mergeConflicts = result.conflicts;
    } catch (err) {
      return invalid(articlePath, await sidecarErrorsOf(sidecarPath, err));
    }
  }
  return {
    report: { sidecar: sidecarPath, article: articlePath, valid: true, errors: [], annotations },
    details: { orphanTexts, fixed, mergeConflicts },
  };
}

/**
 * Writes re-anchored positions and selectors (and the article's new SHA-256) back through
 * {@link saveSidecarFile}; writes nothing when nothing changed.
 */
async function fixSidecar(
  loaded: LoadedSidecar,
  articleText: string,
  anchors: ReturnType<typeof resolveSidecar>,
): Promise<{ fixed: number; conflicts: readonly string[] }> {
  const fixed = reanchorDocument(loaded.doc, articleText, anchors);
  const sha = sha256Hex(articleText);
  const storedSha = loaded.doc.sidecar.article.sha256;
  const shaStale = storedSha !== undefined && storedSha !== sha;
  if (fixed === 0 && !shaStale) return { fixed, conflicts: [] };
  if (storedSha !== sha) loaded.doc.setArticle({ sha256: sha });
  const saved = await saveSidecarFile(loaded, loaded.doc);
  return { fixed, conflicts: saved.conflicts };
}

/**
 * A sidecar's load or save failure as report errors (one per problem, in file order);
 * rethrows what is not about the files (a bug).
 */
async function sidecarErrorsOf(sidecarPath: string, err: unknown): Promise<CheckError[]> {
  if (err instanceof SidecarParseError) {
    const problems = err.problems.length > 0 ? err.problems : [{ message: err.message, line: err.line, column: err.column }];
    return problems.map((p) => ({ message: p.message, line: p.line, column: p.column }));
  }
  if (err instanceof SidecarEditError) return [{ message: `${sidecarPath}:1:1: not saved: ${err.message}`, line: 1, column: 1 }];
  if (err instanceof FileReadError) return [{ message: `${sidecarPath}:1:1: ${err.message.slice(err.file.length + 2)}`, line: 1, column: 1 }];
  if (err instanceof ArticlePathError) {
    const raw = await readTextFile(sidecarPath);
    return [atArticlePath(sidecarPath, raw.text, err.message.slice(err.file.length + 2))];
  }
  throw err;
}

/** An error about the article, placed on the `article.path` value of the sidecar `sidecarPath` holding `yamlText`. */
function atArticlePath(sidecarPath: string, yamlText: string, what: string): CheckError {
  const at = findYamlPosition(yamlText, ['article', 'path']) ?? { line: 1, column: 1 };
  return { message: `${sidecarPath}:${at.line}:${at.column}: ${what}`, ...at };
}

function printText(report: CheckReport, details: CheckDetails, io: CliIo): void {
  if (!report.valid) {
    // Each line `FILE:LINE:COLUMN: message`, unindented, as editors' problem matchers expect.
    for (const e of report.errors) io.stdout(e.message);
    return;
  }
  const counts: Record<CheckStatus, number> = { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const a of report.annotations) counts[a.status] += 1;
  const n = report.annotations.length;
  io.stdout(
    `${report.sidecar} (article ${report.article ?? '?'}): ${n} annotation${n === 1 ? '' : 's'}: ` +
      `${counts.anchored} anchored, ${counts.moved} moved, ${counts.fuzzy} fuzzy, ${counts.orphaned} orphaned`,
  );
  for (const [id, exact] of details.orphanTexts) io.stdout(`  orphaned ${id}: ${JSON.stringify(exact)}`);
  if (details.fixed !== null) {
    io.stdout(details.fixed === 0 ? '  --fix: nothing to re-anchor' : `  --fix: ${details.fixed} re-anchored and saved`);
    if (details.mergeConflicts.length > 0) {
      io.stdout(`  the sidecar had changed on disk; merged, with conflicts on: ${details.mergeConflicts.join(', ')}`);
    }
  }
}
