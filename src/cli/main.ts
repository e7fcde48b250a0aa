/**
 * `news-annotator` — the command-line tool. Reads files, calls the core, prints.
 *
 * Exit codes: 0 success, 1 findings that need attention (orphaned annotations), 2 bad input
 * (missing or unreadable files, invalid sidecars, bad arguments).
 */
import { runAnalyze } from './analyze-command';
import { runCheck } from './check-command';
import { runReport } from './report-command';

/** What a sub-command needs from its environment. */
export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Whether stderr is a terminal (progress lines are shown only there). */
  readonly stderrIsTTY?: boolean;
  /** Replaces the progress line on stderr (`''` clears it); only called when `stderrIsTTY`. */
  readonly progress?: (line: string) => void;
}

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  analyze: runAnalyze,
  check: runCheck,
  report: runReport,
};

const USAGE = `usage: news-annotator <command> [options]

commands:
  analyze FILE... [--format json|text] [--lexicon FILE]
      find claims, sources and quotes in articles
  check SIDECAR_OR_ARTICLE... [--format json|text] [--fix]
      re-anchor a sidecar's annotations against its article
  report PATH... --format md|html|csv|jsonld|brat [--out FILE|DIR] [--include-findings]
      an annotation report on articles, sidecars or folders
`;

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(USAGE.trimEnd());
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`news-annotator: unknown command '${command}'\n${USAGE.trimEnd()}`);
    return 2;
  }
  return run(rest, io);
}

if (require.main === module) {
  // `news-annotator analyze ... | head` closes the pipe early: that is the reader's choice,
  // not an error worth a stack trace. Any other stream error is reported.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(process.argv.slice(2), {
    stdout: (l) => process.stdout.write(l + '\n'),
    stderr: (l) => process.stderr.write(l + '\n'),
    stderrIsTTY: process.stderr.isTTY === true,
    progress: (l) => process.stderr.write(`\r\x1b[K${l}`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`news-annotator: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 3;
    },
  );
}
