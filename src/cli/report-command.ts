/**
 * `news-annotator report PATH... --format md|html|csv|jsonld|brat [--out FILE|DIR]
 * [--include-findings]`: an annotation report on articles, sidecars, or folders (searched
 * recursively; see src/io/report-inputs.ts).
 *
 * - Without `--out`, the single-file formats go to stdout. brat needs `--out DIR` (per article
 *   a `.txt` copy and an `.ann`, and an `annotation.conf`). `--out` naming an existing folder
 *   writes `report.EXT` in it.
 * - `--include-findings`: the engine's findings that no annotation covers, marked as findings.
 * - Articles are named in the report by their path relative to the folder given (when one
 *   folder is given), else to the current folder.
 * - On a terminal, a workspace run (several articles) shows a progress line on stderr.
 *
 * Exit code: 0 done; 1 done, but an invalid sidecar (reported `FILE:LINE:COLUMN: message` on
 * stderr, never touched) or an unreadable article of a folder was left out; 2 bad arguments or
 * unreadable input (a path given that cannot be read): one line on stderr, nothing written.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  buildArticleReport,
  buildWorkspaceReport,
  isReportFormat,
  REPORT_EXTENSIONS,
  REPORT_FORMATS,
  renderReport,
  type ArticleReport,
  type ReportFormat,
} from '../core/report';
import { errorCode } from '../io/error-code';
import { collectReportSources, ReportInputError } from '../io/report-inputs';
import { reportPathOf, writeReport } from '../io/write-report';
import type { CliIo } from './main';
import { ArgsError, flagValue, parseArgs, type FlagSpec } from './parse-args';

const PREFIX = 'news-annotator report';
const USAGE = 'usage: news-annotator report PATH... --format md|html|csv|jsonld|brat [--out FILE|DIR] [--include-findings]';

const FLAGS: readonly FlagSpec[] = [
  { name: 'format', takesValue: true, values: REPORT_FORMATS },
  { name: 'out', takesValue: true },
  { name: 'include-findings', takesValue: false },
  { name: 'help', takesValue: false },
];

/**
 * Runs `report` with its arguments (after the sub-command's name). Returns the exit code (see
 * the module comment); throws only on an internal error.
 */
export async function runReport(args: string[], io: CliIo): Promise<number> {
  let paths: readonly string[];
  let format: ReportFormat;
  let out: string | null;
  let includeFindings: boolean;
  try {
    const parsed = parseArgs(args, FLAGS);
    if (parsed.flags.has('help')) {
      io.stdout(USAGE);
      return 0;
    }
    paths = parsed.positionals;
    const f = flagValue(parsed, 'format', '');
    if (!isReportFormat(f)) throw new ArgsError('--format is required');
    format = f;
    out = parsed.flags.has('out') ? flagValue(parsed, 'out', '') : null;
    includeFindings = parsed.flags.has('include-findings');
  } catch (err) {
    if (!(err instanceof ArgsError)) throw err;
    io.stderr(`${PREFIX}: ${err.message} (${USAGE})`);
    return 2;
  }
  if (paths.length === 0) {
    io.stderr(`${PREFIX}: no PATH given (${USAGE})`);
    return 2;
  }
  if (format === 'brat' && out === null) {
    io.stderr(`${PREFIX}: --format brat writes a folder: give --out DIR`);
    return 2;
  }

  const progress = io.stderrIsTTY
    ? (done: number, total: number) => {
        if (total > 1) io.progress?.(`${PREFIX}: reading ${done}/${total} articles`);
      }
    : undefined;
  let collected;
  try {
    collected = await collectReportSources(paths, progress);
  } catch (err) {
    if (!(err instanceof ReportInputError)) throw err;
    if (progress) io.progress?.('');
    io.stderr(`${PREFIX}: ${err.message}`);
    return 2;
  }
  if (progress) io.progress?.('');
  for (const p of collected.problems) io.stderr(`${PREFIX}: skipped: ${p.message}`);

  // named relative to the one folder given, else to the current folder
  const base = paths.length === 1 && (await isDirectory(paths[0] as string)) ? (paths[0] as string) : process.cwd();
  const articles: ArticleReport[] = collected.sources.map((s) =>
    buildArticleReport({ path: reportPathOf(s.articlePath, base), text: s.text, sidecar: s.sidecar }, { includeFindings }),
  );
  const title = articles.length === 1 ? (articles[0] as ArticleReport).title : path.basename(path.resolve(base));
  const report = buildWorkspaceReport(articles, { title, generated: new Date().toISOString() });
  const rendered = renderReport(report, format);

  if (out === null) {
    if (rendered.kind === 'file') io.stdout(rendered.content.replace(/\r?\n$/, ''));
  } else {
    let target = out;
    if (rendered.kind === 'file' && (await isDirectory(out))) target = path.join(out, 'report' + REPORT_EXTENSIONS[format as Exclude<ReportFormat, 'brat'>]);
    const written = await writeReport(rendered, target);
    io.stderr(`${PREFIX}: ${articles.length === 1 ? '1 article' : `${articles.length} articles`} -> ${rendered.kind === 'file' ? written[0] : `${target} (${written.length} files)`}`);
  }
  return collected.problems.length > 0 ? 1 : 0;
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return false; // missing: it will be created as a file
    throw err;
  }
}
