import type { DeferralKind, DeferralReason } from './deferral-catalogue.table.ts';
import { addDays, type LocalDate } from './local-date.ts';

/**
 * Donor deferrals (§3.2, §4.3): when one blocks, and who may change one. A deferral is never deleted;
 * voiding and ending early are recorded, and a voided deferral never blocks. Automated TTI deferrals can
 * only be lifted by a medical director through requalification (21 CFR 610.41(b)).
 */

export type DeferralSource = 'manual' | 'automated_tti' | 'automated_hb' | 'post_donation_info' | 'lookback';

export type Deferral = {
  readonly id: string;
  readonly reasonCode: string;
  readonly kind: DeferralKind;
  readonly startsOn: LocalDate;
  /** First eligible day; required iff temporary. */
  readonly endsOn: LocalDate | null;
  readonly source: DeferralSource;
  readonly voided: { readonly at: Date; readonly by: string; readonly reason: string } | null;
  /** Ended early: eligible again from `on`, whatever the kind. */
  readonly endedEarly: {
    readonly on: LocalDate;
    readonly at: Date;
    readonly by: string;
    readonly reason: string;
  } | null;
};

/** A deferral to create, before it has an id. */
export type DeferralProposal = Pick<Deferral, 'reasonCode' | 'kind' | 'startsOn' | 'endsOn' | 'source'>;

/** `!voided ∧ startsOn ≤ d ∧ (kind ≠ temporary ∨ d < endsOn)`, and not yet ended early. */
export function isDeferralActive(deferral: Deferral, date: LocalDate): boolean {
  if (deferral.voided !== null || date < deferral.startsOn) return false;
  if (deferral.endedEarly !== null && date >= deferral.endedEarly.on) return false;
  if (deferral.kind !== 'temporary') return true;
  // A temporary deferral without an end date is malformed; blocking is the safe reading.
  return deferral.endsOn === null || date < deferral.endsOn;
}

export function activeDeferrals(deferrals: readonly Deferral[], date: LocalDate): readonly Deferral[] {
  return deferrals.filter((deferral) => isDeferralActive(deferral, date));
}

/** A deferral from a catalogue row starting on `startsOn`; `days` overrides the row's default. */
export function proposeDeferral(
  reason: DeferralReason,
  startsOn: LocalDate,
  source: DeferralSource,
  days: number | null = reason.defaultDays,
): DeferralProposal {
  if (reason.kind === 'temporary' && days === null)
    throw new RangeError(`temporary reason ${reason.code} needs days`);
  const endsOn = reason.kind === 'temporary' && days !== null ? addDays(startsOn, days) : null;
  return { reasonCode: reason.code, kind: reason.kind, startsOn, endsOn, source };
}

export type DeferralActor = {
  readonly id: string;
  readonly role: 'staff' | 'supervisor' | 'medical_director';
};

export type DeferralChange =
  | { readonly kind: 'void'; readonly reason: string }
  | { readonly kind: 'end_early'; readonly on: LocalDate; readonly reason: string }
  | { readonly kind: 'change_end'; readonly endsOn: LocalDate; readonly reason: string };

export type DeferralRefusal =
  | { readonly code: 'automated_tti_requires_requalification'; readonly requiredRole: 'medical_director' }
  | { readonly code: 'reason_required' }
  | { readonly code: 'deferral_voided' }
  | { readonly code: 'end_only_for_temporary' }
  | { readonly code: 'end_before_start' };

/** A completed requalification (the workflow that alone may lift an automated TTI deferral). */
export type Requalification = { readonly id: string; readonly approvedBy: string };

export type DeferralChangeResult =
  | { readonly ok: true; readonly deferral: Deferral }
  | { readonly ok: false; readonly refusal: DeferralRefusal };

function refusalFor(
  deferral: Deferral,
  actor: DeferralActor,
  change: DeferralChange,
  requalification: Requalification | null,
): DeferralRefusal | null {
  if (deferral.source === 'automated_tti') {
    const viaRequalification = requalification !== null && requalification.approvedBy === actor.id;
    if (actor.role !== 'medical_director' || !viaRequalification) {
      return { code: 'automated_tti_requires_requalification', requiredRole: 'medical_director' };
    }
  }
  if (deferral.voided !== null) return { code: 'deferral_voided' };
  if (change.reason.trim().length === 0) return { code: 'reason_required' };
  if (change.kind === 'change_end') {
    if (deferral.kind !== 'temporary') return { code: 'end_only_for_temporary' };
    if (change.endsOn <= deferral.startsOn) return { code: 'end_before_start' };
  }
  if (change.kind === 'end_early' && change.on < deferral.startsOn) return { code: 'end_before_start' };
  return null;
}

/** Applies a void, early end or new end date, or returns the typed refusal; the input is not mutated. */
export function changeDeferral(
  deferral: Deferral,
  actor: DeferralActor,
  change: DeferralChange,
  at: Date,
  requalification: Requalification | null = null,
): DeferralChangeResult {
  const refusal = refusalFor(deferral, actor, change, requalification);
  if (refusal) return { ok: false, refusal };
  switch (change.kind) {
    case 'void':
      return { ok: true, deferral: { ...deferral, voided: { at, by: actor.id, reason: change.reason } } };
    case 'end_early':
      return {
        ok: true,
        deferral: { ...deferral, endedEarly: { on: change.on, at, by: actor.id, reason: change.reason } },
      };
    case 'change_end':
      return { ok: true, deferral: { ...deferral, endsOn: change.endsOn } };
  }
}
