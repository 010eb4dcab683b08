import { sumOfTerms } from '../../disease-module.ts';
/**
 * AHA PREVENT base equations, 10-year (Khan et al., Circulation 2024;149:430–449, supplement): risk
 * of total cardiovascular disease (ASCVD or heart failure) and of ASCVD for adults 30–79 without
 * CVD, by sex, without race. Logistic: risk = 1 / (1 + e^−x), x = constant + Σ β·X over
 *   a  = (age − 55)/10          nh = non-HDL-C (mmol/L) − 3.5     h = (HDL-C (mmol/L) − 1.3)/0.3
 *   sL = (min(SBP,110) − 110)/20   sH = (max(SBP,110) − 130)/20
 *   eL = (min(eGFR,60) − 60)/−15   eH = (max(eGFR,60) − 90)/−15
 * with diabetes, current smoking, antihypertensive and statin use, treated-SBP and treated-non-HDL
 * terms, and age interactions. The reference profile (x = constant) is age 55, non-HDL 3.5 and HDL
 * 1.3 mmol/L, SBP 130, eGFR 90, no diabetes, smoking or medicines.
 */

export type PreventOutcome = 'total-cvd' | 'ascvd';
export type PreventSex = 'female' | 'male';

export type PreventCoefficients = {
  age: number;
  nonHdl: number;
  hdl: number;
  sbpBelow110: number;
  sbpAbove110: number;
  diabetes: number;
  currentSmoker: number;
  egfrBelow60: number;
  egfrAbove60: number;
  bpTreatment: number;
  statin: number;
  bpTreatmentBySbpAbove110: number;
  statinByNonHdl: number;
  ageByNonHdl: number;
  ageByHdl: number;
  ageBySbpAbove110: number;
  ageByDiabetes: number;
  ageBySmoker: number;
  ageByEgfrBelow60: number;
  constant: number;
};

export type PreventTerm = Exclude<keyof PreventCoefficients, 'constant'>;

/**
 * Base 10-year coefficients, Khan 2024 supplement, as transcribed independently (agreeing to 7 dp)
 * in bcjaeger/PooledCohort (data-raw/coefs_prevent.xlsx, sheet base_10) and martingmayer/preventr.
 */
export const PREVENT_BASE_10Y: Readonly<
  Record<PreventOutcome, Readonly<Record<PreventSex, PreventCoefficients>>>
> = {
  'total-cvd': {
    female: {
      age: 0.7939329,
      nonHdl: 0.0305239,
      hdl: -0.1606857,
      sbpBelow110: -0.2394003,
      sbpAbove110: 0.3600781,
      diabetes: 0.8667604,
      currentSmoker: 0.5360739,
      egfrBelow60: 0.6045917,
      egfrAbove60: 0.0433769,
      bpTreatment: 0.3151672,
      statin: -0.1477655,
      bpTreatmentBySbpAbove110: -0.0663612,
      statinByNonHdl: 0.1197879,
      ageByNonHdl: -0.0819715,
      ageByHdl: 0.0306769,
      ageBySbpAbove110: -0.0946348,
      ageByDiabetes: -0.27057,
      ageBySmoker: -0.078715,
      ageByEgfrBelow60: -0.1637806,
      constant: -3.307728,
    },
    male: {
      age: 0.7688528,
      nonHdl: 0.0736174,
      hdl: -0.0954431,
      sbpBelow110: -0.4347345,
      sbpAbove110: 0.3362658,
      diabetes: 0.7692857,
      currentSmoker: 0.4386871,
      egfrBelow60: 0.5378979,
      egfrAbove60: 0.0164827,
      bpTreatment: 0.288879,
      statin: -0.1337349,
      bpTreatmentBySbpAbove110: -0.0475924,
      statinByNonHdl: 0.150273,
      ageByNonHdl: -0.0517874,
      ageByHdl: 0.0191169,
      ageBySbpAbove110: -0.1049477,
      ageByDiabetes: -0.2251948,
      ageBySmoker: -0.0895067,
      ageByEgfrBelow60: -0.1543702,
      constant: -3.031168,
    },
  },
  ascvd: {
    female: {
      age: 0.719883,
      nonHdl: 0.1176967,
      hdl: -0.151185,
      sbpBelow110: -0.0835358,
      sbpAbove110: 0.3592852,
      diabetes: 0.8348585,
      currentSmoker: 0.4831078,
      egfrBelow60: 0.4864619,
      egfrAbove60: 0.0397779,
      bpTreatment: 0.2265309,
      statin: -0.0592374,
      bpTreatmentBySbpAbove110: -0.0395762,
      statinByNonHdl: 0.0844423,
      ageByNonHdl: -0.0567839,
      ageByHdl: 0.0325692,
      ageBySbpAbove110: -0.1035985,
      ageByDiabetes: -0.2417542,
      ageBySmoker: -0.0791142,
      ageByEgfrBelow60: -0.1671492,
      constant: -3.819975,
    },
    male: {
      age: 0.7099847,
      nonHdl: 0.1658663,
      hdl: -0.1144285,
      sbpBelow110: -0.2837212,
      sbpAbove110: 0.3239977,
      diabetes: 0.7189597,
      currentSmoker: 0.3956973,
      egfrBelow60: 0.3690075,
      egfrAbove60: 0.0203619,
      bpTreatment: 0.2036522,
      statin: -0.0865581,
      bpTreatmentBySbpAbove110: -0.0322916,
      statinByNonHdl: 0.114563,
      ageByNonHdl: -0.0300005,
      ageByHdl: 0.0232747,
      ageBySbpAbove110: -0.0927024,
      ageByDiabetes: -0.2018525,
      ageBySmoker: -0.0970527,
      ageByEgfrBelow60: -0.1217081,
      constant: -3.500655,
    },
  },
};

/** mg/dL → mmol/L for cholesterol, the factor both PREVENT implementations use. */
export const CHOLESTEROL_MG_DL_TO_MMOL_L = 0.02586;

export type PreventInputs = {
  ageYears: number;
  sex: PreventSex;
  totalCholesterolMgDl: number;
  hdlMgDl: number;
  systolicBpMmHg: number;
  diabetes: boolean;
  currentSmoker: boolean;
  egfr: number;
  onBpTreatment: boolean;
  onStatin: boolean;
};

/** Each term's β·X (log-odds), without the constant. */
export function preventTerms(inputs: PreventInputs, outcome: PreventOutcome): Record<PreventTerm, number> {
  const beta = PREVENT_BASE_10Y[outcome][inputs.sex];
  const a = (inputs.ageYears - 55) / 10;
  const nonHdl = (inputs.totalCholesterolMgDl - inputs.hdlMgDl) * CHOLESTEROL_MG_DL_TO_MMOL_L - 3.5;
  const hdl = (inputs.hdlMgDl * CHOLESTEROL_MG_DL_TO_MMOL_L - 1.3) / 0.3;
  const sbpLow = (Math.min(inputs.systolicBpMmHg, 110) - 110) / 20;
  const sbpHigh = (Math.max(inputs.systolicBpMmHg, 110) - 130) / 20;
  const egfrLow = (Math.min(inputs.egfr, 60) - 60) / -15;
  const egfrHigh = (Math.max(inputs.egfr, 60) - 90) / -15;
  const dm = inputs.diabetes ? 1 : 0;
  const smoker = inputs.currentSmoker ? 1 : 0;
  const bpTx = inputs.onBpTreatment ? 1 : 0;
  const statin = inputs.onStatin ? 1 : 0;
  return {
    age: beta.age * a,
    nonHdl: beta.nonHdl * nonHdl,
    hdl: beta.hdl * hdl,
    sbpBelow110: beta.sbpBelow110 * sbpLow,
    sbpAbove110: beta.sbpAbove110 * sbpHigh,
    diabetes: beta.diabetes * dm,
    currentSmoker: beta.currentSmoker * smoker,
    egfrBelow60: beta.egfrBelow60 * egfrLow,
    egfrAbove60: beta.egfrAbove60 * egfrHigh,
    bpTreatment: beta.bpTreatment * bpTx,
    statin: beta.statin * statin,
    bpTreatmentBySbpAbove110: beta.bpTreatmentBySbpAbove110 * bpTx * sbpHigh,
    statinByNonHdl: beta.statinByNonHdl * statin * nonHdl,
    ageByNonHdl: beta.ageByNonHdl * a * nonHdl,
    ageByHdl: beta.ageByHdl * a * hdl,
    ageBySbpAbove110: beta.ageBySbpAbove110 * a * sbpHigh,
    ageByDiabetes: beta.ageByDiabetes * a * dm,
    ageBySmoker: beta.ageBySmoker * a * smoker,
    ageByEgfrBelow60: beta.ageByEgfrBelow60 * a * egfrLow,
  };
}

/** 10-year risk (fraction) of the outcome. */
export function preventRisk(inputs: PreventInputs, outcome: PreventOutcome): number {
  if (!(inputs.totalCholesterolMgDl > inputs.hdlMgDl) || !(inputs.egfr > 0))
    throw new RangeError('PREVENT needs total cholesterol above HDL cholesterol and a positive eGFR');
  const terms = preventTerms(inputs, outcome);
  const logOdds = PREVENT_BASE_10Y[outcome][inputs.sex].constant + sumOfTerms(terms);
  return 1 / (1 + Math.exp(-logOdds));
}

export type PreventContributions = {
  age: number;
  nonHdl: number;
  hdl: number;
  systolicBp: number;
  diabetes: number;
  smoking: number;
  egfr: number;
  bpTreatment: number;
  statin: number;
};

/**
 * Log-odds contributions against the reference profile, adding up to x − constant. Each age
 * interaction goes to the other factor (its effect at this age); the treated-SBP term goes to
 * blood-pressure treatment and the treated-non-HDL term to statin use.
 */
export function preventContributions(inputs: PreventInputs, outcome: PreventOutcome): PreventContributions {
  const t = preventTerms(inputs, outcome);
  return {
    age: t.age,
    nonHdl: t.nonHdl + t.ageByNonHdl,
    hdl: t.hdl + t.ageByHdl,
    systolicBp: t.sbpBelow110 + t.sbpAbove110 + t.ageBySbpAbove110,
    diabetes: t.diabetes + t.ageByDiabetes,
    smoking: t.currentSmoker + t.ageBySmoker,
    egfr: t.egfrBelow60 + t.egfrAbove60 + t.ageByEgfrBelow60,
    bpTreatment: t.bpTreatment + t.bpTreatmentBySbpAbove110,
    statin: t.statin + t.statinByNonHdl,
  };
}
