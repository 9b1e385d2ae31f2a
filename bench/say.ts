/**
 * A bench's human output: stdout, or stderr with --json so that stdout holds only the JSON.
 */
export const say = (line = ''): void => {
  if (process.argv.includes('--json')) process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
};
