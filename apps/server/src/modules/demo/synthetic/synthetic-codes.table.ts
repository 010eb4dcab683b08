import type { CodedConcept } from '@nexus/clinical';
import { SYSTEMS } from '@nexus/clinical';

/**
 * Codes used only by the synthetic-patient generator: medications (RxNorm), vaccines (CVX),
 * procedures, allergies, reactions and encounter types (SNOMED CT). Conditions, tests and smoking
 * answers come from @nexus/clinical.
 */
const rx = (code: string, display: string): CodedConcept => ({ system: SYSTEMS.rxnorm, code, display });
const cvx = (code: string, display: string): CodedConcept => ({ system: SYSTEMS.cvx, code, display });
const sct = (code: string, display: string): CodedConcept => ({ system: SYSTEMS.snomed, code, display });

/** A prescribable product with how it is usually taken. */
export type SyntheticMedication = {
  code: CodedConcept;
  dosageText: string;
  /** Doses per period; absent for as-needed and cycle-based regimens. */
  timing?: { frequency: number; period: number; periodUnit: 'd' | 'wk' };
  asNeeded?: boolean;
};

const daily = { frequency: 1, period: 1, periodUnit: 'd' } as const;
const twiceDaily = { frequency: 2, period: 1, periodUnit: 'd' } as const;

export const MEDICATIONS = {
  lisinopril: {
    code: rx('314076', 'lisinopril 10 MG Oral Tablet'),
    dosageText: 'Take 1 tablet by mouth once daily',
    timing: daily,
  },
  amlodipine: {
    code: rx('197361', 'amlodipine 5 MG Oral Tablet'),
    dosageText: 'Take 1 tablet by mouth once daily',
    timing: daily,
  },
  hydrochlorothiazide: {
    code: rx('310798', 'hydrochlorothiazide 25 MG Oral Tablet'),
    dosageText: 'Take 1 tablet by mouth once daily in the morning',
    timing: daily,
  },
  metformin: {
    code: rx('860975', '24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet'),
    dosageText: 'Take 1 tablet by mouth once daily with the evening meal',
    timing: daily,
  },
  atorvastatin20: {
    code: rx('617310', 'atorvastatin 20 MG Oral Tablet'),
    dosageText: 'Take 1 tablet by mouth once daily',
    timing: daily,
  },
  atorvastatin40: {
    code: rx('617311', 'atorvastatin 40 MG Oral Tablet'),
    dosageText: 'Take 1 tablet by mouth once daily',
    timing: daily,
  },
  rosuvastatin: {
    code: rx('859747', 'rosuvastatin calcium 10 MG Oral Tablet'),
    dosageText: 'Take 1 tablet by mouth once daily',
    timing: daily,
  },
  albuterol: {
    code: rx('745679', '200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler'),
    dosageText: 'Inhale 2 puffs every 4 to 6 hours as needed for wheeze or breathlessness',
    asNeeded: true,
  },
  fluticasone: {
    code: rx('895994', '120 ACTUAT fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler'),
    dosageText: 'Inhale 2 puffs twice daily; rinse the mouth afterwards',
    timing: twiceDaily,
  },
  fluticasoneSalmeterol: {
    code: rx(
      '896209',
      '60 ACTUAT fluticasone propionate 0.25 MG/ACTUAT / salmeterol 0.05 MG/ACTUAT Dry Powder Inhaler',
    ),
    dosageText: 'Inhale 1 puff twice daily',
    timing: twiceDaily,
  },
  fluoxetine: {
    code: rx('310385', 'fluoxetine 20 MG Oral Capsule'),
    dosageText: 'Take 1 capsule by mouth every morning',
    timing: daily,
  },
  acetaminophen: {
    code: rx('313782', 'acetaminophen 325 MG Oral Tablet'),
    dosageText: 'Take 2 tablets by mouth every 6 hours as needed for pain; no more than 8 tablets a day',
    asNeeded: true,
  },
  ibuprofen: {
    code: rx('310965', 'ibuprofen 200 MG Oral Tablet'),
    dosageText: 'Take 2 tablets by mouth every 8 hours as needed, with food',
    asNeeded: true,
  },
  naproxen: {
    code: rx('849574', 'naproxen sodium 220 MG Oral Tablet'),
    dosageText: 'Take 1 tablet by mouth every 12 hours as needed for joint pain, with food',
    asNeeded: true,
  },
  amoxicillinClavulanate: {
    code: rx('562251', 'amoxicillin 250 MG / clavulanate 125 MG Oral Tablet'),
    dosageText: 'Take 1 tablet by mouth three times daily for 7 days',
    timing: { frequency: 3, period: 1, periodUnit: 'd' },
  },
  loratadine: {
    code: rx('665078', 'loratadine 5 MG Chewable Tablet'),
    dosageText: 'Chew 2 tablets once daily',
    timing: daily,
  },
  epinephrine: {
    code: rx('1870230', 'NDA020800 0.3 ML epinephrine 1 MG/ML Auto-Injector'),
    dosageText:
      'Inject 0.3 mg into the outer thigh at the first sign of anaphylaxis, then call emergency services',
    asNeeded: true,
  },
  cisplatin: {
    code: rx('1736854', 'cisplatin 50 MG Injection'),
    dosageText: '75 mg/m² by intravenous infusion on day 1 of each 21-day cycle, 4 cycles',
    timing: { frequency: 1, period: 3, periodUnit: 'wk' },
  },
  paclitaxel: {
    code: rx('583214', 'PACLitaxel 100 MG Injection'),
    dosageText: '175 mg/m² by intravenous infusion on day 1 of each 21-day cycle, 4 cycles',
    timing: { frequency: 1, period: 3, periodUnit: 'wk' },
  },
} as const satisfies Record<string, SyntheticMedication>;

export const VACCINES = {
  influenza: cvx('140', 'Influenza, seasonal, injectable, preservative free'),
  td: cvx('113', 'Td (adult) preservative free'),
  tdap: cvx('115', 'Tdap'),
  pneumococcalConjugate: cvx('133', 'Pneumococcal conjugate PCV 13'),
  pneumococcalPolysaccharide: cvx('33', 'pneumococcal polysaccharide vaccine, 23 valent'),
  zosterRecombinant: cvx('187', 'zoster recombinant'),
  hepatitisB: cvx('43', 'Hep B, adult'),
  covid19: cvx(
    '208',
    'SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose',
  ),
} as const satisfies Record<string, CodedConcept>;

export const PROCEDURES = {
  colonoscopy: sct('73761001', 'Colonoscopy'),
  mammography: sct('71651007', 'Mammography'),
  electrocardiogram: sct('29303009', 'Electrocardiographic procedure'),
  spirometry: sct('127783003', 'Spirometry'),
  chestXray: sct('399208008', 'Plain chest X-ray'),
  lowDoseChestCt: sct('16334891000119106', 'Low dose computed tomography of thorax'),
  lungBiopsy: sct('432231006', 'Fine needle aspiration biopsy of lung'),
  chemotherapy: sct('367336001', 'Chemotherapy'),
  sutureWound: sct('288086009', 'Suture open wound'),
  depressionScreening: sct('171207006', 'Depression screening'),
  throatCulture: sct('117015009', 'Throat culture'),
} as const satisfies Record<string, CodedConcept>;

export const REACTIONS = {
  urticaria: sct('126485001', 'Urticaria'),
  anaphylaxis: sct('39579001', 'Anaphylaxis'),
  skinEruption: sct('271807003', 'Eruption of skin'),
} as const satisfies Record<string, CodedConcept>;

/** An allergy the generator gives some patients, with how it usually presents. */
export type SyntheticAllergy = {
  code: CodedConcept;
  category: 'medication' | 'food' | 'environment';
  criticality: 'low' | 'high';
  reaction: CodedConcept;
  severity: 'mild' | 'moderate' | 'severe';
  /** Share of adults with it, for the generator. */
  prevalence: number;
};

export const ALLERGIES: readonly SyntheticAllergy[] = [
  {
    code: sct('91936005', 'Allergy to penicillin'),
    category: 'medication',
    criticality: 'high',
    reaction: REACTIONS.urticaria,
    severity: 'moderate',
    prevalence: 0.12,
  },
  {
    code: sct('91935009', 'Allergy to peanuts'),
    category: 'food',
    criticality: 'high',
    reaction: REACTIONS.anaphylaxis,
    severity: 'severe',
    prevalence: 0.04,
  },
  {
    code: sct('300916003', 'Latex allergy'),
    category: 'environment',
    criticality: 'low',
    reaction: REACTIONS.skinEruption,
    severity: 'mild',
    prevalence: 0.04,
  },
  {
    code: sct('91939003', 'Allergy to sulfonamide'),
    category: 'medication',
    criticality: 'low',
    reaction: REACTIONS.skinEruption,
    severity: 'mild',
    prevalence: 0.05,
  },
];

export const ENCOUNTER_TYPES = {
  checkUp: sct('185349003', 'Encounter for check up'),
  symptom: sct('185345009', 'Encounter for symptom'),
  problem: sct('185347001', 'Encounter for problem'),
  followUp: sct('390906007', 'Follow-up encounter'),
  emergency: sct('50849002', 'Emergency room admission'),
} as const satisfies Record<string, CodedConcept>;

/** Every SNOMED CT, RxNorm and CVX coding the generator may emit beyond the clinical tables. */
export const GENERATOR_CODINGS: readonly CodedConcept[] = [
  ...Object.values(MEDICATIONS).map((medication) => medication.code),
  ...Object.values(VACCINES),
  ...Object.values(PROCEDURES),
  ...Object.values(REACTIONS),
  ...ALLERGIES.map((allergy) => allergy.code),
  ...Object.values(ENCOUNTER_TYPES),
];
