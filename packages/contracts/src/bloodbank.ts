import { bloodbank } from '@nexus/clinical';
import { z } from 'zod';

/**
 * The hospital blood bank's inventory (spec §3.6, §3.7, §3.11, §3.13): storage locations, units and
 * their holds, reservations for a patient's request, issue, return and discard, and the stock view.
 * Times are ISO 8601 instants; a unit's `expiresAt` is exclusive (the instant itself is expired).
 */

export const BloodComponentCategory = z.enum([
  'rbc',
  'platelets',
  'plasma',
  'cryo',
  'whole_blood',
  'granulocytes',
]);
export const BloodAbo = z.enum(['O', 'A', 'B', 'AB']);
export const BloodRhd = z.enum(['NEG', 'POS']);
export const BloodUnitStatus = z.enum(bloodbank.UNIT_STATUSES);
export const BloodUnitHoldKind = z.enum(bloodbank.UNIT_HOLDS);
export const BloodUnitAttribute = z.enum(bloodbank.UNIT_ATTRIBUTES);
export const DiscardReasonCode = z.enum([
  'expired',
  'temperature_excursion',
  'container_damaged',
  'visual_inspection_failed',
  'tti_reactive',
  'typing_unresolved',
  'low_volume_or_invalid_weight',
  'processing_time_exceeded',
  'processing_error',
  'qc_sample',
  'returned_unacceptable',
  'recall_lookback',
  'post_donation_info',
  'label_error',
  'lost_in_transit',
  'not_collected_before_expiry',
  'other',
]);
export const StorageLocationKind = z.enum([
  'site',
  'blood_bank',
  'refrigerator',
  'freezer',
  'platelet_agitator',
  'validated_cooler',
  'ward_fridge',
  'shipment',
  'shelf',
]);

export const BloodBankParams = z.object({ organisationId: z.uuid() });
export const BloodUnitParams = BloodBankParams.extend({ unitId: z.uuid() });
export const BloodHoldParams = BloodUnitParams.extend({ holdId: z.uuid() });
export const BloodAllocationParams = BloodBankParams.extend({ allocationId: z.uuid() });

export const CreateStorageLocation = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: StorageLocationKind,
    parentId: z.uuid().nullable().default(null),
    minC: z.number().min(-90).max(60).nullable().default(null),
    maxC: z.number().min(-90).max(60).nullable().default(null),
  })
  .refine((v) => v.minC === null || v.maxC === null || v.minC <= v.maxC, {
    message: 'minC must not exceed maxC',
    path: ['minC'],
  });
export type CreateStorageLocation = z.infer<typeof CreateStorageLocation>;

export const StorageLocationView = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  kind: StorageLocationKind,
  minC: z.number().nullable(),
  maxC: z.number().nullable(),
});
export const StorageLocationList = z.object({ locations: z.array(StorageLocationView) });
export type StorageLocationView = z.infer<typeof StorageLocationView>;

export const ReceiveUnitRequest = z.object({
  din: z.string().trim().min(1).max(64),
  productCode: z.string().trim().min(1).max(100),
  division: z.string().trim().min(1).max(8).default('00'),
  /** An id of the component dating table (`rbc_additive`, `platelets`, `ffp` …). */
  componentType: z.string().regex(/^[a-z0-9_]{1,40}$/),
  abo: BloodAbo,
  rhd: BloodRhd,
  volumeMl: z.number().int().min(1).max(2000).nullable().default(null),
  collectedAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  attributes: z.array(BloodUnitAttribute).max(20).default([]),
  antigenNegative: z
    .array(z.string().regex(/^[A-Za-z0-9]{1,10}$/))
    .max(30)
    .default([]),
  locationId: z.uuid().nullable().default(null),
  /** Supplier-released units arrive tested: `safe`. */
  ttiStatus: z.enum(['pending', 'safe', 'reactive']).default('safe'),
});
export type ReceiveUnitRequest = z.infer<typeof ReceiveUnitRequest>;

export const BloodUnitHoldView = z.object({
  id: z.uuid(),
  kind: BloodUnitHoldKind,
  placedAt: z.string(),
  reason: z.string(),
});

export const BloodUnitView = z.object({
  id: z.uuid(),
  din: z.string(),
  productCode: z.string(),
  division: z.string(),
  componentType: z.string(),
  category: BloodComponentCategory,
  abo: BloodAbo,
  rhd: BloodRhd,
  volumeMl: z.number().nullable(),
  collectedAt: z.string(),
  expiresAt: z.string(),
  isExpired: z.boolean(),
  attributes: z.array(z.string()),
  antigenNegative: z.array(z.string()),
  locationId: z.uuid().nullable(),
  status: BloodUnitStatus,
  holds: z.array(BloodUnitHoldView),
  labelVerifiedAt: z.string().nullable(),
  groupConfirmed: z.boolean(),
  ttiStatus: z.enum(['pending', 'safe', 'reactive']),
  isReissue: z.boolean(),
  version: z.number().int(),
});
export type BloodUnitView = z.infer<typeof BloodUnitView>;

/** The label checked against the bag, and the group confirmed by this blood bank's own typing. */
export const VerifyLabelRequest = z.object({ confirmedAbo: BloodAbo, confirmedRhd: BloodRhd });
export type VerifyLabelRequest = z.infer<typeof VerifyLabelRequest>;

export const PlaceHoldRequest = z.object({
  kind: BloodUnitHoldKind,
  reason: z.string().trim().min(1).max(1000),
});
export type PlaceHoldRequest = z.infer<typeof PlaceHoldRequest>;

export const ReleaseHoldRequest = z.object({ evidence: z.string().trim().min(1).max(2000) });
export type ReleaseHoldRequest = z.infer<typeof ReleaseHoldRequest>;

export const ReserveUnitsRequest = z.object({
  patientId: z.uuid(),
  requestRef: z.string().trim().min(1).max(200),
  category: BloodComponentCategory,
  count: z.number().int().min(1).max(20),
  priority: z.enum(['routine', 'urgent', 'asap', 'stat']),
  neededBy: z.iso.datetime({ offset: true }),
  method: z.enum(['electronic', 'immediate_spin', 'iat', 'uncrossmatched']),
  /** The sample's validity end, when known; the reservation never outlives it. */
  sampleValidUntil: z.iso.datetime({ offset: true }).nullable().default(null),
});
export type ReserveUnitsRequest = z.infer<typeof ReserveUnitsRequest>;

export const AllocationView = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  patientId: z.uuid(),
  requestRef: z.string(),
  method: z.enum(['electronic', 'immediate_spin', 'iat', 'uncrossmatched']),
  status: z.enum(['active', 'issued', 'released', 'expired', 'cancelled']),
  reservedAt: z.string(),
  reservedUntil: z.string(),
  tier: z.number().int().nullable(),
  warnings: z.array(z.string()),
});
export type AllocationView = z.infer<typeof AllocationView>;
export const ReservationResult = z.object({ allocations: z.array(AllocationView) });
export type ReservationResult = z.infer<typeof ReservationResult>;

export const IssueRequest = z.object({ issuedTo: z.string().trim().min(1).max(200) });
export type IssueRequest = z.infer<typeof IssueRequest>;

export const ReturnUnitRequest = z.object({
  minutesOutOfControlledStorage: z.number().int().min(0).max(100000),
  temperatureC: z.number().min(-90).max(60).nullable(),
  containerValidated: z.boolean(),
  sealIntact: z.boolean(),
  segmentAttached: z.boolean(),
  visualInspectionPassed: z.boolean(),
});
export type ReturnUnitRequest = z.infer<typeof ReturnUnitRequest>;

export const ReturnResult = z.object({
  decision: z.enum(['restock', 'discard']),
  discardReason: z.enum(['temperature_excursion', 'returned_unacceptable']).nullable(),
  unit: BloodUnitView,
});
export type ReturnResult = z.infer<typeof ReturnResult>;

export const DiscardRequest = z
  .object({
    reasonCode: DiscardReasonCode,
    reasonText: z.string().trim().min(1).max(1000).nullable().default(null),
    witnessedBy: z.uuid().nullable().default(null),
  })
  .refine((v) => v.reasonCode !== 'other' || v.reasonText !== null, {
    message: 'Say why when the reason is "other".',
    path: ['reasonText'],
  });
export type DiscardRequest = z.infer<typeof DiscardRequest>;

export const UnitEventList = z.object({
  events: z.array(
    z.object({
      kind: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string().nullable(),
      actorUserId: z.string(),
      reason: z.string().nullable(),
      at: z.string(),
    }),
  ),
});
export type UnitEventList = z.infer<typeof UnitEventList>;

export const ExpiryBand = z.enum(['expired', 'within_24h', 'within_72h', 'within_7d', 'beyond_7d']);
export const InventoryView = z.object({
  at: z.string(),
  rows: z.array(
    z.object({
      componentType: z.string(),
      category: BloodComponentCategory,
      abo: BloodAbo,
      rhd: BloodRhd,
      band: ExpiryBand,
      available: z.number().int(),
      reserved: z.number().int(),
    }),
  ),
});
export type InventoryView = z.infer<typeof InventoryView>;
