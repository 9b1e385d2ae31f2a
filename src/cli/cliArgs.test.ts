import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CommandSpec, helpOf, readArgs } from './cliArgs';

const OPTIONS = {
  data: { type: 'string', default: 'data' },
  json: { type: 'boolean', default: false },
} as const;
const SPEC: CommandSpec<typeof OPTIONS> = {
  name: 'probe',
  synopsis: '[--data DIR] [--json] [FILE]',
  summary: 'A probe.',
  options: OPTIONS,
  args: { data: 'DIR' },
  help: { data: 'the folder', json: 'print JSON' },
  positionals: { name: 'FILE', most: 1 },
};

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
};

describe('readArgs: one way for every command', () => {
  it('reads options and positionals', () => {
    const { io } = capture();
    const read = readArgs(SPEC, ['--data', 'x', 'file.csv'], io);
    expect(read).toEqual({ values: { data: 'x', json: false }, positionals: ['file.csv'] });
  });

  it('prints the help and exits 0 on --help, whatever else is given', () => {
    const { io, out } = capture();
    expect(readArgs(SPEC, ['--bogus', '--help'], io)).toEqual({ exit: 0 });
    expect(out.join('\n')).toBe(helpOf(SPEC));
    expect(helpOf(SPEC).split('\n')).toEqual([
      'usage: npm run --silent probe -- [--data DIR] [--json] [FILE]',
      '',
      'A probe.',
      '',
      '  --data DIR             the folder',
      '  --json                 print JSON',
      '  --help                 this text',
    ]);
  });

  it('names an unknown option, a missing value and an extra positional, with the usage, exit 2', () => {
    for (const [argv, message] of [
      [['--bogus'], 'probe: unknown option --bogus'],
      [['--data'], 'probe: --data needs a value'],
      [['a', 'b'], 'probe: unexpected b (takes at most 1 FILE)'],
    ] as const) {
      const { io, err } = capture();
      expect(readArgs(SPEC, argv, io)).toEqual({ exit: 2 });
      expect(err.join('\n')).toBe(`${message}\nusage: npm run --silent probe -- ${SPEC.synopsis}`);
    }
  });
});

describe('every command answers --help in the same shape', () => {
  const script = (name: string) => fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  it.each([
    ['summary', 'summary'],
    ['validate', 'validate'],
    ['extract', 'extract'],
    ['../../test/eval/evalExtract', 'eval:extract'],
    ['import', 'import'],
  ])('%s --help', (file, name) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', script(file), '--help'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^usage: npm run --silent ${name} -- `));
    expect(lines.at(-1)).toMatch(/^ {2}--help {17}this text$/);
  });
});
