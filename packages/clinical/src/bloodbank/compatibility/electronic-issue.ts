import { rbcAboCompatible } from './abo-compatibility.ts';
import { type AboRh, isSameAboRh } from './blood-group.types.ts';

/**
 * Electronic issue (computer crossmatch) eligibility: the five AABB criteria (§4.8; U. Alberta TM
 * modules, Medscape, Judd Vox Sang 1998) [S]. Each criterion is judged separately so the caller can show
 * every one that fails, and the fallback crossmatch is named.
 */

export type ElectronicIssueCriterion =
  | 'two_concordant_determinations'
  | 'antibody_screen_negative_no_history'
  | 'unit_group_confirmed'
  | 'system_blocks_incompatible'
  | 'data_entry_verified';

/** One ABO/RhD determination of the patient and the sample it was made on. */
export type GroupDetermination = { readonly sampleId: string; readonly aboRh: AboRh };

export type ElectronicIssueInput = {
  readonly determinations: readonly GroupDetermination[];
  readonly currentSample: { readonly id: string; readonly isValid: boolean };
  readonly antibodyScreen: 'negative' | 'positive' | 'pending';
  readonly hasClinicallySignificantAntibodyHistory: boolean;
  readonly unit: {
    readonly aboRh: AboRh;
    readonly aboConfirmed: boolean;
    /** Needed only when the unit is labelled RhD-negative. */
    readonly rhdConfirmed: boolean;
  };
  readonly system: { readonly blocksAboIncompatible: boolean; readonly alertsRhdPositiveToNegative: boolean };
  readonly entry: { readonly patient: 'scanned' | 'typed'; readonly unit: 'scanned' | 'typed' };
};

export type ElectronicIssueResult = {
  readonly eligible: boolean;
  readonly failed: readonly ElectronicIssueCriterion[];
  /** What to do instead: none when eligible; immediate-spin when only non-serological criteria fail. */
  readonly crossmatch: 'none' | 'immediate_spin' | 'iat';
};

function hasTwoConcordant(input: ElectronicIssueInput): boolean {
  const { determinations, currentSample } = input;
  const current = determinations.find((d) => d.sampleId === currentSample.id);
  if (!current || !currentSample.isValid || determinations.length < 2) return false;
  return determinations.every((d) => isSameAboRh(d.aboRh, current.aboRh));
}

/** Which of the five criteria fail (empty → electronic issue allowed). */
export function electronicIssueEligibility(input: ElectronicIssueInput): ElectronicIssueResult {
  const failed: ElectronicIssueCriterion[] = [];
  const concordant = hasTwoConcordant(input);
  if (!concordant) failed.push('two_concordant_determinations');
  const antibodyFree = input.antibodyScreen === 'negative' && !input.hasClinicallySignificantAntibodyHistory;
  if (!antibodyFree) failed.push('antibody_screen_negative_no_history');
  const { unit } = input;
  if (!unit.aboConfirmed || (unit.aboRh.rhd === 'NEG' && !unit.rhdConfirmed))
    failed.push('unit_group_confirmed');
  const patientGroup = input.determinations[0]?.aboRh;
  // A system that would let this very assignment through is not blocking ABO incompatibility.
  const assignmentCompatible =
    concordant && patientGroup !== undefined && rbcAboCompatible(unit.aboRh.abo, patientGroup.abo);
  if (
    !input.system.blocksAboIncompatible ||
    !input.system.alertsRhdPositiveToNegative ||
    !assignmentCompatible
  ) {
    failed.push('system_blocks_incompatible');
  }
  if (input.entry.patient !== 'scanned' || input.entry.unit !== 'scanned') failed.push('data_entry_verified');
  const crossmatch = failed.length === 0 ? 'none' : antibodyFree ? 'immediate_spin' : 'iat';
  return { eligible: failed.length === 0, failed, crossmatch };
}
