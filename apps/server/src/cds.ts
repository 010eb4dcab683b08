import { runCdsCommand } from './modules/cds/cds-cli.ts';
import { loadDiseaseRegistry } from './modules/cds/module-discovery.ts';
import { loadConfig } from './platform/config.ts';
import { reportStartupError } from './platform/process/startup-error.ts';

/** `npm run -s cds -- list | schema <module> | assess <module> '<json>'` (see modules/cds/cds-cli.ts). */
try {
  const config = loadConfig();
  const registry = await loadDiseaseRegistry({
    extraDirs: config.cds.moduleDirs,
    settings: config.cds.settings,
  });
  const outcome = runCdsCommand(
    registry,
    process.argv.slice(2).filter((arg) => !arg.startsWith('--role=')),
  );
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
} catch (error) {
  reportStartupError(error);
  process.exitCode = 2;
}
