/**
 * `news-annotator analyze FILE... [--format json|text] [--lexicon FILE]...`: finds claims,
 * sources and quotes in each article and prints them.
 *
 * - `--format json`: one JSON object per readable file, one per line (JSON Lines), in the
 *   shape of {@link toAnalysisRecord}; offsets are UTF-16 code units into the file's text
 *   with the BOM removed, end exclusive; `file` is the path as given.
 * - `--format text` (default): a report for a person (see {@link formatAnalysisText}).
 * - `--lexicon FILE` (repeatable): a workspace lexicon added to the built-in ones.
 *
 * Exit code: 0 when every file was analysed; 2 when a file is missing, a directory,
 * unreadable, binary or not UTF-8 (a one-line error naming it on stderr; the other files are
 * still analysed), or for bad arguments or a bad lexicon (nothing is analysed).
 */
import { analyze, type Lexicon, LexiconError, parseLexicon } from '../core/analysis';
import { FileReadError, readTextFile } from '../io/read-text-file';
import { formatAnalysisText } from './format-analysis-text';
import type { CliIo } from './main';
import { ArgsError, type FlagSpec, flagValue, parseArgs } from './parse-args';
import { toAnalysisRecord } from './to-analysis-record';

const PREFIX = 'news-annotator analyze';
const USAGE = 'usage: news-annotator analyze FILE... [--format json|text] [--lexicon FILE]';

const FLAGS: readonly FlagSpec[] = [
  { name: 'format', takesValue: true, values: ['json', 'text'] },
  { name: 'lexicon', takesValue: true, repeatable: true },
  { name: 'help', takesValue: false },
];

/**
 * Runs `analyze` with its arguments (after the sub-command's name).
 * @returns the exit code: 0 all analysed, 2 bad input (see the module comment).
 * @throws only unexpected errors (bugs); expected problems are printed and reflected in the code.
 */
export async function runAnalyze(args: string[], io: CliIo): Promise<number> {
  let files: readonly string[];
  let format: string;
  let lexiconPaths: readonly string[];
  try {
    const parsed = parseArgs(args, FLAGS);
    if (parsed.flags.has('help')) {
      io.stdout(USAGE);
      return 0;
    }
    files = parsed.positionals;
    format = flagValue(parsed, 'format', 'text');
    lexiconPaths = parsed.flags.get('lexicon') ?? [];
  } catch (err) {
    if (!(err instanceof ArgsError)) throw err;
    io.stderr(`${PREFIX}: ${err.message} (${USAGE})`);
    return 2;
  }
  if (files.length === 0) {
    io.stderr(`${PREFIX}: no FILE given (${USAGE})`);
    return 2;
  }

  const lexicons: Lexicon[] = [];
  for (const path of lexiconPaths) {
    try {
      lexicons.push(parseLexicon((await readTextFile(path)).text, path));
    } catch (err) {
      if (err instanceof FileReadError) io.stderr(`${PREFIX}: lexicon ${err.message}`);
      else if (err instanceof LexiconError) io.stderr(`${PREFIX}: ${oneLine(err.message)}`);
      else throw err;
      return 2;
    }
  }

  let code = 0;
  let printedText = false;
  for (const file of files) {
    let text: string;
    try {
      text = (await readTextFile(file)).text;
    } catch (err) {
      if (!(err instanceof FileReadError)) throw err;
      io.stderr(`${PREFIX}: ${oneLine(err.message)}`);
      code = 2;
      continue;
    }
    const analysis = analyze(text, { lexicons });
    if (format === 'json') {
      io.stdout(JSON.stringify(toAnalysisRecord(file, analysis)));
    } else {
      if (printedText) io.stdout('');
      for (const line of formatAnalysisText(file, text, analysis)) io.stdout(line);
      printedText = true;
    }
  }
  return code;
}

/** Error messages go on one line even when a file name or a parser detail holds a newline. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
