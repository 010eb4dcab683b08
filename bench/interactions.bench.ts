/**
 * `npm run bench:interactions`: what the medication safety checks cost (packages/clinical, no I/O).
 * (1) Module load: building the interaction pair index from the class rules.
 * (2) A medication review of a 15-medication list (all 105 pairs, every ingredient's daily total,
 *     two recorded allergies), median and p99 over many calls. Target: under 5 ms.
 * (3) Prescribing one medication against the other 14.
 * (4) Search-as-you-type over the catalogue. Target: well under 1 ms.
 * Options: --calls=20000
 */
import type { MedicationOrder } from '@nexus/clinical';

const calls = Number(process.argv.find((arg) => arg.startsWith('--calls='))?.split('=')[1] ?? '20000');

const loadStart = performance.now();
const {
  checkMedicationSafety,
  DRUGS,
  INTERACTING_PAIR_COUNT,
  INTERACTION_RULES,
  reviewMedicationList,
  searchCatalogue,
} = await import('@nexus/clinical');
const loadMs = performance.now() - loadStart;

const dose = (quantity: number, unit: 'tablet' | 'capsule', timesPerDay: number) => ({
  doseQuantity: quantity,
  doseUnit: unit,
  route: 'oral' as const,
  timing: { kind: 'times-per-day' as const, timesPerDay },
  startDate: '2026-03-02',
  durationDays: null,
  instructions: null,
});

const LIST: MedicationOrder[] = [
  ['warfarin-3mg-tablet', 1, 'tablet', 1],
  ['amiodarone-200mg-tablet', 1, 'tablet', 1],
  ['simvastatin-40mg-tablet', 1, 'tablet', 1],
  ['bisoprolol-5mg-tablet', 1, 'tablet', 1],
  ['ramipril-5mg-capsule', 1, 'capsule', 1],
  ['spironolactone-25mg-tablet', 1, 'tablet', 1],
  ['furosemide-40mg-tablet', 1, 'tablet', 2],
  ['metformin-500mg-tablet', 2, 'tablet', 2],
  ['gliclazide-80mg-tablet', 1, 'tablet', 2],
  ['co-codamol-30-500mg-tablet', 2, 'tablet', 4],
  ['paracetamol-500mg-tablet', 2, 'tablet', 4],
  ['sertraline-50mg-tablet', 1, 'tablet', 1],
  ['omeprazole-20mg-capsule', 1, 'capsule', 1],
  ['clarithromycin-500mg-tablet', 1, 'tablet', 2],
  ['ibuprofen-400mg-tablet', 1, 'tablet', 3],
].map(([productId, quantity, unit, timesPerDay], index) => ({
  key: String(index + 1),
  productId: String(productId),
  dosage: dose(Number(quantity), unit as 'tablet' | 'capsule', Number(timesPerDay)),
}));
const ALLERGIES = [
  { kind: 'substance' as const, text: 'penicillin' },
  { kind: 'drug' as const, drugId: 'codeine' },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

function measure(label: string, run: () => unknown, count: number) {
  for (let i = 0; i < Math.min(1000, count); i++) run();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const micro = (ms: number) => `${(ms * 1000).toFixed(1)} µs`.padStart(12);
  console.log(`${label.padEnd(52)}${micro(percentile(times, 0.5))}${micro(percentile(times, 0.99))}`);
  return { medianMs: percentile(times, 0.5), p99Ms: percentile(times, 0.99) };
}

console.log(
  `catalogue ${DRUGS.length} drugs, ${INTERACTION_RULES.length} interaction rules → ${INTERACTING_PAIR_COUNT} interacting drug pairs`,
);
console.log(
  `(1) module load with index build: ${loadMs.toFixed(0)} ms (includes TypeScript transpilation under tsx)\n`,
);
console.log(`${''.padEnd(52)}${'median'.padStart(12)}${'p99'.padStart(12)}`);
const review = measure(
  '(2) review of 15 medications + 2 allergies',
  () => reviewMedicationList({ medications: LIST, allergies: ALLERGIES }),
  calls,
);
const [candidate, ...current] = LIST;
if (!candidate) throw new Error('empty list');
measure(
  '(3) one medication against 14, + 2 allergies',
  () => checkMedicationSafety({ candidate, current, allergies: ALLERGIES }),
  calls,
);
const queries = ['p', 'par', 'amox', 'war', 'co-cod', 'lisinopril', 'zzz', 'meto', 'sertra', 'tyl'];
let next = 0;
measure(
  '(4) search-as-you-type (10 queries in turn)',
  () => searchCatalogue(queries[next++ % queries.length] ?? ''),
  calls,
);

const alerts = reviewMedicationList({ medications: LIST, allergies: ALLERGIES }).alerts.length;
console.log(
  `\nthe review finds ${alerts} alerts; target: median under 5 ms — ${review.medianMs < 5 ? 'met' : 'NOT met'}`,
);
console.log(JSON.stringify({ reviewMedianMs: review.medianMs, reviewP99Ms: review.p99Ms, alerts }));
