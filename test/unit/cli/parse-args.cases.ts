/** Cases for src/cli/parse-args.ts: what each command line parses to, or the error it gives. */
import type { FlagSpec } from '../../../src/cli/parse-args';

export const SPECS: readonly FlagSpec[] = [
  { name: 'format', takesValue: true, values: ['json', 'text'] },
  { name: 'lexicon', takesValue: true, repeatable: true },
  { name: 'fix', takesValue: false },
];

export const PARSE_CASES: readonly {
  readonly args: readonly string[];
  readonly positionals?: readonly string[];
  readonly flags?: Readonly<Record<string, readonly string[]>>;
  readonly error?: RegExp;
}[] = [
  { args: [], positionals: [], flags: {} },
  { args: ['a.txt', 'b.txt'], positionals: ['a.txt', 'b.txt'], flags: {} },
  { args: ['--format', 'json', 'a.txt'], positionals: ['a.txt'], flags: { format: ['json'] } },
  { args: ['a.txt', '--format=text'], positionals: ['a.txt'], flags: { format: ['text'] } },
  { args: ['--lexicon', 'x.yaml', '--lexicon=y.yaml', 'a'], positionals: ['a'], flags: { lexicon: ['x.yaml', 'y.yaml'] } },
  { args: ['--fix', 'a'], positionals: ['a'], flags: { fix: [''] } },
  { args: ['--', '--format', '-x'], positionals: ['--format', '-x'], flags: {} },
  { args: ['-'], positionals: ['-'], flags: {} },
  { args: ['--format', 'xml'], error: /--format' must be json or text, not "xml"/ },
  { args: ['--format'], error: /--format' needs a value/ },
  { args: ['--format', '--fix'], error: /--format' needs a value/ },
  { args: ['--format', 'json', '--format', 'text'], error: /given more than once/ },
  { args: ['--fix=yes'], error: /--fix' takes no value/ },
  { args: ['--frobnicate'], error: /unknown option '--frobnicate'/ },
  { args: ['-f', 'json'], error: /unknown option '-f'/ },
];
