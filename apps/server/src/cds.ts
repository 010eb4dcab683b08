import { createInterface } from 'node:readline';
import { runCdsCommand, runCdsScore } from './modules/cds/cds-cli.ts';
import { loadDiseaseRegistry } from './modules/cds/module-discovery.ts';
import { loadConfig } from './platform/config.ts';
import { reportStartupError } from './platform/process/startup-error.ts';

/** `npm run -s cds -- list | schema <module> | assess <module> '<json>' | score` (see modules/cds/cds-cli.ts). */
try {
  const config = loadConfig();
  const registry = await loadDiseaseRegistry({
    extraDirs: config.cds.moduleDirs,
    settings: config.cds.settings,
  });
  const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--role='));
  if (args[0] === 'score' && args.length === 1) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    const outcome = await runCdsScore(registry, lines, (line) => process.stdout.write(`${line}\n`));
    process.stderr.write(`${JSON.stringify(outcome.counts)}\n`);
    process.exitCode = outcome.exitCode;
  } else {
    const outcome = runCdsCommand(registry, args);
    process.stdout.write(outcome.stdout);
    process.stderr.write(outcome.stderr);
    process.exitCode = outcome.exitCode;
  }
} catch (error) {
  reportStartupError(error);
  process.exitCode = 2;
}
