import { describe, expect, it } from 'vitest';
import { group } from './compatibility.fixtures.ts';
import { type ElectronicIssueInput, electronicIssueEligibility } from './electronic-issue.ts';

const base: ElectronicIssueInput = {
  determinations: [
    { sampleId: 'current', aboRh: group('A+') },
    { sampleId: 'historical', aboRh: group('A+') },
  ],
  currentSample: { id: 'current', isValid: true },
  antibodyScreen: 'negative',
  hasClinicallySignificantAntibodyHistory: false,
  unit: { aboRh: group('A+'), aboConfirmed: true, rhdConfirmed: false },
  system: { blocksAboIncompatible: true, alertsRhdPositiveToNegative: true },
  entry: { patient: 'scanned', unit: 'scanned' },
};

describe('electronic issue (§4.8, AT-15)', () => {
  it('two concordant determinations and a negative screen → allowed', () => {
    expect(electronicIssueEligibility(base)).toEqual({ eligible: true, failed: [], crossmatch: 'none' });
  });

  it('one determination → refused, immediate-spin crossmatch', () => {
    const result = electronicIssueEligibility({ ...base, determinations: base.determinations.slice(0, 1) });
    expect(result.failed).toContain('two_concordant_determinations');
    expect(result).toMatchObject({ eligible: false, crossmatch: 'immediate_spin' });
  });

  it('discordant or not on the current valid sample → fails criterion 1', () => {
    const discordant = [base.determinations[0], { sampleId: 'historical', aboRh: group('O+') }].filter(
      (d) => d !== undefined,
    );
    expect(electronicIssueEligibility({ ...base, determinations: discordant }).failed).toContain(
      'two_concordant_determinations',
    );
    expect(
      electronicIssueEligibility({ ...base, currentSample: { id: 'current', isValid: false } }).failed,
    ).toContain('two_concordant_determinations');
    expect(
      electronicIssueEligibility({ ...base, currentSample: { id: 'other', isValid: true } }).failed,
    ).toContain('two_concordant_determinations');
  });

  it('positive screen (anti-K) or antibody history → refused, IAT crossmatch', () => {
    expect(electronicIssueEligibility({ ...base, antibodyScreen: 'positive' })).toMatchObject({
      failed: ['antibody_screen_negative_no_history'],
      crossmatch: 'iat',
    });
    expect(
      electronicIssueEligibility({ ...base, hasClinicallySignificantAntibodyHistory: true }).crossmatch,
    ).toBe('iat');
  });

  it('unit RhD must be confirmed when labelled negative', () => {
    const neg = { ...base.unit, aboRh: group('A-') };
    expect(electronicIssueEligibility({ ...base, unit: neg }).failed).toEqual(['unit_group_confirmed']);
    expect(electronicIssueEligibility({ ...base, unit: { ...neg, rhdConfirmed: true } }).eligible).toBe(true);
    expect(
      electronicIssueEligibility({ ...base, unit: { ...base.unit, aboConfirmed: false } }).failed,
    ).toEqual(['unit_group_confirmed']);
  });

  it('system safeguards and ABO-incompatible assignment fail criterion 4; typed entry fails 5', () => {
    expect(
      electronicIssueEligibility({ ...base, unit: { ...base.unit, aboRh: group('B+') } }).failed,
    ).toEqual(['system_blocks_incompatible']);
    expect(
      electronicIssueEligibility({
        ...base,
        system: { blocksAboIncompatible: true, alertsRhdPositiveToNegative: false },
      }).failed,
    ).toEqual(['system_blocks_incompatible']);
    expect(
      electronicIssueEligibility({ ...base, entry: { patient: 'typed', unit: 'scanned' } }).failed,
    ).toEqual(['data_entry_verified']);
  });
});
