import { SYSTEMS } from '../../../codes/code-systems.ts';
import type { CodedConcept } from '../../disease-module.ts';

export const LUNG_CANCER = { id: 'lung-cancer', name: 'Lung cancer' };

const sct = (code: string, display: string): CodedConcept => ({ system: SYSTEMS.snomed, code, display });
export const LOW_DOSE_CT = sct('16334891000119106', 'Low dose computed tomography of thorax');
export const SMOKING_CESSATION = sct('225323000', 'Smoking cessation education');
export const CT_CHEST = sct('169069000', 'Computed tomography of chest');
export const PET_CT = sct('450436003', 'Positron emission tomography with computed tomography');

export const percent = (fraction: number, digits = 2) => `${(fraction * 100).toFixed(digits)}%`;

/** "Out of 100 people like you, about N …", with 1,000 as the base when fewer than 1 in 100. */
export function outOf(fraction: number, does: string, doesNot: string, people: string): string {
  if (fraction >= 0.01) {
    const count = Math.round(fraction * 100);
    return `Out of 100 ${people}, about ${count} ${does}, and about ${100 - count} ${doesNot}.`;
  }
  const perThousand = Math.round(fraction * 1000);
  return `Out of 1,000 ${people}, ${perThousand < 1 ? 'fewer than 1' : `about ${perThousand}`} ${does}.`;
}
