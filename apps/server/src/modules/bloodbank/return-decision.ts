import type { bloodbank } from '@nexus/clinical';

/**
 * Whether a returned unit may go back to stock (spec §4.11; CSTM K6.1, AABB practice [S]). Pure: the
 * service records the inputs with the decision. Red cells (and whole blood, thawed plasma) travel at
 * 1–10 °C and may be reissued when kept in monitored storage or a validated cooler, or out of controlled
 * storage at most 30 minutes (or, where the site's policy is temperature-based, measured ≤ 10 °C);
 * platelets must have stayed at 20–24 °C, never refrigerated. The bag must be sealed, a segment
 * attached and the visual inspection passed. Anything else is discarded. Categories without a reissue
 * rule here (cryo, granulocytes) are never restocked.
 */

export type ReturnInspection = {
  readonly minutesOutOfControlledStorage: number;
  /** Probe or indicator reading at return; null when none was taken. */
  readonly temperatureC: number | null;
  /** Kept in monitored storage or a validated cooler throughout. */
  readonly containerValidated: boolean;
  readonly sealIntact: boolean;
  readonly segmentAttached: boolean;
  readonly visualInspectionPassed: boolean;
};

export type ReturnPolicy = {
  readonly basis: 'time' | 'temperature';
  readonly maxMinutesOut: number;
  readonly coldTransportC: { readonly min: number; readonly max: number };
  readonly plateletC: { readonly min: number; readonly max: number };
};

/** [S] CSTM K6.1 / AABB practice: 30 minutes, 1–10 °C transport, platelets 20–24 °C; time basis is the [P] default. */
export const RETURN_POLICY_DEFAULTS: ReturnPolicy = {
  basis: 'time',
  maxMinutesOut: 30,
  coldTransportC: { min: 1, max: 10 },
  plateletC: { min: 20, max: 24 },
};

export type ReturnDecision =
  | { readonly decision: 'restock' }
  | { readonly decision: 'discard'; readonly reason: 'temperature_excursion' | 'returned_unacceptable' };

const COLD_CHAIN: readonly bloodbank.ComponentCategory[] = ['rbc', 'whole_blood', 'plasma'];
const within = (value: number, range: { min: number; max: number }) =>
  value >= range.min && value <= range.max;

export function returnDecision(
  category: bloodbank.ComponentCategory,
  inspection: ReturnInspection,
  policy: ReturnPolicy = RETURN_POLICY_DEFAULTS,
): ReturnDecision {
  const discard = (reason: 'temperature_excursion' | 'returned_unacceptable'): ReturnDecision => ({
    decision: 'discard',
    reason,
  });
  const t = inspection.temperatureC;
  if (category === 'platelets') {
    // Platelets that were refrigerated (or overheated) lose function: a temperature excursion.
    if (t === null || !within(t, policy.plateletC)) return discard('temperature_excursion');
  } else if (COLD_CHAIN.includes(category)) {
    if (t !== null && !within(t, policy.coldTransportC)) return discard('temperature_excursion');
    const isColdChainKept =
      inspection.containerValidated ||
      inspection.minutesOutOfControlledStorage <= policy.maxMinutesOut ||
      (policy.basis === 'temperature' && t !== null && t <= policy.coldTransportC.max);
    if (!isColdChainKept) return discard('returned_unacceptable');
  } else return discard('returned_unacceptable');
  if (!inspection.sealIntact || !inspection.segmentAttached || !inspection.visualInspectionPassed)
    return discard('returned_unacceptable');
  return { decision: 'restock' };
}
