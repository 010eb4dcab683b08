/**
 * `npm run bench:cds`: what the disease modules cost, in the server process (no database).
 * (1) One assessment: each module's `registry.assess` (zod validation + the equation) on valid
 *     inputs, median and p99 over many calls. Target: under 1 ms.
 * (2) Scoring a population: 100,000 patients through every module (validated inputs, drawn before the
 *     clock starts from each module's own JSON Schema), in one thread, through scoreRequest as
 *     `npm run cds -- score` runs it. Target: under 10 s.
 * (3) The nightly path from records: the demo generator's synthetic FHIR histories through prefill
 *     (finding each input in the record), validation and assessment of every patient-facing module.
 * Options: --patients=100000 --records=1000 --calls=20000
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { missingInputs, type PatientRecord, prefillInputs, type RecordResource } from '@nexus/clinical';
import { loadDiseaseRegistry } from '../apps/server/src/modules/cds/module-discovery.ts';
import { type ScoreRequest, scoreRequest } from '../apps/server/src/modules/cds/population-scorer.ts';
import { generateSyntheticPatients } from '../apps/server/src/modules/demo/synthetic/index.ts';

const option = (name: string, fallback: string) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const patientCount = option('patients', '100000');
const recordCount = option('records', '1000');
const calls = option('calls', '20000');

// The modules as the server runs them: the built bundles (npm run build), else the TypeScript sources.
const builtDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'server', 'dist', 'diseases');
const isBuilt = existsSync(builtDir);
const registryOptions = isBuilt ? { includeBuiltIn: false, extraDirs: [builtDir] } : {};
const registry = await loadDiseaseRegistry(registryOptions);
console.log(
  `modules from ${isBuilt ? 'the build (apps/server/dist/diseases)' : 'the TypeScript sources (no build found)'}`,
);
const modules = registry.list();

/** A small seeded PRNG (mulberry32), so every run draws the same population. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Property = { type?: string; enum?: unknown[]; minimum?: number; maximum?: number; anyOf?: Property[] };

/** Valid inputs for a module, drawn from its JSON Schema and kept only when the module accepts them. */
function drawInputs(moduleId: string, random: () => number): Record<string, unknown> {
  const schema = registry.inputJsonSchema(moduleId) as { properties: Record<string, Property> };
  for (let attempt = 0; attempt < 200; attempt++) {
    const inputs: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(schema.properties)) {
      const property = raw.anyOf?.find((part) => part.type !== 'null') ?? raw;
      if (property.enum) inputs[key] = property.enum[Math.floor(random() * property.enum.length)];
      else if (property.type === 'boolean') inputs[key] = random() < 0.3;
      else if (property.type === 'integer' || property.type === 'number') {
        // Adults in the usual clinical ranges, inside each input's own bounds.
        const min = Math.max(property.minimum ?? 0, key.toLowerCase().includes('age') ? 35 : -Infinity);
        const max = Math.min(property.maximum ?? 100, key.toLowerCase().includes('age') ? 80 : Infinity);
        const value = min + random() * (max - min);
        inputs[key] = property.type === 'integer' ? Math.round(value) : Math.round(value * 10) / 10;
      }
    }
    if (registry.get(moduleId).inputs.safeParse(inputs).success) return inputs;
  }
  throw new Error(`could not draw valid inputs for ${moduleId}`);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

console.log(`\n${modules.length} modules: ${modules.map((m) => m.id).join(', ')}`);

// (1) One assessment, per module.
console.log(`\n(1) one assessment (validation + equation), ${calls} calls per module`);
console.log('module                      median µs    p99 µs');
const random = prng(2026);
let worstP99 = 0;
for (const module of modules) {
  const pool = Array.from({ length: 256 }, () => drawInputs(module.id, random));
  for (let i = 0; i < 2000; i++) registry.assess(module.id, pool[i % pool.length]);
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    registry.assess(module.id, pool[i % pool.length]);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p99 = percentile(times, 0.99) * 1000;
  worstP99 = Math.max(worstP99, p99);
  console.log(
    `${module.id.padEnd(26)} ${(percentile(times, 0.5) * 1000).toFixed(1).padStart(9)} ${p99.toFixed(1).padStart(9)}`,
  );
}
console.log(`worst p99: ${(worstP99 / 1000).toFixed(3)} ms (target < 1 ms)`);

// (2) A population through every module.
console.log(`\n(2) ${patientCount.toLocaleString('en')} patients × ${modules.length} modules`);
const populationRandom = prng(7);
const distinct = 4096;
const drawn = modules.map((module) =>
  Array.from({ length: distinct }, () => drawInputs(module.id, populationRandom)),
);
const requests: ScoreRequest[] = [];
for (let patient = 0; patient < patientCount; patient++) {
  for (let m = 0; m < modules.length; m++) {
    const module = modules[m];
    const inputs = drawn[m]?.[(patient * 31 + m) % distinct];
    if (module && inputs) requests.push({ moduleId: module.id, inputs });
  }
}
const startPopulation = performance.now();
const counts = { assessed: 0, 'not-applicable': 0, rejected: 0 };
for (const request of requests) counts[scoreRequest(registry, request).status]++;
const populationSeconds = (performance.now() - startPopulation) / 1000;
console.log(
  `${requests.length.toLocaleString('en')} assessments in one thread in ${populationSeconds.toFixed(2)} s ` +
    `(${Math.round(requests.length / populationSeconds).toLocaleString('en')}/s; ` +
    `${counts.assessed} assessed, ${counts['not-applicable']} not applicable, ${counts.rejected} rejected; target < 10 s)`,
);

// (3) From FHIR records: prefill + validation + assessment of the patient-facing modules.
const bundles = generateSyntheticPatients({
  count: recordCount,
  seed: 11,
  now: new Date('2026-12-01T00:00:00Z'),
});
const records: PatientRecord[] = bundles.map((bundle: Bundle) => {
  const resources = (bundle.entry ?? []).flatMap((entry) =>
    entry.resource ? [entry.resource as Resource] : [],
  );
  const patient = resources.find((r) => r.resourceType === 'Patient') as {
    birthDate?: string;
    gender?: string;
  };
  return {
    birthDate: patient?.birthDate ?? null,
    gender: patient?.gender ?? null,
    resources: resources as unknown as RecordResource[],
  };
});
const patientModules = modules.filter((module) => module.audience === 'patient');
const resourceCount = records.reduce((sum, record) => sum + record.resources.length, 0);
console.log(
  `\n(3) ${records.length} synthetic records (${Math.round(resourceCount / records.length)} resources each on average) ` +
    `× ${patientModules.length} patient-facing modules, from the record`,
);
const asOf = new Date('2026-12-01T00:00:00Z');
const recordCounts = { assessed: 0, incomplete: 0 };
const startRecords = performance.now();
for (const record of records) {
  for (const module of patientModules) {
    const found = prefillInputs(module, record, asOf);
    const values = Object.fromEntries(Object.entries(found).map(([key, input]) => [key, input.value]));
    if (
      missingInputs(module, values).some(
        (key) => module.inputs.shape[key] && !module.inputs.shape[key].safeParse(undefined).success,
      )
    ) {
      recordCounts.incomplete++;
      continue;
    }
    const parsed = module.inputs.safeParse(values);
    if (!parsed.success) {
      recordCounts.incomplete++;
      continue;
    }
    module.assess(parsed.data, registry.settingsOf(module.id));
    recordCounts.assessed++;
  }
}
const recordMs = performance.now() - startRecords;
const perPatient = recordMs / records.length;
console.log(
  `${recordCounts.assessed} assessed, ${recordCounts.incomplete} with inputs the record does not hold (asked of the patient instead); ` +
    `${perPatient.toFixed(3)} ms per patient for all ${patientModules.length} modules → ` +
    `${((perPatient * 100_000) / 1000).toFixed(1)} s for 100,000 patients' records (CPU only, reading the records aside)`,
);
