import { type AboRh, parseAboRh } from './blood-group.types.ts';
import type { TransfusionPatient } from './transfusion-patient.ts';
import type { CandidateUnit } from './unit-decision.types.ts';

/** Test fixtures: an issuable unit and a confirmed-group adult male, each overridable field by field. */

export function group(text: string): AboRh {
  const parsed = parseAboRh(text);
  if (!parsed) throw new Error(`not a group: ${text}`);
  return parsed;
}

export function buildUnit(overrides: Partial<CandidateUnit> & { group?: string } = {}): CandidateUnit {
  const { group: text, ...rest } = overrides;
  return {
    id: 'unit-1',
    din: 'G123498654321',
    category: 'rbc',
    aboRh: group(text ?? 'O-'),
    aboRhConfirmed: true,
    status: 'available',
    holds: [],
    expiresAt: new Date('2025-04-01T00:00:00Z'),
    labelVerifiedAt: new Date('2025-03-01T00:00:00Z'),
    attributes: [],
    antigenNegative: [],
    ...rest,
  };
}

export function buildPatient(
  overrides: Partial<TransfusionPatient> & { group?: string } = {},
): TransfusionPatient {
  const { group: text, ...rest } = overrides;
  return {
    aboRh: group(text ?? 'A+'),
    groupStatus: 'confirmed',
    sex: 'male',
    ageYears: 60,
    antibodies: [],
    isChronicallyTransfused: false,
    specialRequirements: [],
    ...rest,
  };
}
