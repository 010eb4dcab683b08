import type { Jurisdiction, RuleProvenance, SourcedValue } from '../compatibility/index.ts';

/** Allogeneic collection procedures between which intervals apply (§4.2). */
export const PROCEDURES = ['whole_blood', 'double_rbc', 'plateletpheresis', 'plasmapheresis'] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** `interval[previous][next]` in calendar days. */
export type IntervalMatrix = {
  readonly [P in Procedure]: { readonly [N in Procedure]: SourcedValue<number> };
};

/** At most `max` donations of the `counts` procedures in a rolling window, before a `appliesTo` procedure. */
export type FrequencyCap = RuleProvenance & {
  readonly code: string;
  readonly counts: readonly Procedure[];
  readonly appliesTo: readonly Procedure[];
  readonly max: number;
  readonly window: { readonly days: number } | { readonly months: number };
  readonly sex: 'female' | 'male' | null;
};

export type IntervalProfile = {
  readonly jurisdiction: Jurisdiction;
  readonly matrix: IntervalMatrix;
  readonly caps: readonly FrequencyCap[];
};

const CM9 = 'clinical-models §9 / bloodbank spec §4.2';
const FDA_APH = 'FDA plateletpheresis/plasmapheresis guidance via bloodbank spec §4.2';
const UKH = 'UK Transfusion Handbook 3.1 via bloodbank spec §4.2';
const UNCONFIRMED = 'bloodbank spec §4.2 cross-type interval, unconfirmed; confirm before relying on it';

const us = (value: number, evidence: 'S' | 'U', source = CM9): SourcedValue<number> => ({
  value,
  source,
  jurisdiction: 'US',
  evidence,
});
const uk = (value: number, evidence: 'S' | 'U', source = UKH): SourcedValue<number> => ({
  value,
  source,
  jurisdiction: 'UK',
  evidence,
});

/**
 * US (§4.2 table). The 56-day whole blood → apheresis entries ignore the "< 100 mL extracorporeal RBC
 * loss" exception, which needs procedure data this rule does not have; the conservative value stands.
 */
export const US_INTERVALS = {
  jurisdiction: 'US',
  matrix: {
    whole_blood: {
      whole_blood: us(56, 'S'),
      double_rbc: us(56, 'S'),
      plateletpheresis: us(56, 'U', UNCONFIRMED),
      plasmapheresis: us(56, 'U', UNCONFIRMED),
    },
    double_rbc: {
      whole_blood: us(112, 'S'),
      double_rbc: us(112, 'S'),
      plateletpheresis: us(112, 'S'),
      plasmapheresis: us(112, 'S'),
    },
    plateletpheresis: {
      whole_blood: us(2, 'U', UNCONFIRMED),
      double_rbc: us(2, 'U', UNCONFIRMED),
      plateletpheresis: us(2, 'S', FDA_APH),
      plasmapheresis: us(2, 'S', FDA_APH),
    },
    plasmapheresis: {
      whole_blood: us(2, 'U', UNCONFIRMED),
      double_rbc: us(2, 'U', UNCONFIRMED),
      plateletpheresis: us(2, 'S', FDA_APH),
      plasmapheresis: us(2, 'S', FDA_APH),
    },
  },
  caps: [
    {
      code: 'platelets_per_7_days',
      counts: ['plateletpheresis'],
      appliesTo: ['plateletpheresis'],
      max: 2,
      window: { days: 7 },
      sex: null,
      source: FDA_APH,
      jurisdiction: 'US',
      evidence: 'S',
    },
    {
      code: 'platelets_per_12_months',
      counts: ['plateletpheresis'],
      appliesTo: ['plateletpheresis'],
      max: 24,
      window: { months: 12 },
      sex: null,
      source: FDA_APH,
      jurisdiction: 'US',
      evidence: 'S',
    },
    {
      code: 'plasma_per_7_days',
      counts: ['plasmapheresis'],
      appliesTo: ['plasmapheresis'],
      max: 2,
      window: { days: 7 },
      sex: null,
      source: FDA_APH,
      jurisdiction: 'US',
      evidence: 'S',
    },
  ],
} as const satisfies IntervalProfile;

/**
 * UK: whole blood 12 weeks minimum (16 weeks normal: a scheduling preference, not enforced here),
 * double red cells 26 weeks, apheresis ≥ 2 weeks and ≤ 24 a year; cross-type entries not in the source
 * take the previous procedure's own interval and are tagged U.
 */
export const UK_INTERVALS = {
  jurisdiction: 'UK',
  matrix: {
    whole_blood: {
      whole_blood: uk(84, 'S'),
      double_rbc: uk(84, 'U', UNCONFIRMED),
      plateletpheresis: uk(84, 'U', UNCONFIRMED),
      plasmapheresis: uk(84, 'U', UNCONFIRMED),
    },
    double_rbc: {
      whole_blood: uk(182, 'U', UNCONFIRMED),
      double_rbc: uk(182, 'S'),
      plateletpheresis: uk(182, 'U', UNCONFIRMED),
      plasmapheresis: uk(182, 'U', UNCONFIRMED),
    },
    plateletpheresis: {
      whole_blood: uk(14, 'U', UNCONFIRMED),
      double_rbc: uk(14, 'U', UNCONFIRMED),
      plateletpheresis: uk(14, 'S'),
      plasmapheresis: uk(14, 'S'),
    },
    plasmapheresis: {
      whole_blood: uk(14, 'U', UNCONFIRMED),
      double_rbc: uk(14, 'U', UNCONFIRMED),
      plateletpheresis: uk(14, 'S'),
      plasmapheresis: uk(14, 'S'),
    },
  },
  caps: [
    {
      code: 'whole_blood_per_12_months_female',
      counts: ['whole_blood'],
      appliesTo: ['whole_blood'],
      max: 3,
      window: { months: 12 },
      sex: 'female',
      source: UKH,
      jurisdiction: 'UK',
      evidence: 'S',
    },
    {
      code: 'whole_blood_per_12_months_male',
      counts: ['whole_blood'],
      appliesTo: ['whole_blood'],
      max: 4,
      window: { months: 12 },
      sex: 'male',
      source: UKH,
      jurisdiction: 'UK',
      evidence: 'S',
    },
    {
      code: 'apheresis_per_12_months',
      counts: ['plateletpheresis', 'plasmapheresis'],
      appliesTo: ['plateletpheresis', 'plasmapheresis'],
      max: 24,
      window: { months: 12 },
      sex: null,
      source: UKH,
      jurisdiction: 'UK',
      evidence: 'S',
    },
  ],
} as const satisfies IntervalProfile;

/** Whether autologous donations count towards donor-safety caps (never towards allogeneic intervals). */
export const COUNT_AUTOLOGOUS_TOWARDS_CAPS = {
  value: true,
  source: 'bloodbank spec §4.2 (BSIS countAsDonation; caps [P])',
  jurisdiction: 'WHO',
  evidence: 'P',
} as const satisfies SourcedValue<boolean>;
