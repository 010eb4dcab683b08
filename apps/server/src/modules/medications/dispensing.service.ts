import { randomUUID } from 'node:crypto';
import { describeDosage } from '@nexus/clinical';
import type { DispenseRequest, DispenseResult, PharmacyQueue, VerifiedPrescription } from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import { type Database, withTransaction } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { EprescriptionsModule } from '../eprescriptions/index.ts';
import type { MedicineKnowledge } from './medicine-knowledge.ts';
import type { PrescriptionNotifier } from './prescribing.service.ts';
import { DuplicateDispenseKey, type PrescriptionRow, type PrescriptionsRepo } from './prescriptions.repo.ts';

const FAILURE_MESSAGES: Record<Exclude<VerifiedPrescription, { valid: true }>['reason'], string> = {
  malformed: 'This is not a prescription code. Scan it again or type it exactly.',
  'unknown-key': 'This prescription was not signed by this platform.',
  'bad-signature': 'The prescription code has been changed or forged: do not dispense.',
  expired: 'This prescription has expired.',
  'not-yet-valid': 'This prescription is not valid yet.',
  'wrong-type': 'This code is not a prescription.',
  'invalid-claims': 'This prescription code is not one this platform can read.',
  'not-found': 'There is no such prescription here.',
  cancelled: 'The prescriber cancelled this prescription: do not dispense.',
  completed: 'This prescription has been dispensed in full.',
  'other-pharmacy': 'This prescription was sent to another pharmacy.',
};

type Verified =
  | { ok: true; row: PrescriptionRow }
  | { ok: false; result: Exclude<VerifiedPrescription, { valid: true }> };

const refused = (reason: keyof typeof FAILURE_MESSAGES): Verified => ({
  ok: false,
  result: { valid: false, reason, message: FAILURE_MESSAGES[reason] },
});

/**
 * The pharmacy's side: a scanned or typed code is verified (signature against this server's keys,
 * expiry, then the prescription itself: not cancelled, not used up, for this pharmacy or any), and
 * dispensed in one transaction that can never go past the authorised quantity. The pharmacist sees
 * what the code says and what remains, never the patient's record.
 */
export function createDispensingService(deps: {
  db: Database['kysely'];
  repo: PrescriptionsRepo;
  knowledge: MedicineKnowledge;
  eprescriptions: Pick<EprescriptionsModule, 'verify'>;
  audit: AuditRecorder;
  clock: Clock;
  notify: PrescriptionNotifier;
}) {
  const { db, repo, clock } = deps;

  async function verifyFor(pharmacyId: string, token: string): Promise<Verified> {
    const verification = await deps.eprescriptions.verify(token);
    if (!verification.valid)
      return refused(verification.reason === 'revoked-key' ? 'bad-signature' : verification.reason);
    const row = await repo.byId(db, verification.claims.prescriptionId);
    if (!row) return refused('not-found');
    if (row.status === 'cancelled') return refused('cancelled');
    if (row.status === 'completed') return refused('completed');
    if (row.expiresAt <= clock.now()) return refused('expired');
    if (row.pharmacyOrganisationId !== null && row.pharmacyOrganisationId !== pharmacyId)
      return refused('other-pharmacy');
    return { ok: true, row };
  }

  const audited = (
    actor: Actor,
    pharmacyId: string,
    row: PrescriptionRow,
    action: string,
    details: Record<string, string | number>,
  ) =>
    deps.audit.record({
      actorUserId: actor.userId,
      action,
      outcome: 'success',
      patientId: row.patientId,
      resourceType: 'MedicationRequest',
      resourceId: row.id,
      details: { pharmacyId, basis: 'prescription_presented', ...details },
    });

  const present = (row: PrescriptionRow): VerifiedPrescription => ({
    valid: true,
    prescriptionId: row.id,
    patientName: row.patientName,
    patientBirthDate: null,
    prescriber: row.prescriberName,
    medicine: deps.knowledge.entry(row.productId)?.display ?? row.productId,
    dosageText: describeDosage(row.dosage),
    authorisedUnits: row.authorisedUnits,
    remainingUnits: row.authorisedUnits - row.dispensedUnits,
    expiresAt: row.expiresAt.toISOString(),
  });

  return {
    /** What the code says and what remains of it; a refusal says why, and shows nothing from the code. */
    async verify(actor: Actor, pharmacyId: string, token: string): Promise<VerifiedPrescription> {
      const verified = await verifyFor(pharmacyId, token);
      if (!verified.ok) return verified.result;
      await audited(actor, pharmacyId, verified.row, 'prescription.verify', {});
      return present(verified.row);
    },

    async dispense(actor: Actor, pharmacyId: string, request: DispenseRequest): Promise<DispenseResult> {
      const verified = await verifyFor(pharmacyId, request.token);
      if (!verified.ok) {
        // A retry of a dispense that completed the prescription is answered as the first one was.
        const replay = await replayOf(request);
        if (replay) return replay;
        throw new AppError(
          `prescription_${verified.result.reason.replaceAll('-', '_')}`,
          409,
          verified.result.message,
        );
      }
      const { row } = verified;
      const attempt = () =>
        withTransaction(db, async (trx) => {
          const outcome = await repo.dispense(trx, {
            id: randomUUID(),
            prescriptionId: row.id,
            pharmacyId,
            pharmacistUserId: actor.userId,
            units: request.units,
            idempotencyKey: request.idempotencyKey,
            now: clock.now(),
          });
          if (outcome.ok && !outcome.isReplay) {
            const patient = await trx
              .selectFrom('patients')
              .select('user_id')
              .where('id', '=', row.patientId)
              .executeTakeFirst();
            if (patient?.user_id)
              await deps.notify(trx, {
                userId: patient.user_id,
                title:
                  outcome.status === 'completed'
                    ? 'Your prescription has been dispensed in full'
                    : 'Part of your prescription was dispensed',
                link: `/patient/medications#prescription-${row.id}`,
              });
          }
          return outcome;
        });
      let outcome: Awaited<ReturnType<typeof attempt>>;
      try {
        outcome = await attempt();
      } catch (error) {
        if (!(error instanceof DuplicateDispenseKey)) throw error;
        outcome = await attempt();
      }
      if (!outcome.ok) {
        const reason = outcome.refusal === 'exceeds-remaining' ? null : outcome.refusal;
        throw new AppError(
          reason ? `prescription_${reason.replaceAll('-', '_')}` : 'dispense_exceeds_remaining',
          409,
          reason
            ? FAILURE_MESSAGES[reason]
            : `Only ${outcome.remainingUnits} units remain on this prescription.`,
        );
      }
      if (!outcome.isReplay)
        await audited(actor, pharmacyId, row, 'prescription.dispense', {
          units: outcome.units,
          dispenseId: outcome.dispenseId,
        });
      return {
        dispenseId: outcome.dispenseId,
        prescriptionId: row.id,
        units: outcome.units,
        remainingUnits: outcome.remainingUnits,
        status: outcome.status,
      };
    },

    /** The prescriptions sent to this pharmacy, waiting to be dispensed. */
    async queue(pharmacyId: string): Promise<PharmacyQueue> {
      const rows = await repo.pharmacyQueue(db, pharmacyId, clock.now());
      return {
        prescriptions: rows.map((row) => ({
          prescriptionId: row.id,
          patientName: row.patientName,
          medicine: deps.knowledge.entry(row.productId)?.display ?? row.productId,
          remainingUnits: row.authorisedUnits - row.dispensedUnits,
          signedAt: row.signedAt.toISOString(),
          expiresAt: row.expiresAt.toISOString(),
          token: row.token,
        })),
      };
    },
  };

  async function replayOf(request: DispenseRequest): Promise<DispenseResult | null> {
    const previous = await db
      .selectFrom('prescription_dispenses as d')
      .innerJoin('prescriptions as p', 'p.id', 'd.prescription_id')
      .select([
        'd.id',
        'd.units',
        'p.id as prescription_id',
        'p.authorised_units',
        'p.dispensed_units',
        'p.status',
      ])
      .where('d.idempotency_key', '=', request.idempotencyKey)
      .where('p.token', '=', request.token.replace(/\s+/g, ''))
      .executeTakeFirst();
    return previous
      ? {
          dispenseId: previous.id,
          prescriptionId: previous.prescription_id,
          units: previous.units,
          remainingUnits: previous.authorised_units - previous.dispensed_units,
          status: previous.status,
        }
      : null;
  }
}
export type DispensingService = ReturnType<typeof createDispensingService>;
