import type { LoincTest } from './codes.types.ts';
import { labTest, sibling } from './lab-test.factory.ts';

// Conversion factors to the canonical mass units, from the molar masses (glucose 180.16 g/mol,
// cholesterol 386.65 g/mol, triolein 885.7 g/mol, creatinine 113.12 g/mol, urea nitrogen 2 × 14.007 g/mol,
// calcium 40.08 g/mol); the usual published reciprocals are 0.0555, 0.02586, 0.01129, 88.42 and 0.2495.
const GLUCOSE_MMOL_TO_MG_DL = 18.016;
const CHOLESTEROL_MMOL_TO_MG_DL = 1 / 0.02586;
const TRIGLYCERIDE_MMOL_TO_MG_DL = 1 / 0.01129;
const CREATININE_UMOL_TO_MG_DL = 1 / 88.42;
const UREA_MMOL_TO_BUN_MG_DL = 2.801;
const CALCIUM_MMOL_TO_MG_DL = 4.008;

const MAYO = 'Mayo Clinic Laboratories adult reference interval';
const CRITICAL_LIST =
  'critical limits as in common hospital critical-value lists (Mayo Clinic Laboratories, Houston Methodist)';

const hba1c = labTest({
  code: '4548-4',
  display: 'Hemoglobin A1c/Hemoglobin.total in Blood',
  shortName: 'HbA1c',
  unit: '%',
  unitDisplay: '%',
  ranges: [{ low: 4.0, high: 5.6 }],
  inputMin: 3,
  inputMax: 20,
  // IFCC–NGSP master equation: NGSP % = 0.09148 × IFCC mmol/mol + 2.152.
  affineUnits: [{ unit: 'mmol/mol', factor: 0.09148, offset: 2.152 }],
  source: `${MAYO} 4.0–5.6 %; ADA Standards of Care 2024: prediabetes 5.7–6.4 %, diabetes ≥ 6.5 %`,
});

const glucose = labTest({
  code: '2345-7',
  display: 'Glucose [Mass/volume] in Serum or Plasma',
  shortName: 'Glucose',
  unit: 'mg/dL',
  unitDisplay: 'mg/dL',
  ranges: [{ low: 70, high: 99 }],
  critical: { low: 50, high: 400 },
  inputMin: 10,
  inputMax: 2000,
  alternateUnits: [{ unit: 'mmol/L', factor: GLUCOSE_MMOL_TO_MG_DL }],
  source: `ADA Standards of Care 2024: fasting < 100 mg/dL normal, 100–125 impaired, ≥ 126 diabetes; ${CRITICAL_LIST}`,
});

const cholesterolUnits = {
  unit: 'mg/dL',
  unitDisplay: 'mg/dL',
  inputMin: 5,
  inputMax: 1000,
  alternateUnits: [{ unit: 'mmol/L', factor: CHOLESTEROL_MMOL_TO_MG_DL }],
} as const;

const ldlDirect = labTest({
  ...cholesterolUnits,
  code: '18262-6',
  display: 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay',
  shortName: 'LDL cholesterol',
  ranges: [{ high: 129 }],
  source: 'NCEP ATP III: LDL optimal < 100, near optimal 100–129, borderline high ≥ 130 mg/dL',
});

const creatinine = labTest({
  code: '2160-0',
  display: 'Creatinine [Mass/volume] in Serum or Plasma',
  shortName: 'Creatinine',
  unit: 'mg/dL',
  unitDisplay: 'mg/dL',
  ranges: [
    { sex: 'male', low: 0.74, high: 1.35 },
    { sex: 'female', low: 0.59, high: 1.04 },
  ],
  inputMin: 0.1,
  inputMax: 30,
  alternateUnits: [{ unit: 'umol/L', factor: CREATININE_UMOL_TO_MG_DL }],
  source: `${MAYO}: men 0.74–1.35, women 0.59–1.04 mg/dL`,
});

const egfr = labTest({
  code: '33914-3',
  display:
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum or Plasma by Creatinine-based formula (MDRD)',
  shortName: 'eGFR (MDRD)',
  unit: 'mL/min/{1.73_m2}',
  unitDisplay: 'mL/min/1.73 m²',
  ranges: [{ low: 60 }],
  inputMin: 1,
  inputMax: 200,
  source: 'KDIGO 2012 CKD guideline: GFR category G3a or worse below 60 mL/min/1.73 m²',
});

const ureaNitrogen = labTest({
  code: '3094-0',
  display: 'Urea nitrogen [Mass/volume] in Serum or Plasma',
  shortName: 'BUN',
  unit: 'mg/dL',
  unitDisplay: 'mg/dL',
  ranges: [
    { sex: 'male', low: 8, high: 24 },
    { sex: 'female', low: 6, high: 21 },
  ],
  inputMin: 1,
  inputMax: 300,
  alternateUnits: [{ unit: 'mmol/L', factor: UREA_MMOL_TO_BUN_MG_DL }],
  source: `${MAYO}: men 8–24, women 6–21 mg/dL`,
});

const albuminCreatinine = labTest({
  code: '9318-7',
  display: 'Albumin/Creatinine [Mass Ratio] in Urine',
  shortName: 'Urine ACR',
  unit: 'mg/g',
  unitDisplay: 'mg/g',
  ranges: [{ high: 29 }],
  inputMin: 0,
  inputMax: 10000,
  alternateUnits: [
    { unit: 'mg/g{creat}', factor: 1 },
    { unit: 'ug/mg', factor: 1 },
    { unit: 'mg/mmol', factor: 8.84 },
    { unit: 'mg/mmol{creat}', factor: 8.84 },
  ],
  source: 'KDIGO 2012: albuminuria A1 < 30 mg/g (< 3 mg/mmol), A2 30–300, A3 > 300 mg/g',
});

const electrolyte = (
  test: Pick<LoincTest, 'code' | 'display' | 'shortName' | 'ranges' | 'critical' | 'source'>,
) =>
  labTest({
    ...test,
    unit: 'mmol/L',
    unitDisplay: 'mmol/L',
    inputMin: 0.5,
    inputMax: 250,
    alternateUnits: [{ unit: 'meq/L', factor: 1 }],
  });

const sodium = electrolyte({
  code: '2951-2',
  display: 'Sodium [Moles/volume] in Serum or Plasma',
  shortName: 'Sodium',
  ranges: [{ low: 135, high: 145 }],
  critical: { low: 120, high: 160 },
  source: `${MAYO} 135–145 mmol/L; ${CRITICAL_LIST}`,
});
const potassium = electrolyte({
  code: '2823-3',
  display: 'Potassium [Moles/volume] in Serum or Plasma',
  shortName: 'Potassium',
  ranges: [{ low: 3.6, high: 5.2 }],
  critical: { low: 2.5, high: 6.0 },
  source: `${MAYO} 3.6–5.2 mmol/L; life-threatening below 2.5 and from 6.0 mmol/L (Ozarda et al., decision limits)`,
});
const chloride = electrolyte({
  code: '2075-0',
  display: 'Chloride [Moles/volume] in Serum or Plasma',
  shortName: 'Chloride',
  ranges: [{ low: 98, high: 107 }],
  source: `${MAYO} 98–107 mmol/L`,
});
const carbonDioxide = electrolyte({
  code: '2028-9',
  display: 'Carbon dioxide, total [Moles/volume] in Serum or Plasma',
  shortName: 'Bicarbonate (total CO2)',
  ranges: [{ low: 22, high: 29 }],
  critical: { low: 10, high: 40 },
  source: `${MAYO} 22–29 mmol/L; ${CRITICAL_LIST}`,
});

const calcium = labTest({
  code: '17861-6',
  display: 'Calcium [Mass/volume] in Serum or Plasma',
  shortName: 'Calcium',
  unit: 'mg/dL',
  unitDisplay: 'mg/dL',
  ranges: [{ low: 8.8, high: 10.2 }],
  critical: { low: 6.5, high: 13.0 },
  inputMin: 2,
  inputMax: 25,
  alternateUnits: [{ unit: 'mmol/L', factor: CALCIUM_MMOL_TO_MG_DL }],
  source: `${MAYO} 8.8–10.2 mg/dL; ${CRITICAL_LIST}`,
});

/** Glycaemia, lipids, kidney function and electrolytes. */
export const CHEMISTRY_TESTS: readonly LoincTest[] = [
  hba1c,
  glucose,
  sibling(glucose, '1558-6', 'Fasting glucose [Mass/volume] in Serum or Plasma'),
  sibling(glucose, '2339-0', 'Glucose [Mass/volume] in Blood'),
  labTest({
    ...cholesterolUnits,
    code: '2093-3',
    display: 'Cholesterol [Mass/volume] in Serum or Plasma',
    shortName: 'Total cholesterol',
    ranges: [{ high: 199 }],
    source: 'NCEP ATP III: total cholesterol desirable < 200 mg/dL, borderline high 200–239, high ≥ 240',
  }),
  ldlDirect,
  sibling(ldlDirect, '13457-7', 'Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation'),
  labTest({
    ...cholesterolUnits,
    code: '2085-9',
    display: 'Cholesterol in HDL [Mass/volume] in Serum or Plasma',
    shortName: 'HDL cholesterol',
    ranges: [
      { sex: 'male', low: 40 },
      { sex: 'female', low: 50 },
    ],
    source: 'NCEP ATP III / AHA: low HDL < 40 mg/dL in men, < 50 mg/dL in women',
  }),
  labTest({
    code: '2571-8',
    display: 'Triglyceride [Mass/volume] in Serum or Plasma',
    shortName: 'Triglycerides',
    unit: 'mg/dL',
    unitDisplay: 'mg/dL',
    ranges: [{ high: 149 }],
    inputMin: 5,
    inputMax: 10000,
    alternateUnits: [{ unit: 'mmol/L', factor: TRIGLYCERIDE_MMOL_TO_MG_DL }],
    source: 'NCEP ATP III: triglycerides normal < 150 mg/dL, borderline high 150–199, high ≥ 200',
  }),
  creatinine,
  sibling(creatinine, '38483-4', 'Creatinine [Mass/volume] in Blood'),
  egfr,
  sibling(
    egfr,
    '62238-1',
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)',
  ),
  sibling(
    egfr,
    '98979-8',
    'Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)',
  ),
  ureaNitrogen,
  sibling(ureaNitrogen, '6299-2', 'Urea nitrogen [Mass/volume] in Blood'),
  albuminCreatinine,
  sibling(albuminCreatinine, '14959-1', 'Microalbumin/Creatinine [Mass Ratio] in Urine'),
  sodium,
  sibling(sodium, '2947-0', 'Sodium [Moles/volume] in Blood'),
  potassium,
  sibling(potassium, '6298-4', 'Potassium [Moles/volume] in Blood'),
  chloride,
  sibling(chloride, '2069-3', 'Chloride [Moles/volume] in Blood'),
  carbonDioxide,
  sibling(carbonDioxide, '20565-8', 'Carbon dioxide, total [Moles/volume] in Blood'),
  calcium,
  sibling(calcium, '49765-1', 'Calcium [Mass/volume] in Blood'),
];
