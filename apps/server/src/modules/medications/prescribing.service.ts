import { randomUUID } from 'node:crypto';
import type {
  AllergyIntolerance,
  MedicationRequest,
  MedicationStatement,
  Patient,
  Resource,
} from '@medplum/fhirtypes';
import { Dosage as DosageSchema, describeDosage } from '@nexus/clinical';
import type {
  AddOwnMedicationRequest,
  AddOwnMedicationResult,
  PrescribeRequest,
  PrescriptionView,
  ProposedMedication,
  SafetyAlert,
  SafetyCheckResult,
} from '@nexus/contracts';
import type { Clock } from '../../platform/clock.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { type EprescriptionsModule, signPrescription } from '../eprescriptions/index.ts';
import type { FhirContext, FhirServices } from '../fhir/index.ts';
import { displayNameOf } from '../fhir/patient-demographics.ts';
import { createNameLookup, presentMedication } from '../records/projections/index.ts';
import type { WriteOrigin } from '../records/record-writes.service.ts';
import type { RemindersService } from '../reminders/index.ts';
import { ownMedicationResource, prescriptionResource } from './medication-resources.ts';
import type { CurrentMedicine, MedicineKnowledge, RecordedAllergy } from './medicine-knowledge.ts';
import type { PrescriptionRow, PrescriptionsRepo } from './prescriptions.repo.ts';

export const overrideContext = (id: string) => `prescription-override:${id}`;

/** A patient-facing notice about a prescription: no medicine, a link into the app. */
export type PrescriptionNotifier = (
  db: Executor,
  notice: { userId: string; title: string; link: string },
) => Promise<void>;

const isActive = (resource: Resource) =>
  (resource.resourceType === 'MedicationRequest' && (resource as MedicationRequest).status === 'active') ||
  (resource.resourceType === 'MedicationStatement' && (resource as MedicationStatement).status === 'active');

const allergyIsCurrent = (allergy: AllergyIntolerance) => {
  const clinical = allergy.clinicalStatus?.coding?.[0]?.code;
  const verification = allergy.verificationStatus?.coding?.[0]?.code;
  return (
    clinical !== 'inactive' &&
    clinical !== 'resolved' &&
    verification !== 'refuted' &&
    verification !== 'entered-in-error'
  );
};

/**
 * Prescribing and the patient's own medicines. Before anything is signed the safety check runs
 * against the patient's active medicines (prescribed here, imported, or added by the patient) and
 * allergies; a major or contraindicated finding is signed through only with a reason, which is
 * stored encrypted and audited. Signing writes the FHIR MedicationRequest, the prescription row with
 * its signed token (for the pharmacy's QR code) and the reminder schedule in one transaction.
 */
export function createPrescribingService(deps: {
  db: Database['kysely'];
  repo: PrescriptionsRepo;
  knowledge: MedicineKnowledge;
  fhir: Pick<FhirServices, 'records' | 'writer'>;
  eprescriptions: Pick<EprescriptionsModule, 'signingKeys'>;
  reminders: Pick<RemindersService, 'schedule' | 'unschedule' | 'planSoon'>;
  cipher: EnvelopeCipher;
  audit: AuditRecorder;
  clock: Clock;
  publicUrl: string;
  notify: PrescriptionNotifier;
}) {
  const { db, repo, knowledge, fhir, clock } = deps;

  const fhirContext = (write: WriteOrigin, interaction: 'create' | 'update'): FhirContext => ({
    ...write,
    interaction,
    isAccessRecorded: true,
  });

  async function patientOf(patientId: string): Promise<Patient> {
    const found = await fhir.records.resource('Patient', patientId);
    if (!found) throw notFound('record_not_found', 'There is no record for this patient.');
    return found.resource as Patient;
  }

  /** The patient's active medicines and current allergies, as the safety check reads them. */
  async function safetyContext(patientId: string) {
    const resources = await fhir.records.compartment(patientId, [
      'MedicationRequest',
      'MedicationStatement',
      'AllergyIntolerance',
    ]);
    const structured = new Map(
      (await repo.forPatient(db, patientId))
        .filter((row) => row.status === 'active')
        .map((row) => [row.id, row.dosage]),
    );
    const medicines: CurrentMedicine[] = [];
    const allergies: RecordedAllergy[] = [];
    for (const resource of resources) {
      if (resource.resourceType === 'AllergyIntolerance') {
        const allergy = resource as AllergyIntolerance;
        if (!allergyIsCurrent(allergy)) continue;
        allergies.push({
          label: allergy.code?.text ?? allergy.code?.coding?.[0]?.display ?? 'Allergy',
          codings: allergy.code?.coding ?? [],
        });
        continue;
      }
      if (!isActive(resource)) continue;
      const medication = resource as MedicationRequest | MedicationStatement;
      const concept = medication.medicationCodeableConcept ?? {};
      medicines.push({
        label: concept.text ?? concept.coding?.[0]?.display ?? 'Medicine',
        productId: knowledge.identify(concept),
        dosage: (medication.id ? structured.get(medication.id) : undefined) ?? null,
      });
    }
    return { medicines, allergies };
  }

  async function check(patientId: string, proposal: ProposedMedication): Promise<SafetyCheckResult> {
    if (!knowledge.entry(proposal.productId))
      throw new AppError('unknown_medicine', 422, 'The medicine is not in the catalogue.');
    const context = await safetyContext(patientId);
    const { alerts, unrecognisedAllergies } = knowledge.check(proposal, context.medicines, context.allergies);
    const unrecognised = new Set(unrecognisedAllergies);
    return {
      alerts,
      checkedAgainst: {
        medicines: context.medicines.filter((m) => m.productId !== null).map((m) => m.label),
        allergies: context.allergies.filter((a) => !unrecognised.has(a.label)).map((a) => a.label),
        unmatched: [
          ...context.medicines.filter((m) => m.productId === null).map((m) => m.label),
          ...context.allergies.filter((a) => unrecognised.has(a.label)).map((a) => a.label),
        ],
      },
    };
  }

  async function views(rows: readonly PrescriptionRow[]): Promise<PrescriptionView[]> {
    const ids = rows.map((row) => row.id);
    const [dispenses, overrides] = await Promise.all([repo.dispensesOf(db, ids), repo.overridesOf(db, ids)]);
    const now = clock.now();
    return rows.map((row) => ({
      id: row.id,
      patientId: row.patientId,
      patientName: row.patientName,
      medicine: knowledge.entry(row.productId)?.display ?? row.productId,
      productId: row.productId,
      dosage: row.dosage,
      dosageText: describeDosage(row.dosage),
      quantityUnits: row.quantityUnits,
      refills: row.refills,
      authorisedUnits: row.authorisedUnits,
      dispensedUnits: row.dispensedUnits,
      remainingUnits: row.authorisedUnits - row.dispensedUnits,
      status: row.status === 'active' && row.expiresAt <= now ? 'expired' : row.status,
      signedAt: row.signedAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      prescriber: row.prescriberName,
      pharmacy: row.pharmacyName,
      dispenses: dispenses
        .filter((d) => d.prescription_id === row.id)
        .map((d) => ({
          units: d.units,
          dispensedAt: d.dispensed_at.toISOString(),
          pharmacy: d.pharmacy_name,
        })),
      overriddenAlerts: overrides
        .filter((o) => o.prescription_id === row.id)
        .map((o) => ({ title: o.alert_title, severity: o.severity })),
      token: row.status === 'active' ? row.token : null,
    }));
  }

  /** The patient's account (for notices), if they have one. */
  async function userOf(executor: Executor, patientId: string): Promise<string | null> {
    const row = await executor
      .selectFrom('patients')
      .select('user_id')
      .where('id', '=', patientId)
      .executeTakeFirst();
    return row?.user_id ?? null;
  }

  return {
    check,

    async prescriptions(patientId: string): Promise<PrescriptionView[]> {
      return views(await repo.forPatient(db, patientId));
    },

    async prescription(patientId: string, prescriptionId: string): Promise<PrescriptionRow> {
      const row = await repo.byId(db, prescriptionId);
      if (!row || row.patientId !== patientId)
        throw notFound('prescription_not_found', 'There is no such prescription.');
      return row;
    },

    async view(row: PrescriptionRow): Promise<PrescriptionView> {
      const [view] = await views([row]);
      if (!view) throw notFound('prescription_not_found', 'There is no such prescription.');
      return view;
    },

    /**
     * Signs a prescription. Every finding that needs an override must have one (a reason), or nothing
     * is written and the findings come back (422 `safety_override_required`).
     */
    async prescribe(
      write: WriteOrigin,
      patientId: string,
      request: PrescribeRequest,
    ): Promise<PrescriptionView> {
      const entry = knowledge.entry(request.productId);
      if (!entry) throw new AppError('unknown_medicine', 422, 'The medicine is not in the catalogue.');
      const patient = await patientOf(patientId);
      // A prescription names the patient's date of birth, for the pharmacist to check who is collecting.
      if (!patient.birthDate)
        throw new AppError(
          'birth_date_required',
          422,
          "Record the patient's date of birth before prescribing.",
        );
      const birthDate = patient.birthDate;
      const { alerts } = await check(patientId, request);
      const reasons = new Map(request.overrides.map((o) => [o.alertKey, o.reason]));
      const unanswered = alerts.filter((alert) => alert.needsOverride && !reasons.has(alert.key));
      if (unanswered.length > 0)
        throw new AppError(
          'safety_override_required',
          422,
          `Signing needs a reason for ${unanswered.length === 1 ? 'this alert' : 'these alerts'}: ${unanswered.map((a) => a.title).join('; ')}.`,
          unanswered.map((alert) => ({ pointer: `/overrides/${alert.key}`, detail: alert.title })),
        );
      const organisation = write.actor.memberships.find((m) => m.role === 'doctor');
      if (!organisation) throw new AppError('not_permitted', 403, 'Only doctors sign prescriptions.');
      const signedAt = clock.now();
      const expiresAt = new Date(signedAt.getTime() + request.validityDays * 86_400_000);
      const resource = prescriptionResource({
        patientId,
        entry,
        dosage: request.dosage,
        quantityUnits: request.quantityUnits,
        refills: request.refills,
        signedAt,
        expiresAt,
        prescriber: write.actor,
      });
      // The key is read before the transaction: on the embedded database a query outside it would wait for it.
      const signingKey = await deps.eprescriptions.signingKeys.activeSigningKey();
      let prescriptionId = '';
      await fhir.writer.write(fhirContext(write, 'create'), [{ method: 'POST', resource }], {
        inTransaction: async (trx, results) => {
          prescriptionId = results[0]?.resource?.id ?? '';
          const token = await signPrescription(
            {
              version: 1,
              prescriptionId,
              issuer: deps.publicUrl,
              issuedAt: signedAt,
              expiresAt,
              prescriber: {
                userId: write.actor.userId,
                name: write.actor.displayName,
                registrationNumber: null,
                organisation: { id: organisation.organisationId, name: organisation.organisationName },
              },
              patient: {
                id: patientId,
                name: displayNameOf(patient).slice(0, 100),
                birthDate,
              },
              items: [
                {
                  productId: entry.productId,
                  name: entry.display.slice(0, 100),
                  strengthAndForm: null,
                  dosage: describeDosage(request.dosage).slice(0, 200),
                  quantity: request.quantityUnits,
                  refills: request.refills,
                },
              ],
            },
            signingKey,
          );
          await repo.insert(trx, {
            id: prescriptionId,
            patientId,
            organisationId: organisation.organisationId,
            prescriberUserId: write.actor.userId,
            productId: entry.productId,
            dosage: request.dosage,
            quantityUnits: request.quantityUnits,
            refills: request.refills,
            signedAt,
            expiresAt,
            token,
            pharmacyOrganisationId: request.pharmacyOrganisationId,
          });
          for (const alert of alerts.filter((a) => a.needsOverride)) {
            const id = randomUUID();
            await repo.insertOverride(trx, {
              id,
              prescriptionId,
              alertKind: alert.kind,
              severity: alert.severity === 'contraindicated' ? 'contraindicated' : 'major',
              alertKey: alert.key,
              alertTitle: alert.title,
              reasonEnvelope: deps.cipher.encrypt(reasons.get(alert.key) ?? '', overrideContext(id)),
              userId: write.actor.userId,
              now: signedAt,
            });
            // The override is its own audit event: who signed through which kind of alert, never the reason.
            await deps.audit.record(
              {
                actorUserId: write.actor.userId,
                action: 'prescription.override_safety_alert',
                outcome: 'success',
                patientId,
                resourceType: 'MedicationRequest',
                resourceId: prescriptionId,
                origin: write.origin,
                details: { alertKind: alert.kind, severity: alert.severity, overrideId: id },
              },
              trx,
            );
          }
          if (request.reminders)
            await deps.reminders.schedule(trx, {
              patientId,
              sourceType: 'MedicationRequest',
              sourceId: prescriptionId,
              dosage: request.dosage,
            });
          const userId = await userOf(trx, patientId);
          if (userId)
            await deps.notify(trx, {
              userId,
              title: 'You have a new prescription',
              link: `/patient/medications#prescription-${prescriptionId}`,
            });
        },
      });
      await deps.reminders.planSoon();
      const row = await repo.byId(db, prescriptionId);
      if (!row) throw new Error('the prescription just signed is not there');
      return (await views([row]))[0] as PrescriptionView;
    },

    /** Cancels an active prescription: the record's MedicationRequest and the row, together; reminders stop. */
    async cancel(
      write: WriteOrigin,
      patientId: string,
      prescriptionId: string,
      reason: string,
    ): Promise<PrescriptionView> {
      const row = await repo.byId(db, prescriptionId);
      if (!row || row.patientId !== patientId)
        throw notFound('prescription_not_found', 'There is no such prescription.');
      const found = await fhir.records.resource('MedicationRequest', prescriptionId);
      if (!found) throw notFound('prescription_not_found', 'There is no such prescription.');
      const resource: MedicationRequest = {
        ...(found.resource as MedicationRequest),
        status: 'cancelled',
        statusReason: { text: reason },
      };
      await fhir.writer.write(
        fhirContext(write, 'update'),
        [{ method: 'PUT', resourceType: 'MedicationRequest', id: prescriptionId, resource }],
        {
          inTransaction: async (trx) => {
            if (!(await repo.cancel(trx, prescriptionId, write.actor.userId, clock.now())))
              throw new AppError(
                'prescription_not_active',
                409,
                'Only an active prescription can be cancelled.',
              );
            await deps.reminders.unschedule(trx, 'MedicationRequest', prescriptionId);
            const userId = await userOf(trx, patientId);
            if (userId)
              await deps.notify(trx, {
                userId,
                title: 'A prescription of yours was cancelled',
                link: `/patient/medications#prescription-${prescriptionId}`,
              });
          },
        },
      );
      const updated = await repo.byId(db, prescriptionId);
      return (await views(updated ? [updated] : []))[0] as PrescriptionView;
    },

    /** A medicine the patient says they take: checked like a prescription (for information), put on reminders. */
    async addOwn(
      write: WriteOrigin,
      patientId: string,
      request: AddOwnMedicationRequest,
    ): Promise<AddOwnMedicationResult> {
      const entry = knowledge.entry(request.productId);
      if (!entry) throw new AppError('unknown_medicine', 422, 'The medicine is not in the catalogue.');
      const { alerts } = await check(patientId, request);
      const resource = ownMedicationResource({
        patientId,
        entry,
        dosage: DosageSchema.parse(request.dosage),
        recordedAt: clock.now(),
        author: write.actor,
      });
      const results = await fhir.writer.write(fhirContext(write, 'create'), [{ method: 'POST', resource }], {
        inTransaction: async (trx, written) => {
          const id = written[0]?.resource?.id;
          if (request.reminders && id)
            await deps.reminders.schedule(trx, {
              patientId,
              sourceType: 'MedicationStatement',
              sourceId: id,
              dosage: request.dosage,
            });
        },
      });
      await deps.reminders.planSoon();
      const stored = results[0]?.resource as MedicationStatement;
      return { medication: presentMedication(stored, createNameLookup([])), alerts: alerts as SafetyAlert[] };
    },
  };
}
export type PrescribingService = ReturnType<typeof createPrescribingService>;
