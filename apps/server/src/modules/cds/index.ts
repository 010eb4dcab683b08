import type { DiseaseRegistry } from '@nexus/clinical';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { ReadablePatients } from '../access/index.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { FhirServices } from '../fhir/index.ts';
import type { MailOutbox } from '../mail/index.ts';
import type { WriteOrigin } from '../records/record-writes.service.ts';
import { createAssessmentService } from './assessment.service.ts';
import { cdsJobs } from './cds.jobs.ts';
import { createCdsRepo } from './cds.repo.ts';
import { cdsRoutes } from './cds.routes.ts';
import { createPopulationService } from './population.service.ts';
import { createReviewService } from './review.service.ts';

export { NIGHTLY_ASSESSMENT_QUEUE } from './cds.jobs.ts';
export { loadDiseaseRegistry } from './module-discovery.ts';

/**
 * Clinical decision support: the disease modules run on patients' records (after the symptoms and
 * history questionnaire, at a clinician's or patient's request, and nightly for changed records),
 * results stored as FHIR RiskAssessments, the doctors' review queue and decisions (Condition,
 * ServiceRequest, CarePlan), the population report and in-app notifications.
 */
export function createCdsModule(deps: {
  db: Executor;
  registry: DiseaseRegistry;
  fhir: Pick<FhirServices, 'records' | 'writer'>;
  readablePatients: ReadablePatients;
  cipher: EnvelopeCipher;
  outbox: MailOutbox;
  audit: AuditRecorder;
  clock: Clock;
  log: Logger;
  publicUrl: string;
}) {
  const repo = createCdsRepo();
  const reviews = createReviewService({ ...deps, repo });
  const assessments = createAssessmentService({
    registry: deps.registry,
    fhir: deps.fhir,
    clock: deps.clock,
    intake: reviews.intake,
  });
  const population = createPopulationService({ ...deps, repo });
  const routes: FastifyPluginAsyncZod = cdsRoutes({
    registry: deps.registry,
    assessments,
    reviews,
    population,
    audit: deps.audit,
  });
  /** After the patient submits the questionnaire: run the modules its answers complete (never fails the submit). */
  const afterQuestionnaire = async (write: WriteOrigin, patientId: string) => {
    try {
      await assessments.assessFromRecord(write, patientId, 'questionnaire');
    } catch (error) {
      deps.log.warn(
        { patientId, code: (error as { code?: string }).code ?? 'error' },
        'risk assessment after questionnaire failed',
      );
    }
  };
  const jobs = cdsJobs({ db: deps.db, repo, assessments, log: deps.log });
  return { repo, assessments, reviews, population, routes, afterQuestionnaire, jobs };
}
export type CdsModule = ReturnType<typeof createCdsModule>;
