import { describe, expect, it } from 'vitest';
import { maxStorageDaysOf } from './dating-rules.ts';
import { US_COMPONENT_TYPES, usComponentType } from './us-component-types.ts';

describe('US component types (spec §4.5)', () => {
  it('has unique ids, a source and the US label on every row', () => {
    const ids = US_COMPONENT_TYPES.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of US_COMPONENT_TYPES) {
      expect(row.source.length).toBeGreaterThan(0);
      expect(row.jurisdiction).toBe('US');
    }
  });

  it('exposes maxStorageDays consistent with the rule (1 year = 365 days)', () => {
    for (const row of US_COMPONENT_TYPES)
      expect(row.maxStorageDays).toBeCloseTo(maxStorageDaysOf(row.dating), 10);
    expect(usComponentType('cryo')?.maxStorageDays).toBe(365);
    expect(usComponentType('rbc_frozen')?.maxStorageDays).toBe(3650);
  });

  it('states the spec periods', () => {
    const period = (id: string) => {
      const rule = usComponentType(id)?.dating;
      return rule && `${rule.value} ${rule.unit} from ${rule.from}${rule.endOfDay ? ', end of day' : ''}`;
    };
    expect(period('rbc_cpd')).toBe('21 days from collection, end of day');
    expect(period('rbc_cpda1')).toBe('35 days from collection, end of day');
    expect(period('wb_cpda1')).toBe('35 days from collection, end of day');
    expect(period('rbc_additive')).toBe('42 days from collection, end of day');
    expect(period('rbc_irradiated')).toBe('28 days from irradiation, end of day');
    expect(period('rbc_washed')).toBe('24 hours from opening');
    expect(period('rbc_frozen')).toBe('10 years from processing, end of day');
    expect(period('platelets')).toBe('5 days from collection, end of day');
    expect(period('platelets_7d')).toBe('7 days from collection, end of day');
    for (const id of ['ffp', 'pf24', 'pf24rt24', 'cryo'])
      expect(period(id)).toBe('1 years from collection, end of day');
    expect(period('ffp_thawed')).toBe('24 hours from thaw');
    expect(period('thawed_plasma')).toBe('5 days from thaw');
    expect(period('cryo_thawed')).toBe('6 hours from thaw');
    expect(period('cryo_thawed_pooled')).toBe('4 hours from thaw');
    expect(period('liquid_plasma')).toBe('5 days from parent_expiry, end of day');
  });

  it('flags the 7-day platelet row as needing a bacterial risk control, and only that row', () => {
    const flagged = US_COMPONENT_TYPES.filter((row) => 'requiresBacterialRiskControl' in row).map(
      (row) => row.id,
    );
    expect(flagged).toEqual(['platelets_7d']);
  });

  it('marks which components contain plasma', () => {
    expect(usComponentType('rbc_additive')?.containsPlasma).toBe(false);
    expect(usComponentType('platelets')?.containsPlasma).toBe(true);
    expect(usComponentType('wb_cpda1')?.containsPlasma).toBe(true);
    expect(usComponentType('nope')).toBeUndefined();
  });
});
