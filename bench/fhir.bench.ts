/**
 * `npm run bench:fhir`: the FHIR store at the size of a practice. Loads 1,000 patients with 200,000
 * Observations (200 each: ten vital signs and labs over ten years) and one patient with 5,000
 * resources, through the import endpoint (FHIR transaction Bundles), then measures, as a doctor of
 * the organisation, through HTTP handled in-process (app.inject: routing, authentication, access
 * policy and audit included, no network):
 *   - bundle import: resources per second over the whole load (target >= 1,000);
 *   - search by patient + code + date range (one year): p50/p95/p99 over 500 searches (target p95 < 30 ms);
 *   - Patient/$everything of the 5,000-resource patient: median and max of 10 (target < 500 ms).
 * Options: --engines=pglite,postgres --patients=1000 --observations=200 --big=5000 --searches=500
 */
import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import type { ImportReport } from '@nexus/contracts';
import { startFhirHarness } from './fhir-harness.ts';
import type { Engine } from './server-under-test.ts';

const option = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const engines = option('engines', 'pglite,postgres').split(',') as Engine[];
const patientCount = Number(option('patients', '1000'));
const observationsEach = Number(option('observations', '200'));
const bigPatientResources = Number(option('big', '5000'));
const searches = Number(option('searches', '500'));

const CODES = [
  ['8480-6', 'Systolic blood pressure', 'mm[Hg]', 125],
  ['8462-4', 'Diastolic blood pressure', 'mm[Hg]', 80],
  ['8867-4', 'Heart rate', '/min', 72],
  ['9279-1', 'Respiratory rate', '/min', 15],
  ['8310-5', 'Body temperature', 'Cel', 36.8],
  ['29463-7', 'Body weight', 'kg', 78],
  ['4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '%', 5.8],
  ['2345-7', 'Glucose [Mass/volume] in Serum or Plasma', 'mg/dL', 98],
  ['2093-3', 'Cholesterol [Mass/volume] in Serum or Plasma', 'mg/dL', 190],
  ['2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', 'mg/dL', 0.9],
] as const;
const START = Date.UTC(2016, 0, 1);
const SPAN_MS = 10 * 365.25 * 86_400_000;

/** A small deterministic generator, so every run loads the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function observation(patientUrn: string, i: number, next: () => number): BundleEntry {
  const [code, display, unit, typical] = CODES[i % CODES.length] as (typeof CODES)[number];
  const category = i % CODES.length < 6 ? 'vital-signs' : 'laboratory';
  return {
    resource: {
      resourceType: 'Observation',
      status: 'final',
      category: [
        {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: category }],
        },
      ],
      code: { coding: [{ system: 'http://loinc.org', code, display }] },
      subject: { reference: patientUrn },
      effectiveDateTime: new Date(START + next() * SPAN_MS).toISOString(),
      valueQuantity: {
        value: Math.round(typical * (0.85 + next() * 0.3) * 10) / 10,
        unit,
        system: 'http://unitsofmeasure.org',
        code: unit,
      },
    },
    request: { method: 'POST', url: 'Observation' },
  };
}

function patientBundle(index: number, resources: number): Bundle {
  const next = random(index + 1);
  const urn = `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: urn,
        resource: {
          resourceType: 'Patient',
          name: [{ family: `Bench${index}`, given: ['Patient'] }],
          gender: index % 2 ? 'female' : 'male',
          birthDate: `19${50 + (index % 50)}-0${1 + (index % 9)}-15`,
        },
        request: { method: 'POST', url: 'Patient' },
      },
      ...Array.from({ length: resources }, (_, i) => observation(urn, i, next)),
    ],
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
const ms = (value: number) => value.toFixed(1);

console.log(
  `\nFHIR benchmark: ${patientCount} patients × ${observationsEach} Observations, one patient with ${bigPatientResources} resources\n`,
);
const rows: string[] = [];
for (const engine of engines) {
  const h = await startFhirHarness(engine);
  try {
    const patientIds: string[] = [];
    let resources = 0;
    const loadStart = performance.now();
    for (let index = 0; index < patientCount; index++) {
      const response = await h.admin.request({
        method: 'POST',
        url: `/api/v1/organisations/${h.organisationId}/record-imports`,
        headers: { 'content-type': 'application/fhir+json' },
        payload: JSON.stringify(patientBundle(index, observationsEach)),
      });
      if (response.statusCode !== 201)
        throw new Error(`import failed: ${response.statusCode} ${response.body.slice(0, 300)}`);
      const report = response.json() as ImportReport;
      resources += report.resources;
      patientIds.push(report.patients[0]?.id as string);
      if ((index + 1) % 100 === 0)
        process.stderr.write(
          `  ${engine}: ${index + 1} patients, ${resources} resources, ${Math.round(resources / ((performance.now() - loadStart) / 1000))}/s\n`,
        );
    }
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const big = (
      await h.admin.request({
        method: 'POST',
        url: `/api/v1/organisations/${h.organisationId}/record-imports`,
        headers: { 'content-type': 'application/fhir+json' },
        payload: JSON.stringify(patientBundle(patientCount, bigPatientResources - 1)),
      })
    ).json() as ImportReport;
    const bigPatient = big.patients[0]?.id as string;

    const next = random(99);
    const times: number[] = [];
    for (let i = 0; i < searches + 50; i++) {
      const patient = patientIds[Math.floor(next() * patientIds.length)];
      const [code] = CODES[Math.floor(next() * CODES.length)] as (typeof CODES)[number];
      const year = 2016 + Math.floor(next() * 10);
      const url = `/fhir/R4/Observation?patient=${patient}&code=http://loinc.org|${code}&date=ge${year}-01-01&date=lt${year + 1}-01-01`;
      const started = performance.now();
      const response = await h.doctor.request({ method: 'GET', url });
      const elapsed = performance.now() - started;
      if (response.statusCode !== 200)
        throw new Error(`search failed: ${response.statusCode} ${response.body.slice(0, 200)}`);
      if (i >= 50) times.push(elapsed);
    }
    times.sort((a, b) => a - b);

    const everything: number[] = [];
    let everythingCount = 0;
    for (let i = 0; i < 11; i++) {
      const started = performance.now();
      const response = await h.doctor.request({
        method: 'GET',
        url: `/fhir/R4/Patient/${bigPatient}/$everything`,
      });
      const elapsed = performance.now() - started;
      everythingCount = ((response.json() as Bundle).entry ?? []).length;
      if (i > 0) everything.push(elapsed);
    }
    everything.sort((a, b) => a - b);

    rows.push(
      `| ${engine === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL'} | ${resources} in ${loadSeconds.toFixed(0)} s = **${Math.round(resources / loadSeconds)}/s** | ${ms(percentile(times, 0.5))} / **${ms(percentile(times, 0.95))}** / ${ms(percentile(times, 0.99))} | ${everythingCount} resources: **${ms(percentile(everything, 0.5))}** / ${ms(everything.at(-1) ?? Number.NaN)} |`,
    );
  } finally {
    await h.close();
  }
}
console.log(
  '| database | bundle import | search patient+code+date p50 / p95 / p99 ms | $everything median / max ms |',
);
console.log('|---|---|---|---|');
for (const row of rows) console.log(row);
