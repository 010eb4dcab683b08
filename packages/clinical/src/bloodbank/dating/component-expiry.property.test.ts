import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expiryOf } from './component-expiry.ts';
import { US_COMPONENT_TYPES } from './us-component-types.ts';

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'] as const;
const dayDated = US_COMPONENT_TYPES.filter((row) => row.dating.endOfDay && row.dating.from === 'collection');
const instant = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) })
  .map((ms) => new Date(ms));

describe('day-dated expiry, for any collection instant and zone', () => {
  it('is a local midnight, the label day is start + N, and the unit is usable until then', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dayDated),
        fc.constantFrom(...ZONES),
        instant,
        (row, zone, collectedAt) => {
          const result = expiryOf({ kind: 'collection', rule: row.dating, timeZone: zone, collectedAt });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const local = DateTime.fromJSDate(result.expiresAt, { zone });
          expect([local.hour, local.minute, local.second]).toEqual([0, 0, 0]);
          const labelDay = local.minus({ days: 1 }).toISODate();
          const expectedDay = DateTime.fromJSDate(collectedAt, { zone })
            .startOf('day')
            .plus({ [row.dating.unit]: row.dating.value })
            .toISODate();
          expect(labelDay).toBe(expectedDay);
          expect(result.expiresAt.getTime()).toBeGreaterThan(collectedAt.getTime());
        },
      ),
    );
  });
});
