/**
 * A small command-line argument parser shared by the sub-commands: positionals, `--flag`,
 * `--flag VALUE`, `--flag=VALUE`, `--` to end the flags. No short flags, no abbreviations.
 */

/** One flag a command accepts. */
export interface FlagSpec {
  /** Without the dashes: `format` for `--format`. */
  readonly name: string;
  /** `true` for `--format json`; `false` for a switch like `--fix`. */
  readonly takesValue: boolean;
  /** The allowed values, when the set is closed (`['json', 'text']`). */
  readonly values?: readonly string[];
  /** Whether the flag may be given more than once (`--lexicon A --lexicon B`). */
  readonly repeatable?: boolean;
}

/** What {@link parseArgs} returns. */
export interface ParsedArgs {
  /** The arguments that are not flags, in order. */
  readonly positionals: readonly string[];
  /** Each given flag's values in order; a switch given once maps to `['']`. Absent flags are absent. */
  readonly flags: ReadonlyMap<string, readonly string[]>;
}

/** A bad command line. `message` is one line, ready to print after the program's name. */
export class ArgsError extends Error {
  override readonly name = 'ArgsError';
}

/**
 * Parses `args` against `specs`.
 * @throws {ArgsError} for an unknown flag, a missing value, a value outside `values`, a value
 *   given to a switch (`--fix=yes`), or a non-repeatable flag given twice.
 */
export function parseArgs(args: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      // A lone "-" or a name like "-x" is not a flag we know; "-" is kept as a positional.
      if (arg.startsWith('-') && arg !== '-') throw new ArgsError(`unknown option '${arg}'`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const spec = byName.get(name);
    if (!spec) throw new ArgsError(`unknown option '--${name}'`);
    let value = '';
    if (spec.takesValue) {
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        const next = args[i + 1];
        if (next === undefined || next.startsWith('--')) throw new ArgsError(`option '--${name}' needs a value`);
        value = next;
        i++;
      }
      if (spec.values && !spec.values.includes(value)) {
        throw new ArgsError(`option '--${name}' must be ${spec.values.join(' or ')}, not ${JSON.stringify(value)}`);
      }
    } else if (eq !== -1) {
      throw new ArgsError(`option '--${name}' takes no value`);
    }
    const seen = flags.get(name);
    if (seen && !spec.repeatable) throw new ArgsError(`option '--${name}' given more than once`);
    if (seen) seen.push(value);
    else flags.set(name, [value]);
  }
  return { positionals, flags };
}

/** The last value of `name` in `parsed`, or `fallback` when the flag was not given. */
export function flagValue(parsed: ParsedArgs, name: string, fallback: string): string {
  const values = parsed.flags.get(name);
  return values?.[values.length - 1] ?? fallback;
}
