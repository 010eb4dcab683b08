import { DateTime, IANAZone } from 'luxon';
import { type DatingFrom, type DatingRule, MODIFICATION_FROMS } from './dating-rules.ts';

/**
 * When a unit stops being usable (spec §4.5). `expiresAt` is an exclusive instant: the unit is expired
 * from that instant on. Day- and year-dated rules end at local midnight in the SITE's zone, so a unit
 * labelled "23:59 on the 12th" in London expires at 00:00 BST on the 13th whatever the season; the
 * zone is the site's, not the server's, because the label is read on the site's wall clock.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How the unit came to need a new expiry. */
export type ExpiryInput =
  /** A primary collection or a child separated from whole blood: dated from the bleed itself. */
  | {
      kind: 'collection';
      rule: DatingRule;
      timeZone: string;
      /** Bleed start (the donation's `collectedAt`). */
      collectedAt: Date;
      /** The parent's `expiresAt`; needed only by `parent_expiry` rules (liquid plasma). */
      parentExpiresAt?: Date;
    }
  /** A processing step that starts a new dating period instead of capping it (freezing red cells). */
  | { kind: 'processing'; rule: DatingRule; timeZone: string; processedAt: Date }
  /** Irradiation, washing/opening, thawing, pooling: never later than the original expiry. */
  | { kind: 'modification'; rule: DatingRule; timeZone: string; modifiedAt: Date; originalExpiresAt: Date };

export type ExpiryResult =
  | {
      ok: true;
      expiresAt: Date;
      /** True when a modification's own period would have outlasted the original dating. */
      isCappedByOriginal: boolean;
    }
  | { ok: false; code: 'invalid_time_zone'; timeZone: string }
  | { ok: false; code: 'invalid_rule' }
  | { ok: false; code: 'invalid_instant' }
  | { ok: false; code: 'parent_expiry_missing' }
  /** The rule is counted from an event this kind of input does not describe. */
  | { ok: false; code: 'rule_not_applicable'; kind: ExpiryInput['kind']; from: DatingFrom };

const FROMS_BY_KIND: Record<ExpiryInput['kind'], readonly DatingFrom[]> = {
  collection: ['collection', 'parent_expiry'],
  processing: ['processing'],
  modification: MODIFICATION_FROMS,
};

function isValidInstant(instant: Date | undefined): instant is Date {
  return instant instanceof Date && Number.isFinite(instant.getTime());
}

function isValidRule(rule: DatingRule): boolean {
  return Number.isInteger(rule.value) && rule.value > 0;
}

/**
 * The start of the local day after the one `lastDay` falls on. Luxon gives the first instant of that
 * day, which is 01:00 in zones whose clocks skip midnight (America/Santiago in September).
 */
function startOfNextLocalDay(lastDay: DateTime): DateTime {
  return lastDay.startOf('day').plus({ days: 1 }).startOf('day');
}

/** The exclusive end of `rule` counted from `start`, in `zone`. */
function ruleEnd(start: Date, rule: DatingRule, zone: IANAZone): Date {
  const local = DateTime.fromJSDate(start, { zone });
  if (rule.endOfDay) {
    // Calendar arithmetic on the local date: luxon clamps 29 February + 1 year to 28 February.
    const lastDay =
      rule.unit === 'hours'
        ? local.plus({ hours: rule.value })
        : local.startOf('day').plus({ [rule.unit]: rule.value });
    return startOfNextLocalDay(lastDay).toJSDate();
  }
  if (rule.unit === 'hours') return new Date(start.getTime() + rule.value * HOUR_MS);
  if (rule.unit === 'days') return new Date(start.getTime() + rule.value * DAY_MS);
  return local.plus({ years: rule.value }).toJSDate();
}

function startOf(input: ExpiryInput): Date | 'parent_expiry_missing' {
  if (input.kind === 'processing') return input.processedAt;
  if (input.kind === 'modification') return input.modifiedAt;
  if (input.rule.from === 'collection') return input.collectedAt;
  if (!isValidInstant(input.parentExpiresAt)) return 'parent_expiry_missing';
  // The parent's expiry is exclusive; its last usable instant is what "N days after" counts from.
  return new Date(input.parentExpiresAt.getTime() - 1);
}

/**
 * The `expiresAt` of a unit. Separation dates a child from its own rule and the bleed, so a child may
 * outlive its parent (FFP for a year from 35-day whole blood); a modification gives
 * `min(original expiresAt, modifiedAt + rule)`.
 */
export function expiryOf(input: ExpiryInput): ExpiryResult {
  const zone = IANAZone.create(input.timeZone);
  if (!zone.isValid) return { ok: false, code: 'invalid_time_zone', timeZone: input.timeZone };
  if (!isValidRule(input.rule)) return { ok: false, code: 'invalid_rule' };
  if (!FROMS_BY_KIND[input.kind].includes(input.rule.from)) {
    return { ok: false, code: 'rule_not_applicable', kind: input.kind, from: input.rule.from };
  }
  const start = startOf(input);
  if (start === 'parent_expiry_missing') return { ok: false, code: start };
  if (!isValidInstant(start)) return { ok: false, code: 'invalid_instant' };
  const own = ruleEnd(start, input.rule, zone);
  if (input.kind !== 'modification') return { ok: true, expiresAt: own, isCappedByOriginal: false };
  if (!isValidInstant(input.originalExpiresAt)) return { ok: false, code: 'invalid_instant' };
  const isCappedByOriginal = input.originalExpiresAt.getTime() < own.getTime();
  return { ok: true, expiresAt: isCappedByOriginal ? input.originalExpiresAt : own, isCappedByOriginal };
}

/** `now ≥ expiresAt`: expiry is computed at the moment of each decision, never read from a flag. */
export function isExpired(unit: { expiresAt: Date }, now: Date): boolean {
  return now.getTime() >= unit.expiresAt.getTime();
}
