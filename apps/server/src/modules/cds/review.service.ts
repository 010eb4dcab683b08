import { randomUUID } from 'node:crypto';
import type { CarePlan, Goal, Resource, RiskAssessment, ServiceRequest } from '@medplum/fhirtypes';
import type { DiseaseRegistry } from '@nexus/clinical';
import {
  type CarePlanView,
  type ReviewDecisionRequest,
  ReviewDecisionRequest as ReviewDecisionSchema,
  type ReviewDetail,
  type ReviewOutcome,
  type ReviewQueue,
  type ReviewQueueItem,
  RiskCategory,
  type RiskResult,
} from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { CLINICAL_ROLES } from '../../platform/auth/policy.ts';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import type { ReadablePatients } from '../access/index.ts';
import type { FhirContext, FhirServices, WriteRequest } from '../fhir/index.ts';
import type { MailOutbox } from '../mail/mail.service.ts';
import { authorReference } from '../records/record-resources.ts';
import type { WriteOrigin } from '../records/record-writes.service.ts';
import type { ReviewIntake } from './assessment.service.ts';
import {
  carePlanOf,
  planGoal,
  presentCarePlan,
  reviewedCondition,
  reviewedServiceRequest,
} from './care-plan.resources.ts';
import type { CdsRepo, ReviewListRow, RiskReviewRow } from './cds.repo.ts';
import { CDS_CATEGORY_SYSTEM, readRiskResult } from './risk-assessment.resource.ts';

const noteContext = (reviewId: string) => `risk-review:${reviewId}`;

const STATUS_OF = { confirm: 'confirmed', adjust: 'adjusted', reject: 'rejected' } as const;

/**
 * The doctors' review of risk results: the queue (fed inside the transaction that stores a result
 * needing review, with a notification to each responsible doctor), the review page, and the decision
 * that confirms, adjusts or rejects the result and writes the diagnosis, orders and treatment plan.
 */
export function createReviewService(deps: {
  db: Executor;
  repo: CdsRepo;
  registry: DiseaseRegistry;
  fhir: Pick<FhirServices, 'records' | 'writer'>;
  readablePatients: ReadablePatients;
  cipher: EnvelopeCipher;
  outbox: MailOutbox;
  clock: Clock;
  publicUrl: string;
}) {
  const { db, repo, fhir, clock, cipher } = deps;

  const intake: ReviewIntake = async (trx, entry) => {
    const reviewId = randomUUID();
    const now = clock.now();
    const { result } = entry;
    await repo.enqueueReview(trx, {
      id: reviewId,
      patientId: entry.patientId,
      riskAssessmentId: entry.riskAssessmentId,
      moduleId: entry.module.id,
      moduleVersion: entry.module.version,
      category: result.category ?? 'high',
      probability: result.probability,
      now,
    });
    // The notification names no patient and no result: it says where to look, and the page checks access.
    for (const doctor of await repo.responsibleDoctors(trx, entry.patientId)) {
      await repo.notify(trx, {
        id: randomUUID(),
        userId: doctor.id,
        kind: 'risk-review',
        title: 'A risk result is waiting for your review',
        link: `/doctor/patients/${entry.patientId}/reviews/${reviewId}`,
        now,
      });
      await deps.outbox.enqueue(
        {
          to: doctor.email,
          subject: 'A risk result is waiting for your review',
          text: [
            'A new risk result for one of your patients is in your review queue.',
            `Open it in LifeCare Nexus: ${deps.publicUrl}/doctor/reviews`,
          ].join('\n\n'),
        },
        trx,
      );
    }
  };

  const outcomeOf = (row: RiskReviewRow): ReviewOutcome => {
    const created = Array.isArray(row.created_resources) ? (row.created_resources as string[]) : [];
    const idsOf = (type: string) =>
      created.filter((ref) => ref.startsWith(`${type}/`)).map((ref) => ref.slice(type.length + 1));
    return {
      id: row.id,
      status: row.status === 'superseded' ? 'pending' : row.status,
      createdAt: row.created_at.toISOString(),
      decidedAt: row.decided_at?.toISOString() ?? null,
      decidedBy: row.decided_by_name,
      note: row.decision_note_envelope
        ? cipher.decryptText(row.decision_note_envelope, noteContext(row.id))
        : null,
      adjustedCategory: RiskCategory.safeParse(row.adjusted_category).data ?? null,
      conditionId: idsOf('Condition')[0] ?? null,
      serviceRequestIds: idsOf('ServiceRequest'),
      carePlanId: idsOf('CarePlan')[0] ?? null,
    };
  };

  async function riskResult(patientId: string, riskAssessmentId: string) {
    const found = await fhir.records.resource('RiskAssessment', riskAssessmentId);
    if (!found || found.patientId !== patientId) return null;
    return {
      resource: found.resource as RiskAssessment,
      result: readRiskResult(found.resource as RiskAssessment),
    };
  }

  const queueItem = (row: ReviewListRow, result: Omit<RiskResult, 'review'> | null): ReviewQueueItem => {
    const module = deps.registry.has(row.module_id) ? deps.registry.get(row.module_id) : null;
    return {
      reviewId: row.id,
      patientId: row.patient_id,
      patientName: row.patient_name,
      recordNumber: row.record_number,
      riskAssessmentId: row.risk_assessment_id,
      moduleId: row.module_id,
      moduleName: result?.moduleName ?? module?.name ?? row.module_id,
      disease: result?.disease ?? module?.disease ?? { id: row.module_id, name: row.module_id },
      probability: row.probability,
      category: RiskCategory.safeParse(row.category).data ?? null,
      categoryLabel: result?.categoryLabel ?? null,
      summary: result?.summary ?? '',
      createdAt: row.created_at.toISOString(),
      status: row.status === 'superseded' ? 'pending' : row.status,
    };
  };

  async function relatedOf(patientId: string) {
    const resources = await fhir.records.compartment(patientId, ['CarePlan', 'Goal', 'ServiceRequest']);
    const byRef = <T extends Resource>(type: string) =>
      new Map(
        resources.filter((r): r is T => r.resourceType === type).map((r) => [`${type}/${r.id}`, r] as const),
      );
    return {
      plans: resources.filter((r): r is CarePlan => r.resourceType === 'CarePlan'),
      goals: byRef<Goal>('Goal'),
      serviceRequests: byRef<ServiceRequest>('ServiceRequest'),
    };
  }

  async function detail(patientId: string, reviewId: string): Promise<ReviewDetail> {
    const row = await repo.review(db, patientId, reviewId);
    if (!row) throw notFound('risk_review_not_found', 'There is no such review for this patient.');
    const found = await riskResult(patientId, row.risk_assessment_id);
    if (!found?.result) throw notFound('risk_result_not_found', 'The risk result of this review is missing.');
    const all = (await fhir.records.compartment(patientId, ['RiskAssessment'])) as RiskAssessment[];
    const history = all
      .map(readRiskResult)
      .filter((r): r is Omit<RiskResult, 'review'> => r !== null && r.moduleId === row.module_id)
      .sort((a, b) => a.assessedAt.localeCompare(b.assessedAt))
      .map((r) => ({ assessedAt: r.assessedAt, probability: r.probability, category: r.category }));
    const review = outcomeOf(row);
    return {
      review,
      patient: { id: patientId, name: row.patient_name, recordNumber: row.record_number },
      result: { ...found.result, review },
      history,
    };
  }

  return {
    intake,
    detail,

    /** The review of each of the patient's results that entered the queue, by RiskAssessment id. */
    async reviewsOf(patientId: string): Promise<Map<string, ReviewOutcome>> {
      const rows = await repo.reviewsByAssessment(db, patientId);
      return new Map([...rows].map(([id, row]) => [id, outcomeOf(row)]));
    },

    /** The reviews of the patients the doctor may read now (care relationships, open break-glass). */
    async queue(actor: Actor, status: 'pending' | 'decided' | 'all'): Promise<ReviewQueue> {
      const clinical = actor.memberships.filter((m) => CLINICAL_ROLES.has(m.role));
      if (!actor.memberships.some((m) => m.role === 'doctor')) return { items: [], pendingCount: 0 };
      const patientIds = await deps.readablePatients(actor.userId, clinical, clock.now());
      const rows = await repo.reviewsOf(db, patientIds, status);
      const pending =
        status === 'pending' ? rows.length : (await repo.reviewsOf(db, patientIds, 'pending')).length;
      const contents = await repo.riskAssessmentsById(
        db,
        rows.map((row) => row.risk_assessment_id),
      );
      const items = rows.map((row) => {
        const content = contents.get(row.risk_assessment_id);
        return queueItem(row, content ? readRiskResult(JSON.parse(content) as RiskAssessment) : null);
      });
      return { items, pendingCount: pending };
    },

    /**
     * Records the doctor's decision and writes what it creates, in one transaction: the RiskAssessment's
     * new version (reviewed, with the adjusted category), the Condition, the orders, the Goals and the
     * CarePlan. A review decided by someone else meanwhile is a conflict, and nothing is written.
     */
    async decide(
      write: WriteOrigin,
      patientId: string,
      reviewId: string,
      body: ReviewDecisionRequest,
    ): Promise<ReviewDetail> {
      const request = ReviewDecisionSchema.parse(body);
      const row = await repo.review(db, patientId, reviewId);
      if (!row) throw notFound('risk_review_not_found', 'There is no such review for this patient.');
      if (row.status !== 'pending')
        throw conflict(
          'risk_review_decided',
          'This result has already been reviewed (or a newer result replaced it).',
        );
      const found = await riskResult(patientId, row.risk_assessment_id);
      if (!found?.result || !found.resource.id)
        throw notFound('risk_result_not_found', 'The risk result of this review is missing.');
      const now = clock.now().toISOString();
      const author = authorReference(write.actor);
      const status = STATUS_OF[request.decision];
      const requests: WriteRequest[] = [];

      const verdict =
        status === 'adjusted'
          ? `adjusted the category to ${request.adjustedCategory}`
          : status === 'confirmed'
            ? 'confirmed the result'
            : 'rejected the result';
      const reviewed: RiskAssessment = {
        ...found.resource,
        status: status === 'adjusted' ? 'amended' : 'final',
        note: [
          ...(found.resource.note ?? []),
          { authorString: write.actor.displayName, time: now, text: `Reviewed: ${verdict}.` },
        ],
        ...(status === 'adjusted' && found.resource.prediction?.[0]
          ? {
              prediction: [
                {
                  ...found.resource.prediction[0],
                  qualitativeRisk: {
                    coding: [{ system: CDS_CATEGORY_SYSTEM, code: request.adjustedCategory ?? '' }],
                    text: `${request.adjustedCategory} (adjusted by the reviewing doctor)`,
                  },
                },
                ...found.resource.prediction.slice(1),
              ],
            }
          : {}),
      };
      requests.push({
        method: 'PUT',
        resourceType: 'RiskAssessment',
        id: found.resource.id,
        resource: reviewed,
        ifMatch: Number(found.resource.meta?.versionId ?? 0) || undefined,
      } as WriteRequest);

      let conditionRef: string | null = null;
      if (request.condition) {
        conditionRef = `urn:uuid:${randomUUID()}`;
        requests.push({
          method: 'POST',
          fullUrl: conditionRef,
          resource: reviewedCondition({
            code: request.condition,
            patientId,
            recorder: author,
            recordedDate: now,
            riskAssessmentId: found.resource.id,
          }),
        });
      }
      const serviceRequests = request.serviceRequests.map((order) => {
        const fullUrl = `urn:uuid:${randomUUID()}`;
        requests.push({
          method: 'POST',
          fullUrl,
          resource: reviewedServiceRequest({
            code: order.code,
            reason: order.reason,
            patientId,
            requester: author,
            authoredOn: now,
            riskAssessmentId: found.resource.id ?? '',
          }),
        });
        return { ref: fullUrl, code: order.code, reason: order.reason };
      });
      if (request.carePlan) {
        const goalRefs = request.carePlan.goals.map((goal) => {
          const fullUrl = `urn:uuid:${randomUUID()}`;
          requests.push({
            method: 'POST',
            fullUrl,
            resource: planGoal({
              description: goal.description,
              targetDate: goal.targetDate,
              patientId,
              conditionRef,
              expressedBy: author,
              startDate: now.slice(0, 10),
            }),
          });
          return fullUrl;
        });
        requests.push({
          method: 'POST',
          resource: carePlanOf({
            draft: request.carePlan,
            patientId,
            author,
            created: now,
            riskAssessmentId: found.resource.id,
            conditionRef,
            goalRefs,
            serviceRequests,
          }),
        });
      }

      const ctx: FhirContext = {
        ...write,
        interaction: 'transaction',
        isAccessRecorded: true,
        action: 'patient.review-risk',
      };
      await fhir.writer.write(ctx, requests, {
        inTransaction: async (trx, results) => {
          const created = results
            .filter((result) => result.status === 201)
            .map((result) => `${result.resourceType}/${result.id}`);
          const decided = await repo.decide(trx, reviewId, {
            status,
            userId: write.actor.userId,
            noteEnvelope: cipher.encrypt(request.note, noteContext(reviewId)),
            adjustedCategory: request.adjustedCategory,
            createdResources: created,
            now: clock.now(),
          });
          if (!decided)
            throw conflict(
              'risk_review_decided',
              'This result has already been reviewed (or a newer result replaced it).',
            );
          const patientUser = await trx
            .selectFrom('patients')
            .select('user_id')
            .where('id', '=', patientId)
            .executeTakeFirst();
          if (patientUser?.user_id) {
            await repo.notify(trx, {
              id: randomUUID(),
              userId: patientUser.user_id,
              kind: 'risk-review',
              title: 'Your doctor has reviewed one of your risk results',
              link: '/patient/risks',
              now: clock.now(),
            });
          }
        },
      });
      return detail(patientId, reviewId);
    },

    /** The patient's treatment plans, newest first. */
    async carePlans(patientId: string): Promise<CarePlanView[]> {
      const related = await relatedOf(patientId);
      return related.plans
        .filter((plan) => plan.status !== 'entered-in-error')
        .map((plan) => presentCarePlan(plan, related))
        .sort((a, b) => (b.created ?? '').localeCompare(a.created ?? ''));
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
