import { writeFileSync } from 'node:fs';
import { GOLDEN_RUNS, runForGolden } from './cliOutputs';

// `npm run golden:update`: after a deliberate change of what the commands print.
for (const { file, args } of GOLDEN_RUNS) {
  writeFileSync(new URL(file, import.meta.url), runForGolden(args));
  process.stdout.write(`wrote test/golden/${file}\n`);
}
