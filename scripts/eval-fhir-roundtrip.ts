/**
 * `npm run eval:fhir-roundtrip [-- DIR|FILE…] [--engine=pglite|postgres]`: imports every FHIR Bundle
 * (default: the Synthea samples in ../shared/data/synthea-fhir-r4-samples) through the admin import
 * endpoint, reads each imported patient back with Patient/$everything as a doctor of the importing
 * organisation, and compares: resource counts by type, and every resource's content — identical
 * but for what the server owns (ids, meta.versionId/lastUpdated, the platform's record number on
 * Patient), with every reference pointing at the counterpart of what it pointed at before.
 * Exits 1 if any bundle fails to import or any resource does not come back as it went in.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import type { ImportReport } from '@nexus/contracts';
import { startFhirHarness } from '../bench/fhir-harness.ts';
import type { Engine } from '../bench/server-under-test.ts';

const args = process.argv.slice(2);
const engine = (args.find((a) => a.startsWith('--engine='))?.split('=')[1] ?? 'pglite') as Engine;
const inputs = args.filter((a) => !a.startsWith('--'));
const defaultDir = resolve(import.meta.dirname, '../../shared/data/synthea-fhir-r4-samples');
const paths = (inputs.length ? inputs : [defaultDir]).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(p, f))
    : [p],
);
if (paths.length === 0 || !paths.every(existsSync)) {
  console.error('no bundles to evaluate (give files or a directory)');
  process.exit(2);
}

const RECORD_NUMBER_SYSTEM = 'urn:lifecare-nexus:mrn';
type Json = unknown;

/** What the server owns is dropped; references are kept or blanked. */
function canonical(value: Json, blankReferences: boolean, refMap?: Map<string, string>): Json {
  if (Array.isArray(value)) return value.map((v) => canonical(v, blankReferences, refMap));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value as Record<string, Json>).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    if (key === 'reference' && typeof item === 'string')
      out[key] = blankReferences ? '#' : (refMap?.get(item) ?? item);
    else out[key] = canonical(item, blankReferences, refMap);
  }
  return out;
}

function serverOwnedRemoved(resource: Resource): Record<string, Json> {
  const { id: _id, meta, ...rest } = resource as Resource & { meta?: Record<string, Json> };
  const out: Record<string, Json> = { ...rest };
  if (meta) {
    const { versionId: _v, lastUpdated: _l, ...keptMeta } = meta;
    if (Object.keys(keptMeta).length) out.meta = keptMeta;
  }
  if (resource.resourceType === 'Patient' && Array.isArray(out.identifier)) {
    const kept = (out.identifier as { system?: string }[]).filter((i) => i.system !== RECORD_NUMBER_SYSTEM);
    if (kept.length) out.identifier = kept;
    else delete out.identifier;
  }
  return out;
}

const hash = (value: Json) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function countByType(resources: readonly Resource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of resources) counts[r.resourceType] = (counts[r.resourceType] ?? 0) + 1;
  return counts;
}

/** Matches every original resource to one stored resource with the same content and mapped references. */
function compare(originals: readonly BundleEntry[], stored: readonly Resource[]): string[] {
  const problems: string[] = [];
  const buckets = new Map<string, Resource[]>();
  for (const resource of stored) {
    const key = `${resource.resourceType}:${hash(canonical(serverOwnedRemoved(resource), true))}`;
    buckets.set(key, [...(buckets.get(key) ?? []), resource]);
  }
  const refMap = new Map<string, string>();
  const pending: { entry: BundleEntry; candidates: Resource[] }[] = [];
  for (const entry of originals) {
    const resource = entry.resource as Resource;
    const key = `${resource.resourceType}:${hash(canonical(serverOwnedRemoved(resource), true))}`;
    const candidates = buckets.get(key) ?? [];
    if (candidates.length === 0) {
      problems.push(`${resource.resourceType} ${entry.fullUrl}: no stored resource has its content`);
      continue;
    }
    pending.push({ entry, candidates });
    if (candidates.length === 1 && entry.fullUrl)
      refMap.set(entry.fullUrl, `${resource.resourceType}/${candidates[0]?.id}`);
  }
  const used = new Set<Resource>();
  for (const { entry, candidates } of pending) {
    const original = entry.resource as Resource;
    const expected = hash(canonical(serverOwnedRemoved(original), false, refMap));
    const match = candidates.find(
      (c) => !used.has(c) && hash(canonical(serverOwnedRemoved(c), false)) === expected,
    );
    if (!match) {
      problems.push(
        `${original.resourceType} ${entry.fullUrl}: content matches, but its references do not point at the same resources`,
      );
      continue;
    }
    used.add(match);
    if (entry.fullUrl) refMap.set(entry.fullUrl, `${original.resourceType}/${match.id}`);
  }
  return problems;
}

const harness = await startFhirHarness(engine);
let failures = 0;
console.log(`FHIR round trip on ${engine}: ${paths.length} bundle(s)\n`);
console.log('| bundle | entries | import ms | resources/s | $everything | counts | content |');
console.log('|---|---:|---:|---:|---:|---|---|');
try {
  for (const path of paths) {
    const name = path.split('/').at(-1) ?? path;
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as Bundle;
    const entries = bundle.entry ?? [];
    const imported = await harness.admin.request({
      method: 'POST',
      url: `/api/v1/organisations/${harness.organisationId}/record-imports`,
      headers: { 'content-type': 'application/fhir+json' },
      payload: JSON.stringify(bundle),
    });
    if (imported.statusCode !== 201) {
      failures++;
      console.log(
        `| ${name} | ${entries.length} | import failed ${imported.statusCode}: ${imported.body.slice(0, 300)} | | | | |`,
      );
      continue;
    }
    const report = imported.json() as ImportReport;
    const stored: Resource[] = [];
    for (const patient of report.patients) {
      const everything = await harness.doctor.request({
        method: 'GET',
        url: `/fhir/R4/Patient/${patient.id}/$everything`,
      });
      if (everything.statusCode !== 200)
        throw new Error(`$everything failed: ${everything.statusCode} ${everything.body.slice(0, 300)}`);
      stored.push(...((everything.json() as Bundle).entry ?? []).map((e) => e.resource as Resource));
    }
    const withoutProvenance = stored.filter((r) => r.resourceType !== 'Provenance');
    const want = countByType(entries.map((e) => e.resource as Resource));
    const got = countByType(withoutProvenance);
    const countsMatch =
      JSON.stringify(Object.entries(want).sort()) === JSON.stringify(Object.entries(got).sort());
    const problems = compare(entries, withoutProvenance);
    if (!countsMatch || problems.length > 0) failures++;
    console.log(
      `| ${name} | ${entries.length} | ${report.durationMs} | ${Math.round((report.resources / report.durationMs) * 1000)} | ${stored.length} (${stored.length - withoutProvenance.length} Provenance) | ${countsMatch ? 'same' : `differ: sent ${JSON.stringify(want)}, got ${JSON.stringify(got)}`} | ${problems.length === 0 ? 'identical' : `${problems.length} differ: ${problems.slice(0, 3).join('; ')}`} |`,
    );
  }
} finally {
  await harness.close();
}
console.log(
  failures === 0 ? '\nevery bundle imported and came back unchanged' : `\n${failures} bundle(s) failed`,
);
process.exit(failures === 0 ? 0 : 1);
