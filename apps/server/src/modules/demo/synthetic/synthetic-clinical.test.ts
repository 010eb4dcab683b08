import type { Bundle, Observation } from '@medplum/fhirtypes';
import {
  CONDITIONS,
  egfrCkdEpi2021,
  LAB_PANELS,
  LOINC,
  LOINC_TESTS,
  PACK_YEARS_SNOMED,
  SMOKING_STATUSES,
  SYSTEMS,
  TOBACCO_OBSERVATION_CODES,
} from '@nexus/clinical';
import { describe, expect, it } from 'vitest';
import { collect, firstCode, ofType } from './synthetic-bundle.test-helpers.ts';
import { GENERATOR_CODINGS } from './synthetic-codes.table.ts';
import { generateSyntheticPatients } from './synthetic-patients.generator.ts';

const now = new Date('2026-03-15T12:00:00Z');
const patients = [
  ...generateSyntheticPatients({ count: 36, seed: 7, now }),
  ...generateSyntheticPatients({ count: 36, seed: 2024, now }),
];

const quantity = (observation: Observation) => observation.valueQuantity?.value;
const byEncounter = (bundle: Bundle, code: string) =>
  new Map(
    ofType(bundle, 'Observation')
      .filter((observation) => firstCode(observation.code) === code)
      .map((observation) => [observation.encounter?.reference, observation]),
  );
const hasCondition = (bundle: Bundle, snomed: string) =>
  ofType(bundle, 'Condition').find((condition) =>
    condition.code?.coding?.some((coding) => coding.code === snomed),
  );

describe('physiological consistency', () => {
  it('has systolic above diastolic in every blood-pressure panel (85354-9 with 8480-6 and 8462-4)', () => {
    const panels = patients.flatMap((bundle) =>
      ofType(bundle, 'Observation').filter(
        (observation) => firstCode(observation.code) === LOINC.bloodPressurePanel,
      ),
    );
    expect(panels.length).toBeGreaterThan(500);
    const wrong = panels.filter((panel) => {
      const value = (code: string) =>
        panel.component?.find((part) => firstCode(part.code) === code)?.valueQuantity?.value;
      const [systolic, diastolic] = [value(LOINC.systolic), value(LOINC.diastolic)];
      return (
        systolic === undefined ||
        diastolic === undefined ||
        systolic <= diastolic ||
        panel.valueQuantity !== undefined
      );
    });
    expect(wrong).toEqual([]);
  });

  it('has BMI = weight / height² at every visit that measured them', () => {
    let checked = 0;
    for (const bundle of patients) {
      const weights = byEncounter(bundle, LOINC.bodyWeight);
      const heights = byEncounter(bundle, LOINC.bodyHeight);
      for (const [encounter, bmi] of byEncounter(bundle, LOINC.bmi)) {
        const weightKg = quantity(weights.get(encounter) ?? bmi) ?? Number.NaN;
        const heightM = (quantity(heights.get(encounter) ?? bmi) ?? Number.NaN) / 100;
        expect(quantity(bmi)).toBeCloseTo(weightKg / heightM ** 2, 1);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('reports eGFR from creatinine, age and sex by the CKD-EPI 2021 equation', () => {
    const bundle = patients[0];
    if (!bundle) throw new Error('no patients');
    const [patient] = ofType(bundle, 'Patient');
    const sex = patient?.gender === 'male' ? 'male' : 'female';
    const creatinine = byEncounter(bundle, LOINC.creatinine);
    for (const [encounter, egfr] of byEncounter(bundle, LOINC.egfrCkdEpi2021)) {
      const ageYears = Math.floor(
        (Date.parse(egfr.effectiveDateTime ?? '') - Date.parse(patient?.birthDate ?? '')) /
          (365.25 * 86_400_000),
      );
      const creatinineMgDl = quantity(creatinine.get(encounter) ?? egfr) ?? Number.NaN;
      expect(
        Math.abs((quantity(egfr) ?? 0) - egfrCkdEpi2021({ creatinineMgDl, ageYears, sex })),
      ).toBeLessThanOrEqual(1);
    }
  });

  it('has LDL = total cholesterol − HDL − triglycerides / 5 (Friedewald) in every lipid panel', () => {
    for (const bundle of patients.slice(0, 10)) {
      const total = byEncounter(bundle, LOINC.cholesterolTotal);
      const hdl = byEncounter(bundle, LOINC.hdl);
      const triglycerides = byEncounter(bundle, LOINC.triglycerides);
      for (const [encounter, ldl] of byEncounter(bundle, LOINC.ldlCalculated)) {
        const friedewald =
          (quantity(total.get(encounter) ?? ldl) ?? 0) -
          (quantity(hdl.get(encounter) ?? ldl) ?? 0) -
          (quantity(triglycerides.get(encounter) ?? ldl) ?? 0) / 5;
        expect(Math.abs((quantity(ldl) ?? 0) - friedewald)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('diagnoses meet their published criteria', () => {
  it('gives every diabetic an HbA1c ≥ 6.5 % on or before the diagnosis (ADA Standards of Care)', () => {
    const diabetics = patients.filter((bundle) => hasCondition(bundle, '44054006'));
    expect(diabetics.length).toBeGreaterThanOrEqual(10);
    for (const bundle of diabetics) {
      const onset = Date.parse(hasCondition(bundle, '44054006')?.onsetDateTime ?? '');
      const diagnostic = ofType(bundle, 'Observation').filter(
        (observation) =>
          firstCode(observation.code) === LOINC.hba1c &&
          (quantity(observation) ?? 0) >= 6.5 &&
          Date.parse(observation.effectiveDateTime ?? '') <= onset,
      );
      expect(diagnostic.length).toBeGreaterThan(0);
    }
  });

  it('diagnoses hypertension in the record only on a reading of 140 mmHg or more (ESH 2023)', () => {
    for (const bundle of patients) {
      const hypertension = hasCondition(bundle, '38341003');
      if (!hypertension || hypertension.onsetDateTime !== hypertension.recordedDate) continue;
      const panel = ofType(bundle, 'Observation').find(
        (observation) =>
          firstCode(observation.code) === LOINC.bloodPressurePanel &&
          observation.encounter?.reference === hypertension.encounter?.reference,
      );
      const systolic = panel?.component?.find((part) => firstCode(part.code) === LOINC.systolic)
        ?.valueQuantity?.value;
      expect(systolic).toBeGreaterThanOrEqual(140);
    }
  });

  it('diagnoses CKD after an eGFR below 60 at that check-up and the one before (KDIGO: more than 3 months)', () => {
    const withCkd = patients.filter((bundle) => hasCondition(bundle, '433144002'));
    expect(withCkd.length).toBeGreaterThan(0);
    for (const bundle of withCkd) {
      const onset = Date.parse(hasCondition(bundle, '433144002')?.onsetDateTime ?? '');
      const before = ofType(bundle, 'Observation')
        .filter((observation) => firstCode(observation.code) === LOINC.egfrCkdEpi2021)
        .filter((observation) => Date.parse(observation.effectiveDateTime ?? '') <= onset)
        .map((observation) => quantity(observation) ?? 0);
      expect(before.at(-1)).toBeLessThan(60);
      if (before.length >= 2) expect(before.at(-2)).toBeLessThan(60);
    }
  });
});

describe('smoking history for the lung-cancer module', () => {
  it('records pack-years (LOINC 8664-5 + SNOMED CT 401201003) for every current or former smoker', () => {
    for (const bundle of patients) {
      const observations = ofType(bundle, 'Observation');
      const statuses = observations.filter(
        (observation) => firstCode(observation.code) === LOINC.smokingStatus,
      );
      expect(statuses.length).toBeGreaterThan(0);
      const smoked = statuses.some((status) => {
        const kind = SMOKING_STATUSES.find(
          (answer) => answer.code === firstCode(status.valueCodeableConcept),
        )?.kind;
        return kind === 'current' || kind === 'former';
      });
      const packYears = observations.filter((observation) => firstCode(observation.code) === LOINC.packYears);
      expect(packYears.length > 0).toBe(smoked);
      for (const observation of packYears) {
        expect(observation.code.coding?.map((coding) => coding.code)).toEqual([
          LOINC.packYears,
          PACK_YEARS_SNOMED.code,
        ]);
      }
      const values = packYears.map((observation) => quantity(observation) ?? 0);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it('includes lung-cancer patients with a smoking history, a biopsy before the diagnosis and chemotherapy', () => {
    const withCancer = patients.filter((bundle) => hasCondition(bundle, '254637007'));
    expect(withCancer.length).toBeGreaterThanOrEqual(4);
    for (const bundle of withCancer) {
      const onset = Date.parse(hasCondition(bundle, '254637007')?.onsetDateTime ?? '');
      const biopsy = ofType(bundle, 'Procedure').find(
        (procedure) => firstCode(procedure.code) === '432231006',
      );
      expect(Date.parse(biopsy?.performedDateTime ?? '')).toBeLessThan(onset);
      const packYears = ofType(bundle, 'Observation').filter(
        (observation) => firstCode(observation.code) === LOINC.packYears,
      );
      expect(packYears.length).toBeGreaterThan(0);
      const drugs = ofType(bundle, 'MedicationRequest').map((request) =>
        firstCode(request.medicationCodeableConcept),
      );
      expect(drugs).toEqual(expect.arrayContaining(['1736854', '583214']));
    }
  });
});

describe('codes come from the tables', () => {
  const known = new Set([
    ...LOINC_TESTS.map((test) => `${SYSTEMS.loinc}|${test.code}|${test.display}`),
    ...LAB_PANELS.map((panel) => `${panel.system}|${panel.code}|${panel.display}`),
    ...Object.values(TOBACCO_OBSERVATION_CODES).map((code) => `${code.system}|${code.code}|${code.display}`),
    ...CONDITIONS.flatMap((entry) => [entry.snomed, ...(entry.icd10 ? [entry.icd10] : [])]).map(
      (code) => `${code.system}|${code.code}|${code.display}`,
    ),
    ...SMOKING_STATUSES.map((status) => `${status.system}|${status.code}|${status.display}`),
    `${PACK_YEARS_SNOMED.system}|${PACK_YEARS_SNOMED.code}|${PACK_YEARS_SNOMED.display}`,
    ...GENERATOR_CODINGS.map((coding) => `${coding.system}|${coding.code}|${coding.display}`),
  ]);
  const terminologies = new Set<string>([
    SYSTEMS.loinc,
    SYSTEMS.snomed,
    SYSTEMS.icd10cm,
    SYSTEMS.rxnorm,
    SYSTEMS.cvx,
  ]);

  it('uses only curated LOINC, SNOMED CT, ICD-10-CM, RxNorm and CVX codes, with their table displays', () => {
    const codings = patients.flatMap((bundle) => collect(bundle, 'coding').flat()) as {
      system?: string;
      code?: string;
      display?: string;
    }[];
    const clinical = codings.filter((coding) => terminologies.has(coding.system ?? ''));
    expect(clinical.length).toBeGreaterThan(10_000);
    const unknown = clinical.filter(
      (coding) => !known.has(`${coding.system}|${coding.code}|${coding.display}`),
    );
    expect([
      ...new Set(unknown.map((coding) => `${coding.system}|${coding.code}|${coding.display}`)),
    ]).toEqual([]);
  });

  it('uses UCUM units of the curated tests for every quantity', () => {
    const units = new Map(LOINC_TESTS.map((test) => [test.code, test.unit]));
    for (const bundle of patients.slice(0, 10)) {
      for (const observation of ofType(bundle, 'Observation')) {
        const quantities = [observation, ...(observation.component ?? [])].filter(
          (part) => part.valueQuantity,
        );
        for (const part of quantities) {
          expect(part.valueQuantity?.system).toBe(SYSTEMS.ucum);
          expect(part.valueQuantity?.code).toBe(units.get(firstCode(part.code) ?? ''));
        }
      }
    }
  });
});

describe('treatment', () => {
  it('prescribes no penicillin to a patient allergic to it, and keeps prescriptions active or stopped', () => {
    for (const bundle of patients) {
      const requests = ofType(bundle, 'MedicationRequest');
      expect(requests.every((request) => request.status === 'active' || request.status === 'stopped')).toBe(
        true,
      );
      const allergic = ofType(bundle, 'AllergyIntolerance').some(
        (allergy) => firstCode(allergy.code) === '91936005',
      );
      if (allergic) {
        expect(requests.some((request) => firstCode(request.medicationCodeableConcept) === '562251')).toBe(
          false,
        );
      }
    }
  });

  it('groups laboratory results in LAB DiagnosticReports with reference ranges and interpretations', () => {
    for (const bundle of patients.slice(0, 10)) {
      const reported = new Set(
        ofType(bundle, 'DiagnosticReport').flatMap((report) => report.result?.map((ref) => ref.reference)),
      );
      const labs = (bundle.entry ?? []).filter(
        (entry) =>
          entry.resource?.resourceType === 'Observation' &&
          entry.resource.category?.[0]?.coding?.[0]?.code === 'laboratory',
      );
      expect(labs.length).toBeGreaterThan(0);
      for (const entry of labs) {
        expect(reported.has(entry.fullUrl)).toBe(true);
        const observation = entry.resource as Observation;
        expect(observation.interpretation?.[0]?.coding?.[0]?.system).toBe(SYSTEMS.interpretation);
        expect(observation.referenceRange?.[0]?.text).toBeTruthy();
      }
    }
  });
});
