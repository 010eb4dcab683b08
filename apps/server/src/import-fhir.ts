import { bundleFiles, importFiles, importingAdministrator } from './modules/fhir/import-cli.ts';
import { loadConfig } from './platform/config.ts';
import { fhirModuleFor, openPlatform } from './platform/process/platform-services.ts';
import { reportStartupError } from './platform/process/startup-error.ts';

/**
 * `npm run import:fhir -- FILE|DIR… [--organisation=<id>]`: imports FHIR R4 transaction, batch or
 * collection Bundles (Synthea's output, another system's export) into the organisation (default: the
 * oldest clinic or hospital), as its administrator. Each file is one atomic transaction. Exits 1 if
 * any file was not imported. With the embedded database, stop the server first (one process at a time).
 */
const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--role='));
const organisationId = args.find((arg) => arg.startsWith('--organisation='))?.split('=')[1];
const paths = args.filter((arg) => !arg.startsWith('--'));
if (paths.length === 0) {
  process.stderr.write('usage: npm run import:fhir -- FILE|DIR… [--organisation=<id>]\n');
  process.exit(2);
}
try {
  const platform = await openPlatform(loadConfig());
  try {
    const fhir = fhirModuleFor(platform);
    const actor = await importingAdministrator(platform.db.kysely, organisationId);
    process.stdout.write(
      `importing into ${actor.memberships[0]?.organisationName} as ${actor.displayName}\n`,
    );
    const { imported, failed } = await importFiles(fhir.imports, actor, bundleFiles(paths), (line) =>
      process.stdout.write(`${line}\n`),
    );
    process.stdout.write(`${imported} imported, ${failed} not imported\n`);
    process.exitCode = failed > 0 ? 1 : 0;
  } finally {
    await platform.db.close();
  }
} catch (error) {
  reportStartupError(error);
  process.exitCode = 2;
}
