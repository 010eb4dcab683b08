import type { EvidenceTag } from './dating-rules.ts';

/**
 * Time limits between the bleed and the making of a component (spec §4.5; BSIS seed values, project
 * defaults [P]). A child is unfit when the elapsed value, in whole minutes or hours with the fraction
 * dropped, is at or above the limit: BSIS's boundary, kept so migrated data means the same.
 */

export type ProcessingLimit = {
  id: string;
  label: string;
  /** Component type ids the limit applies to when made from whole blood. */
  componentTypeIds: readonly string[];
  maxBleedMinutes: number;
  maxCollectionToProcessingHours: number;
  source: string;
  evidence: EvidenceTag;
};

export const PROCESSING_LIMITS = [
  {
    id: 'platelets_from_whole_blood',
    label: 'Platelets from whole blood',
    componentTypeIds: ['platelets', 'platelets_7d'],
    maxBleedMinutes: 12,
    maxCollectionToProcessingHours: 24,
    source: 'BSIS seed data (jembi/bsis)',
    evidence: 'P',
  },
  {
    id: 'ffp',
    label: 'Fresh Frozen Plasma',
    componentTypeIds: ['ffp'],
    maxBleedMinutes: 15,
    maxCollectionToProcessingHours: 24,
    source: 'BSIS seed data (jembi/bsis); US FFP proper is frozen within 8 h [U]',
    evidence: 'P',
  },
] as const satisfies readonly ProcessingLimit[];

/** The limit that applies to a whole-blood-derived component type, if any. */
export function processingLimitFor(componentTypeId: string): ProcessingLimit | undefined {
  return PROCESSING_LIMITS.find((limit) =>
    (limit.componentTypeIds as readonly string[]).includes(componentTypeId),
  );
}

export type ProcessingTimes = {
  /** Bleed start (the donation's `collectedAt`). */
  collectedAt: Date;
  bleedEndAt: Date;
  processedAt: Date;
};

export type ProcessingFailure =
  | { code: 'bleed_time_exceeded'; bleedMinutes: number; maxBleedMinutes: number }
  | { code: 'processing_delay_exceeded'; elapsedHours: number; maxCollectionToProcessingHours: number };

export type ProcessingCheck =
  | { ok: true; isFit: boolean; failures: ProcessingFailure[] }
  | { ok: false; code: 'invalid_processing_times' };

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Whether a child made under `limit` at `times` is fit, and every limit it broke. */
export function checkProcessingTimes(limit: ProcessingLimit, times: ProcessingTimes): ProcessingCheck {
  const collected = times.collectedAt.getTime();
  const bleedMs = times.bleedEndAt.getTime() - collected;
  const delayMs = times.processedAt.getTime() - collected;
  // A bleed that ends before it starts, or processing before collection, is a data error, not "fit".
  if (!Number.isFinite(bleedMs) || !Number.isFinite(delayMs) || bleedMs < 0 || delayMs < 0) {
    return { ok: false, code: 'invalid_processing_times' };
  }
  const bleedMinutes = Math.trunc(bleedMs / MINUTE_MS);
  const elapsedHours = Math.trunc(delayMs / HOUR_MS);
  const failures: ProcessingFailure[] = [];
  if (bleedMinutes >= limit.maxBleedMinutes) {
    failures.push({ code: 'bleed_time_exceeded', bleedMinutes, maxBleedMinutes: limit.maxBleedMinutes });
  }
  if (elapsedHours >= limit.maxCollectionToProcessingHours) {
    failures.push({
      code: 'processing_delay_exceeded',
      elapsedHours,
      maxCollectionToProcessingHours: limit.maxCollectionToProcessingHours,
    });
  }
  return { ok: true, isFit: failures.length === 0, failures };
}
