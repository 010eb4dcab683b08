import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDiseaseRegistry, type DiseaseRegistry } from '@nexus/clinical';
import { serverRoot } from '../../platform/paths.ts';

const isSource = import.meta.url.endsWith('.ts');

/**
 * Where the platform's own disease modules are: the clinical package's `cds/diseases/` folders when
 * running from source (tests, tsx), the bundled `dist/diseases/<name>.js` files in a build.
 */
export const BUILT_IN_MODULE_DIR = isSource
  ? join(serverRoot, '..', '..', 'packages', 'clinical', 'src', 'cds', 'diseases')
  : join(serverRoot, 'dist', 'diseases');

export class ModuleDiscoveryError extends Error {
  readonly code = 'disease_module_discovery_failed';
}

/**
 * The entry files of the disease modules in a folder: each sub-folder's `index.ts`/`index.js` (a
 * disease as the repository keeps it), and each `.js`/`.mjs` file (a disease as a build ships it).
 * Sorted, so that modules register in the same order everywhere.
 */
export function moduleEntries(dir: string): string[] {
  if (!existsSync(dir)) throw new ModuleDiscoveryError(`disease module folder ${dir} does not exist`);
  const entries: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const index = ['index.ts', 'index.js', 'index.mjs'].map((file) => join(path, file)).find(existsSync);
      if (index) entries.push(index);
    } else if (/\.m?js$/.test(name) && !name.endsWith('.test.js')) {
      entries.push(path);
    }
  }
  return entries;
}

/** Imports every entry and collects the modules each exports as `diseaseModules`. */
export async function discoverDiseaseModules(dirs: readonly string[]): Promise<unknown[]> {
  const modules: unknown[] = [];
  for (const dir of dirs) {
    for (const entry of moduleEntries(dir)) {
      const loaded = (await import(pathToFileURL(entry).href)) as { diseaseModules?: unknown };
      if (!Array.isArray(loaded.diseaseModules)) {
        throw new ModuleDiscoveryError(`${entry} does not export an array named diseaseModules`);
      }
      modules.push(...loaded.diseaseModules);
    }
  }
  return modules;
}

/**
 * The registry a site runs: the built-in disease modules, then those in the site's extra folders
 * (`CDS_MODULE_DIRS`), checked against the contract, with the site's settings (`CDS_SETTINGS`).
 */
const loaded = new Map<string, Promise<DiseaseRegistry>>();

export type RegistryOptions = {
  extraDirs?: readonly string[];
  settings?: Readonly<Record<string, Record<string, unknown>>>;
  includeBuiltIn?: boolean;
};

export function loadDiseaseRegistry(options: RegistryOptions): Promise<DiseaseRegistry> {
  const dirs = [
    ...(options.includeBuiltIn === false ? [] : [BUILT_IN_MODULE_DIR]),
    ...(options.extraDirs ?? []),
  ];
  // One process loads the same modules for its HTTP app, its jobs and the demo seed: once.
  const key = JSON.stringify([dirs, options.settings ?? {}]);
  let registry = loaded.get(key);
  if (!registry) {
    registry = discoverDiseaseModules(dirs).then((modules) =>
      createDiseaseRegistry(modules, options.settings ?? {}),
    );
    registry.catch(() => loaded.delete(key));
    loaded.set(key, registry);
  }
  return registry;
}
