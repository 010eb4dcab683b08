import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import type { RiskReviewStatus } from './cds.tables.ts';

export type RiskReviewRow = {
  id: string;
  patient_id: string;
  risk_assessment_id: string;
  module_id: string;
  module_version: string;
  category: string;
  probability: number | null;
  status: RiskReviewStatus;
  created_at: Date;
  decided_at: Date | null;
  decided_by_user_id: string | null;
  decided_by_name: string | null;
  decision_note_envelope: string | null;
  adjusted_category: string | null;
  created_resources: unknown;
};

export type ReviewListRow = RiskReviewRow & { patient_name: string; record_number: string | null };

/** The resource types whose change makes a patient due for the nightly assessment. */
export const INPUT_RESOURCE_TYPES = [
  'Patient',
  'Observation',
  'Condition',
  'MedicationRequest',
  'MedicationStatement',
  'QuestionnaireResponse',
] as const;

const reviewColumns = [
  'r.id',
  'r.patient_id',
  'r.risk_assessment_id',
  'r.module_id',
  'r.module_version',
  'r.category',
  'r.probability',
  'r.status',
  'r.created_at',
  'r.decided_at',
  'r.decided_by_user_id',
  'u.display_name as decided_by_name',
  'r.decision_note_envelope',
  'r.adjusted_category',
  'r.created_resources',
] as const;

/** The review queue, notifications and the nightly run's watermark. */
export function createCdsRepo() {
  return {
    /** Supersedes the patient's pending review of this module (a newer result replaces it) and queues the new one. */
    async enqueueReview(
      db: Executor,
      review: {
        id: string;
        patientId: string;
        riskAssessmentId: string;
        moduleId: string;
        moduleVersion: string;
        category: string;
        probability: number | null;
        now: Date;
      },
    ): Promise<void> {
      await db
        .updateTable('risk_reviews')
        .set({ status: 'superseded' })
        .where('patient_id', '=', review.patientId)
        .where('module_id', '=', review.moduleId)
        .where('status', '=', 'pending')
        .execute();
      await db
        .insertInto('risk_reviews')
        .values({
          id: review.id,
          patient_id: review.patientId,
          risk_assessment_id: review.riskAssessmentId,
          module_id: review.moduleId,
          module_version: review.moduleVersion,
          category: review.category,
          probability: review.probability,
          status: 'pending',
          created_at: review.now,
        })
        .execute();
    },

    /** Reviews of the given patients, newest first. */
    async reviewsOf(
      db: Executor,
      patientIds: readonly string[],
      filter: 'pending' | 'decided' | 'all',
      limit = 500,
    ): Promise<ReviewListRow[]> {
      if (patientIds.length === 0) return [];
      let query = db
        .selectFrom('risk_reviews as r')
        .innerJoin('patients as p', 'p.id', 'r.patient_id')
        .leftJoin('users as u', 'u.id', 'r.decided_by_user_id')
        .select([...reviewColumns, 'p.display_name as patient_name', 'p.record_number'])
        .where('r.patient_id', 'in', [...patientIds]);
      query =
        filter === 'pending'
          ? query.where('r.status', '=', 'pending')
          : filter === 'decided'
            ? query.where('r.status', 'in', ['confirmed', 'adjusted', 'rejected'])
            : query.where('r.status', '!=', 'superseded');
      return (await query.orderBy('r.created_at', 'desc').limit(limit).execute()) as ReviewListRow[];
    },

    async review(db: Executor, patientId: string, reviewId: string) {
      const query = db
        .selectFrom('risk_reviews as r')
        .innerJoin('patients as p', 'p.id', 'r.patient_id')
        .leftJoin('users as u', 'u.id', 'r.decided_by_user_id')
        .select([...reviewColumns, 'p.display_name as patient_name', 'p.record_number'])
        .where('r.id', '=', reviewId)
        .where('r.patient_id', '=', patientId);
      return (await query.executeTakeFirst()) as ReviewListRow | undefined;
    },

    /** The latest review of each of the patient's risk results, by RiskAssessment id. */
    async reviewsByAssessment(db: Executor, patientId: string): Promise<Map<string, RiskReviewRow>> {
      const rows = (await db
        .selectFrom('risk_reviews as r')
        .leftJoin('users as u', 'u.id', 'r.decided_by_user_id')
        .select(reviewColumns)
        .where('r.patient_id', '=', patientId)
        .orderBy('r.created_at', 'asc')
        .execute()) as RiskReviewRow[];
      return new Map(rows.map((row) => [row.risk_assessment_id, row]));
    },

    async decide(
      db: Executor,
      reviewId: string,
      decision: {
        status: 'confirmed' | 'adjusted' | 'rejected';
        userId: string;
        noteEnvelope: string;
        adjustedCategory: string | null;
        createdResources: string[];
        now: Date;
      },
    ): Promise<boolean> {
      const result = await db
        .updateTable('risk_reviews')
        .set({
          status: decision.status,
          decided_at: decision.now,
          decided_by_user_id: decision.userId,
          decision_note_envelope: decision.noteEnvelope,
          adjusted_category: decision.adjustedCategory,
          created_resources: JSON.stringify(decision.createdResources),
        })
        .where('id', '=', reviewId)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Doctors responsible for the patient: a personal grant, or a doctor of an organisation the patient is admitted to. */
    async responsibleDoctors(db: Executor, patientId: string): Promise<{ id: string; email: string }[]> {
      const rows = await sql<{ id: string; email: string }>`
        select distinct u.id, u.email
        from users u
        join memberships m on m.user_id = u.id and m.role = 'doctor'
        where u.disabled_at is null
          and exists (
            select 1 from care_relationships r
            where r.patient_id = ${patientId} and r.revoked_at is null
              and (r.clinician_user_id = u.id or r.organisation_id = m.organisation_id))
        order by u.id`.execute(db);
      return rows.rows;
    },

    async notify(
      db: Executor,
      notification: {
        id: string;
        userId: string;
        kind: 'risk-review';
        title: string;
        link: string;
        now: Date;
      },
    ): Promise<void> {
      await db
        .insertInto('notifications')
        .values({
          id: notification.id,
          user_id: notification.userId,
          kind: notification.kind,
          title: notification.title,
          link: notification.link,
          created_at: notification.now,
        })
        .execute();
    },

    /**
     * Patients whose record changed since the nightly assessment last saw it (or who were never
     * assessed), with the time of their latest relevant change.
     */
    async patientsDue(db: Executor, limit: number): Promise<{ patientId: string; changedAt: Date }[]> {
      const rows = await sql<{ patient_id: string; changed_at: Date }>`
        select f.patient_id, max(f.last_updated) as changed_at
        from fhir_resources f
        left join risk_assessment_runs r on r.patient_id = f.patient_id
        where f.patient_id is not null
          and f.resource_type in (${sql.join([...INPUT_RESOURCE_TYPES])})
        group by f.patient_id, r.inputs_seen_at
        having r.inputs_seen_at is null or max(f.last_updated) > r.inputs_seen_at
        order by f.patient_id
        limit ${limit}`.execute(db);
      return rows.rows.map((row) => ({ patientId: row.patient_id, changedAt: new Date(row.changed_at) }));
    },

    async markInputsSeen(db: Executor, patientId: string, seenAt: Date): Promise<void> {
      await db
        .insertInto('risk_assessment_runs')
        .values({ patient_id: patientId, inputs_seen_at: seenAt })
        .onConflict((oc) =>
          oc.column('patient_id').doUpdateSet({
            inputs_seen_at: sql`greatest(risk_assessment_runs.inputs_seen_at, excluded.inputs_seen_at)`,
          }),
        )
        .execute();
    },

    /** The current RiskAssessments of these patients (the population report). */
    async riskAssessmentsOf(db: Executor, patientIds: readonly string[]) {
      if (patientIds.length === 0) return [];
      return db
        .selectFrom('fhir_resources')
        .select(['patient_id', sql<string>`content::text`.as('content_json')])
        .where('resource_type', '=', 'RiskAssessment')
        .where('is_deleted', '=', false)
        .where('patient_id', 'in', [...patientIds])
        .execute();
    },

    /** Current RiskAssessments by id, as JSON text (the review queue reads its results in one query). */
    async riskAssessmentsById(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('fhir_resources')
        .select(['id', sql<string>`content::text`.as('content_json')])
        .where('resource_type', '=', 'RiskAssessment')
        .where('is_deleted', '=', false)
        .where('id', 'in', [...ids])
        .execute();
      return new Map(rows.map((row) => [row.id, row.content_json]));
    },

    /** Patients (of these) with a Procedure or DiagnosticReport of one of these codes dated since `since` (a screening done). */
    async patientsWithCode(
      db: Executor,
      patientIds: readonly string[],
      codes: readonly string[],
      since: Date,
    ): Promise<Set<string>> {
      if (patientIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('fhir_token_index as t')
        .innerJoin('fhir_date_index as d', (join) =>
          join
            .onRef('d.resource_type', '=', 't.resource_type')
            .onRef('d.resource_id', '=', 't.resource_id')
            .on('d.param', '=', 'date'),
        )
        .select('t.patient_id')
        .distinct()
        .where('t.patient_id', 'in', [...patientIds])
        .where('t.resource_type', 'in', ['Procedure', 'DiagnosticReport', 'ImagingStudy'])
        .where('t.param', '=', 'code')
        .where('t.code', 'in', [...codes])
        .where('d.end_at', '>=', since)
        .execute();
      return new Set(rows.flatMap((row) => (row.patient_id ? [row.patient_id] : [])));
    },
  };
}
export type CdsRepo = ReturnType<typeof createCdsRepo>;
