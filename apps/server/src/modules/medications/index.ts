import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Database } from '../../platform/db/database.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { EprescriptionsModule } from '../eprescriptions/index.ts';
import type { FhirServices } from '../fhir/index.ts';
import type { NotificationDispatcher } from '../notifications/index.ts';
import type { RemindersService } from '../reminders/index.ts';
import { createDispensingService } from './dispensing.service.ts';
import { medicationsRoutes } from './medications.routes.ts';
import type { MedicineKnowledge } from './medicine-knowledge.ts';
import { createPrescribingService, type PrescriptionNotifier } from './prescribing.service.ts';
import { createPrescriptionsRepo } from './prescriptions.repo.ts';

export type { MedicineKnowledge } from './medicine-knowledge.ts';
export type { PrescriptionNotifier } from './prescribing.service.ts';

/** Prescription notices through the platform's dispatcher: in the app, and by push where subscribed. */
export function prescriptionNotifierFor(
  dispatcher: Pick<NotificationDispatcher, 'notify'>,
): PrescriptionNotifier {
  return async (db, notice) => {
    await dispatcher.notify(db, { ...notice, kind: 'prescription' }, { channels: ['in-app', 'push'] });
  };
}

/**
 * Medications: the catalogue, prescribing with safety checks and signed e-prescriptions, the
 * patient's own medicines, and dispensing at a pharmacy (never past the authorised quantity).
 */
export function createMedicationsModule(deps: {
  db: Database['kysely'];
  knowledge: MedicineKnowledge;
  fhir: Pick<FhirServices, 'records' | 'writer'>;
  eprescriptions: Pick<EprescriptionsModule, 'signingKeys' | 'verify'>;
  reminders: Pick<RemindersService, 'schedule' | 'unschedule' | 'planSoon'>;
  cipher: EnvelopeCipher;
  audit: AuditRecorder;
  clock: Clock;
  publicUrl: string;
  productName: string;
  notify: PrescriptionNotifier;
}) {
  const repo = createPrescriptionsRepo();
  const prescribing = createPrescribingService({ ...deps, repo });
  const dispensing = createDispensingService({ ...deps, repo });
  const routes: FastifyPluginAsyncZod = medicationsRoutes({
    knowledge: deps.knowledge,
    prescribing,
    dispensing,
    eprescriptions: deps.eprescriptions,
    productName: deps.productName,
  });
  return { repo, prescribing, dispensing, routes };
}
export type MedicationsModule = ReturnType<typeof createMedicationsModule>;
