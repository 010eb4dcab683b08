import type { RiskAssessment } from '@medplum/fhirtypes';
import type { DiseaseRegistry } from '@nexus/clinical';
import { type PopulationReport, RiskCategory, type RiskResult } from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { CLINICAL_ROLES } from '../../platform/auth/policy.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { ReadablePatients } from '../access/index.ts';
import type { CdsRepo } from './cds.repo.ts';
import { readRiskResult } from './risk-assessment.resource.ts';

type Stored = Omit<RiskResult, 'review'>;

const MONTHS_OF_TREND = 12;
const SCREENING_LOOKBACK_DAYS = 365;
const HIGH: ReadonlySet<string> = new Set(['high', 'very-high']);

const monthOf = (iso: string) => iso.slice(0, 7);

/** The last `count` calendar months (UTC), oldest first, as YYYY-MM. */
function lastMonths(now: Date, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1));
    return at.toISOString().slice(0, 7);
  });
}

/**
 * Population insight for a doctor: the risk distribution of the patients in their care per module,
 * the patients a screening guideline recommends an order for with no such test on record in the
 * last year, and results per month.
 */
export function createPopulationService(deps: {
  db: Executor;
  repo: CdsRepo;
  registry: DiseaseRegistry;
  readablePatients: ReadablePatients;
  clock: Clock;
}) {
  const { db, repo, registry, clock } = deps;

  /**
   * The results stored for the patients in the clinician's care (of one module, when filtered), and
   * the latest of each patient and module.
   */
  async function storedResults(actor: Actor, filter: { moduleId?: string }, now: Date) {
    const clinical = actor.memberships.filter((m) => CLINICAL_ROLES.has(m.role));
    const patientIds = clinical.length > 0 ? await deps.readablePatients(actor.userId, clinical, now) : [];
    const results: { patientId: string; result: Stored }[] = [];
    for (const row of await repo.riskAssessmentsOf(db, patientIds)) {
      const result = readRiskResult(JSON.parse(row.content_json) as RiskAssessment);
      if (result && row.patient_id && (!filter.moduleId || result.moduleId === filter.moduleId))
        results.push({ patientId: row.patient_id, result });
    }
    const latest = new Map<string, { patientId: string; result: Stored }>();
    for (const entry of results) {
      const key = `${entry.patientId} ${entry.result.moduleId}`;
      const current = latest.get(key);
      if (!current || entry.result.assessedAt > current.result.assessedAt) latest.set(key, entry);
    }
    return { patientIds, results, latest };
  }

  return {
    /** The report, and the patients it read (for the audit log). */
    async report(
      actor: Actor,
      filter: { moduleId?: string } = {},
    ): Promise<{ report: PopulationReport; patientIds: string[] }> {
      const now = clock.now();
      const { patientIds, results, latest } = await storedResults(actor, filter, now);

      const moduleIds = [
        ...new Set([
          ...registry.list().map((m) => m.id),
          ...[...latest.values()].map((entry) => entry.result.moduleId),
        ]),
      ].filter((id) => !filter.moduleId || id === filter.moduleId);
      const modules = moduleIds.map((moduleId) => {
        const entries = [...latest.values()].filter((entry) => entry.result.moduleId === moduleId);
        const module = registry.has(moduleId) ? registry.get(moduleId) : null;
        return {
          moduleId,
          moduleName: module?.name ?? entries[0]?.result.moduleName ?? moduleId,
          disease: module?.disease ?? entries[0]?.result.disease ?? { id: moduleId, name: moduleId },
          assessedPatients: entries.filter((entry) => entry.result.category !== null).length,
          distribution: RiskCategory.options.map((category) => ({
            category,
            count: entries.filter((entry) => entry.result.category === category).length,
          })),
        };
      });

      const recommended = [...latest.values()].filter(
        (entry) =>
          entry.result.suggested.serviceRequests.length > 0 &&
          entry.result.findings.some((finding) => finding.verdict === 'meets'),
      );
      const codes = [
        ...new Set(
          recommended.flatMap((entry) => entry.result.suggested.serviceRequests.map((r) => r.code.code)),
        ),
      ];
      const since = new Date(now.getTime() - SCREENING_LOOKBACK_DAYS * 86_400_000);
      const screened = await repo.patientsWithCode(
        db,
        [...new Set(recommended.map((e) => e.patientId))],
        codes,
        since,
      );
      const names = await namesOf(db, patientIds);
      const screeningGaps = recommended
        .filter((entry) => !screened.has(entry.patientId))
        .map((entry) => ({
          patientId: entry.patientId,
          patientName: names.get(entry.patientId)?.name ?? 'Unknown patient',
          recordNumber: names.get(entry.patientId)?.recordNumber ?? null,
          moduleId: entry.result.moduleId,
          guideline:
            entry.result.findings.find((finding) => finding.verdict === 'meets')?.guideline ??
            entry.result.moduleName,
          probability: entry.result.probability,
          assessedAt: entry.result.assessedAt,
        }))
        .sort(
          (a, b) => (b.probability ?? 0) - (a.probability ?? 0) || a.patientName.localeCompare(b.patientName),
        );

      const months = lastMonths(now, MONTHS_OF_TREND);
      const trend = moduleIds.flatMap((moduleId) =>
        months.map((month) => {
          const inMonth = new Map<string, Stored>();
          for (const entry of results) {
            if (entry.result.moduleId !== moduleId || monthOf(entry.result.assessedAt) !== month) continue;
            const current = inMonth.get(entry.patientId);
            if (!current || entry.result.assessedAt > current.assessedAt)
              inMonth.set(entry.patientId, entry.result);
          }
          const values = [...inMonth.values()];
          return {
            month,
            moduleId,
            assessed: values.filter((r) => r.category !== null).length,
            high: values.filter((r) => r.category !== null && HIGH.has(r.category)).length,
          };
        }),
      );

      return {
        report: { patientCount: patientIds.length, modules, screeningGaps, trend },
        patientIds: [...new Set([...latest.values()].map((entry) => entry.patientId))],
      };
    },

    /** The latest result of each patient and module as CSV rows (the export). */
    async csv(
      actor: Actor,
      filter: { moduleId?: string } = {},
    ): Promise<{ csv: string; patientIds: string[] }> {
      const { patientIds, latest } = await storedResults(actor, filter, clock.now());
      const names = await namesOf(db, patientIds);
      const header = [
        'patient',
        'record_number',
        'module',
        'module_version',
        'assessed_at',
        'category',
        'probability',
        'horizon_years',
        'score',
      ];
      const lines = [...latest.values()]
        .sort(
          (a, b) =>
            (names.get(a.patientId)?.name ?? '').localeCompare(names.get(b.patientId)?.name ?? '') ||
            a.result.moduleId.localeCompare(b.result.moduleId),
        )
        .map(({ patientId, result }) =>
          [
            names.get(patientId)?.name ?? '',
            names.get(patientId)?.recordNumber ?? '',
            result.moduleId,
            result.moduleVersion,
            result.assessedAt,
            result.category ?? 'not-applicable',
            result.probability === null ? '' : result.probability.toFixed(4),
            result.horizonYears === null ? '' : String(result.horizonYears),
            result.score === null ? '' : String(result.score.points),
          ]
            .map(csvField)
            .join(','),
        );
      return {
        csv: `${[header.join(','), ...lines].join('\r\n')}\r\n`,
        patientIds: [...new Set([...latest.values()].map((entry) => entry.patientId))],
      };
    },
  };
}
export type PopulationService = ReturnType<typeof createPopulationService>;

/** RFC 4180 field; a leading = + - @ is prefixed with ' so that spreadsheets do not run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

async function namesOf(db: Executor, patientIds: readonly string[]) {
  if (patientIds.length === 0) return new Map<string, { name: string; recordNumber: string | null }>();
  const rows = await db
    .selectFrom('patients')
    .select(['id', 'display_name', 'record_number'])
    .where('id', 'in', [...patientIds])
    .execute();
  return new Map(rows.map((row) => [row.id, { name: row.display_name, recordNumber: row.record_number }]));
}
