import { type ParseArgsConfig, parseArgs } from 'node:util';
import { shownName } from '../model/shownValue';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * Every command reads its arguments the same way: node:util parseArgs (strict), one --help
 * shape, and on a bad argument the command's name, what is wrong and the usage on stderr with
 * exit code 2. Commands then check what parseArgs cannot (days, counts, folders).
 */
export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  /** The npm script: "summary", "validate" … */
  name: string;
  /** What comes after `npm run --silent NAME --`: "[--data DIR] …". */
  synopsis: string;
  /** One line: what the command does. */
  summary: string;
  options: O;
  /** Each option's help line, by option name. */
  help: { [K in keyof O]: string };
  /** What a string option's value is called in --help ("DIR", "N"); VALUE when not said. */
  args?: { [K in keyof O]?: string };
  /** Positionals taken (0 for none): "DIR", "FILE|-" … */
  positionals?: { name: string; most: number };
}

export const usageOf = (spec: CommandSpec<ParseArgsOptionsConfig>): string =>
  `usage: npm run --silent ${spec.name} -- ${spec.synopsis}`;

/** The --help text: usage, what the command does, then one line per option. */
export const helpOf = (spec: CommandSpec<ParseArgsOptionsConfig>): string => {
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const flag = `--${name}${option.type === 'string' ? ` ${spec.args?.[name] ?? 'VALUE'}` : ''}`;
    return `  ${flag.padEnd(22)} ${spec.help[name] ?? ''}`;
  });
  return [usageOf(spec), '', spec.summary, '', ...rows, `  ${'--help'.padEnd(22)} this text`].join(
    '\n',
  );
};

/** What parseArgs read, or the exit code the command must return (0 after --help, 2 on error). */
export type ReadArgs<O extends ParseArgsOptionsConfig> =
  | {
      values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values'];
      positionals: string[];
    }
  | { exit: 0 | 2 };

export interface ArgsIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processIo: ArgsIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export const failWithUsage = (
  spec: CommandSpec<ParseArgsOptionsConfig>,
  message: string,
  io: ArgsIo = processIo,
): 2 => {
  io.err(`${spec.name}: ${message}\n${usageOf(spec)}`);
  return 2;
};

/** parseArgs' message, shorter where it explains quoting a positional that starts with "-". */
const argumentError = (error: Error & { code?: string }): string => {
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted !== undefined)
    return `unknown option ${shownName(quoted)}`;
  const missing = /^Option '(--[\w-]+)[^']*' argument missing/.exec(error.message)?.[1];
  if (missing !== undefined) return `${missing} needs a value`;
  return shownName(error.message, 200);
};

/** What the command line says, without writing anything: for commands that check more. */
export type ParsedArgs<O extends ParseArgsOptionsConfig> =
  | { help: true }
  | { error: string }
  | Extract<ReadArgs<O>, { values: unknown }>;

export const parseCommandArgs = <O extends ParseArgsOptionsConfig>(
  spec: CommandSpec<O>,
  argv: readonly string[],
): ParsedArgs<O> => {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true };
  try {
    const read = parseArgs({
      args: [...argv],
      options: spec.options,
      strict: true,
      allowPositionals: true,
    });
    const most = spec.positionals?.most ?? 0;
    if (read.positionals.length > most) {
      const extra = read.positionals.slice(most).map((p) => shownName(p));
      const what =
        most === 0 ? 'no positional argument' : `at most ${most} ${spec.positionals?.name}`;
      return { error: `unexpected ${extra.join(', ')} (takes ${what})` };
    }
    return { values: read.values, positionals: read.positionals };
  } catch (error) {
    return { error: argumentError(error as Error & { code?: string }) };
  }
};

export const readArgs = <O extends ParseArgsOptionsConfig>(
  spec: CommandSpec<O>,
  argv: readonly string[],
  io: ArgsIo = processIo,
): ReadArgs<O> => {
  const parsed = parseCommandArgs(spec, argv);
  if ('help' in parsed) {
    io.out(helpOf(spec));
    return { exit: 0 };
  }
  if ('error' in parsed) return { exit: failWithUsage(spec, parsed.error, io) };
  return parsed;
};
