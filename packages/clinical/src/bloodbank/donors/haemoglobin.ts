import type { SourcedValue } from '../compatibility/index.ts';

/** Haemoglobin units accepted on entry; rules compare in g/dL only (§4.1). */
export type HbUnit = 'g/dL' | 'g/L' | 'mmol/L';

/** A measured haemoglobin with the unit it was entered in. */
export type HbMeasurement = { readonly value: number; readonly unit: HbUnit };

/** Multiply by this to get g/dL; the mmol/L factor is a [P] constant and is labelled as such. */
export const HB_TO_G_PER_DL = {
  'g/dL': { value: 1, source: 'identity', jurisdiction: 'WHO', evidence: 'V' },
  'g/L': { value: 0.1, source: '1 g/dL = 10 g/L', jurisdiction: 'WHO', evidence: 'V' },
  'mmol/L': {
    value: 1.611,
    source: 'bloodbank spec §4.1: mmol/L × 1.611 (monomer Hb 16.1 kDa; project conversion constant)',
    jurisdiction: 'WHO',
    evidence: 'P',
  },
} as const satisfies Record<HbUnit, SourcedValue<number>>;

/** Haemoglobin in g/dL, rounded to 0.01 so 130 g/L is exactly 13.0 and float noise cannot flip a boundary. */
export function hbInGPerDl(measurement: HbMeasurement): number {
  return Math.round(measurement.value * HB_TO_G_PER_DL[measurement.unit].value * 100) / 100;
}
