import type { PrescribeRequest, ProposedMedication, SafetyAlert } from '@nexus/contracts';
import { parseNumber } from '../../records/writing/form-values.ts';
import type { ChosenProduct } from '../display/MedicineSearch.tsx';
import { checkDosage, type DosageDraft, type DosageErrors } from '../dosage/dosage-form.ts';
import { prescribingStrings as s } from './prescribing.strings.ts';

/** The least an override reason may be (the server's rule). */
export const OVERRIDE_MIN = 5;
export const OVERRIDE_MAX = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PrescribeDraft = {
  product: ChosenProduct | null;
  dosage: DosageDraft;
  quantityUnits: string;
  refills: string;
  validityDays: string;
  pharmacyOrganisationId: string;
  reminders: boolean;
};

export type PrescribeErrors = DosageErrors &
  Partial<
    Record<'product' | 'quantityUnits' | 'refills' | 'validityDays' | 'pharmacyOrganisationId', string>
  >;

/** The medicine and dosage the safety check looks at, or what is wrong with them. */
export function checkProposal(draft: PrescribeDraft): {
  proposal: ProposedMedication | null;
  errors: PrescribeErrors;
} {
  const { dosage, errors } = checkDosage(draft.dosage);
  const all: PrescribeErrors = { ...errors };
  if (!draft.product) all.product = s.medicineRequired;
  return {
    proposal: draft.product && dosage ? { productId: draft.product.id, dosage } : null,
    errors: all,
  };
}

/** Whether a safety check's result is for this very proposal (anything changed since means check again). */
export const proposalKey = (proposal: ProposedMedication) => JSON.stringify(proposal);

/** The alerts that need a reason to sign through and have none that is long enough yet. */
export const alertsWithoutReason = (
  alerts: readonly SafetyAlert[],
  reasons: Readonly<Record<string, string>>,
) => alerts.filter((alert) => alert.needsOverride && (reasons[alert.key]?.trim().length ?? 0) < OVERRIDE_MIN);

function wholeIn(text: string, min: number, max: number): number | null {
  const value = parseNumber(text);
  return value !== null && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** The prescription to sign, with an override for each alert that needs one, or what is wrong. */
export function checkPrescription(
  draft: PrescribeDraft,
  alerts: readonly SafetyAlert[],
  reasons: Readonly<Record<string, string>>,
): { request: PrescribeRequest | null; errors: PrescribeErrors } {
  const { proposal, errors } = checkProposal(draft);
  const quantityUnits = wholeIn(draft.quantityUnits, 1, 10_000);
  if (quantityUnits === null) errors.quantityUnits = s.wholeBetween(1, 10_000);
  const refills = wholeIn(draft.refills, 0, 12);
  if (refills === null) errors.refills = s.wholeBetween(0, 12);
  const validityDays = wholeIn(draft.validityDays, 1, 30);
  if (validityDays === null) errors.validityDays = s.wholeBetween(1, 30);
  const pharmacy = draft.pharmacyOrganisationId.trim();
  if (pharmacy !== '' && !UUID.test(pharmacy)) errors.pharmacyOrganisationId = s.pharmacyInvalid;
  if (
    !proposal ||
    quantityUnits === null ||
    refills === null ||
    validityDays === null ||
    errors.pharmacyOrganisationId ||
    alertsWithoutReason(alerts, reasons).length > 0
  )
    return { request: null, errors };
  return {
    request: {
      ...proposal,
      quantityUnits,
      refills,
      validityDays,
      pharmacyOrganisationId: pharmacy === '' ? null : pharmacy.toLowerCase(),
      overrides: alerts
        .filter((alert) => alert.needsOverride)
        .map((alert) => ({ alertKey: alert.key, reason: (reasons[alert.key] ?? '').trim() })),
      reminders: draft.reminders,
    },
    errors,
  };
}
