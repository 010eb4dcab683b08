import type { BloodGroupTable } from './data-structures.ts';

/**
 * TEST FIXTURES ONLY, not reference data. Two DS002 `gg` codes as they appear in a public
 * transcription of ISBT 128 ST-001 (spec §4.6 [P]); the real table is licensed from ICCBBA and loaded
 * per site. Nothing outside tests may import this file, and the package index does not export it.
 */
export const BLOOD_GROUP_TABLE_FIXTURE = {
  '51': { kind: 'abo_rhd', abo: 'O', rhD: 'positive' },
  '95': { kind: 'abo_rhd', abo: 'O', rhD: 'negative' },
} as const satisfies BloodGroupTable;
