import { SYSTEMS } from './code-systems.ts';
import type { CodedConcept, LoincTest, SmokingKind } from './codes.types.ts';

const socialHistory = (test: Omit<LoincTest, 'category' | 'ranges'>): LoincTest => ({
  ...test,
  category: 'social-history',
  ranges: [],
});

/**
 * Numeric tobacco-history observations (no reference range: they feed risk models such as lung-cancer
 * screening eligibility, USPSTF 2021: age 50–80 with ≥ 20 pack-years, current or quit within 15 years).
 */
export const SOCIAL_HISTORY_TESTS: readonly LoincTest[] = [
  socialHistory({
    code: '8664-5',
    display: 'Cigarettes smoked total (pack per year) - Reported',
    shortName: 'Pack-years',
    unit: '{pack-years}',
    unitDisplay: 'pack-years',
    inputMin: 0,
    inputMax: 300,
    alternateUnits: [
      { unit: '{PackYears}', factor: 1 },
      { unit: '1', factor: 1 },
    ],
    source: 'Pack-years = packs per day × years smoked (also SNOMED CT 401201003 Cigarette pack-years)',
  }),
  socialHistory({
    code: '8663-7',
    display: 'Cigarettes smoked current (pack per day) - Reported',
    shortName: 'Packs per day',
    unit: '{pack}/d',
    unitDisplay: 'packs/day',
    inputMin: 0,
    inputMax: 10,
    source: 'One pack = 20 cigarettes',
  }),
  socialHistory({
    code: '63609-2',
    display: 'How old were you when you first started smoking cigarettes every day [TUS-CPS]',
    shortName: 'Age started smoking',
    unit: 'a',
    unitDisplay: 'years',
    inputMin: 5,
    inputMax: 100,
    source: 'Tobacco Use Supplement to the Current Population Survey (PhenX)',
  }),
  socialHistory({
    code: '88029-4',
    display: 'Tobacco use duration',
    shortName: 'Years smoked',
    unit: 'a',
    unitDisplay: 'years',
    inputMin: 0,
    inputMax: 100,
    source: 'US Core tobacco use panel (LOINC 88028-6) member',
  }),
];

/** The SNOMED CT concept for cigarette pack-years, sent alongside LOINC 8664-5. */
export const PACK_YEARS_SNOMED: CodedConcept = {
  system: SYSTEMS.snomed,
  code: '401201003',
  display: 'Cigarette pack-years',
};

const smoking = (code: string, display: string, kind: SmokingKind) => ({
  system: SYSTEMS.snomed,
  code,
  display,
  kind,
});

/**
 * Smoking status answers (SNOMED CT) for LOINC 72166-2: the ONC 2015 Edition value set (US
 * edition codes) plus the two international-edition heavy/light concepts the IPS value set uses.
 */
export const SMOKING_STATUSES: readonly (CodedConcept & { kind: SmokingKind })[] = [
  smoking('449868002', 'Current every day smoker', 'current'),
  smoking('428041000124106', 'Current some day smoker', 'current'),
  smoking('8517006', 'Former smoker', 'former'),
  smoking('266919005', 'Never smoker', 'never'),
  smoking('77176002', 'Smoker, current status unknown', 'current'),
  smoking('266927001', 'Unknown if ever smoked', 'unknown'),
  smoking('428071000124103', 'Heavy tobacco smoker', 'current'),
  smoking('428061000124105', 'Light tobacco smoker', 'current'),
  smoking('230063004', 'Heavy cigarette smoker', 'current'),
  smoking('230060001', 'Light cigarette smoker', 'current'),
];

/** Looks up a smoking-status answer by its SNOMED CT code. */
export function findSmokingStatus(code: string): (CodedConcept & { kind: SmokingKind }) | undefined {
  return SMOKING_STATUSES.find((status) => status.code === code);
}

/** Laboratory panels that group results in a DiagnosticReport. */
export const LAB_PANELS: readonly CodedConcept[] = [
  { system: SYSTEMS.loinc, code: '51990-0', display: 'Basic metabolic panel - Blood' },
  { system: SYSTEMS.loinc, code: '24321-2', display: 'Basic metabolic 2000 panel - Serum or Plasma' },
  { system: SYSTEMS.loinc, code: '24331-1', display: 'Lipid 1996 panel - Serum or Plasma' },
  { system: SYSTEMS.loinc, code: '24323-8', display: 'Comprehensive metabolic 2000 panel - Serum or Plasma' },
  { system: SYSTEMS.loinc, code: '57698-3', display: 'Lipid panel with direct LDL - Serum or Plasma' },
  { system: SYSTEMS.loinc, code: '58410-2', display: 'CBC panel - Blood by Automated count' },
];

/** The non-numeric tobacco observations: status (answered from SMOKING_STATUSES) and the quit date. */
export const TOBACCO_OBSERVATION_CODES = {
  smokingStatus: { system: SYSTEMS.loinc, code: '72166-2', display: 'Tobacco smoking status' },
  dateQuitSmoking: { system: SYSTEMS.loinc, code: '74010-0', display: 'Date quit tobacco smoking' },
} as const satisfies Record<string, CodedConcept>;
