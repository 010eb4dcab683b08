import type { DiagnosticReport, Reference } from '@medplum/fhirtypes';
import type { CodedConcept } from '@nexus/clinical';
import { LAB_PANELS, LOINC } from '@nexus/clinical';
import {
  loincCoding,
  type ObservationContext,
  recordLabReport,
  recordQuantity,
} from './synthetic-observations.ts';
import type { LabValues } from './synthetic-physiology.ts';

function panel(code: string): CodedConcept {
  const found = LAB_PANELS.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`panel ${code} is not in the clinical tables`);
  return found;
}

/** Basic metabolic panel (serum) with the CKD-EPI 2021 eGFR, as one DiagnosticReport. */
export function recordMetabolicPanel(
  context: ObservationContext,
  labs: LabValues,
): Reference<DiagnosticReport> {
  const results = [
    recordQuantity(context, LOINC.glucose, labs.glucoseMgDl),
    recordQuantity(context, LOINC.ureaNitrogen, labs.ureaNitrogenMgDl),
    recordQuantity(context, LOINC.creatinine, labs.creatinineMgDl),
    recordQuantity(context, LOINC.egfrCkdEpi2021, labs.egfr),
    recordQuantity(context, LOINC.sodium, labs.sodium),
    recordQuantity(context, LOINC.potassium, labs.potassium),
    recordQuantity(context, LOINC.chloride, labs.chloride),
    recordQuantity(context, LOINC.carbonDioxide, labs.bicarbonate),
    recordQuantity(context, LOINC.calcium, labs.calciumMgDl),
  ];
  return recordLabReport(context, panel(LOINC.basicMetabolicPanelSerum), results);
}

/** Lipid panel with Friedewald-calculated LDL (13457-7). */
export function recordLipidPanel(context: ObservationContext, labs: LabValues): Reference<DiagnosticReport> {
  const results = [
    recordQuantity(context, LOINC.cholesterolTotal, labs.cholesterolMgDl),
    recordQuantity(context, LOINC.triglycerides, labs.triglyceridesMgDl),
    recordQuantity(context, LOINC.hdl, labs.hdlMgDl),
    recordQuantity(context, LOINC.ldlCalculated, labs.ldlMgDl),
  ];
  return recordLabReport(context, panel(LOINC.lipidPanelCalculatedLdl), results);
}

/** Complete blood count. */
export function recordBloodCount(context: ObservationContext, labs: LabValues): Reference<DiagnosticReport> {
  const results = [
    recordQuantity(context, LOINC.leukocytes, labs.leukocytes),
    recordQuantity(context, LOINC.erythrocytes, labs.erythrocytes),
    recordQuantity(context, LOINC.hemoglobin, labs.haemoglobinGDl),
    recordQuantity(context, LOINC.hematocrit, labs.haematocritPct),
    recordQuantity(context, LOINC.mcv, labs.mcvFl),
    recordQuantity(context, LOINC.mch, labs.mchPg),
    recordQuantity(context, LOINC.mchc, labs.mchcGDl),
    recordQuantity(context, LOINC.platelets, labs.platelets),
  ];
  return recordLabReport(context, panel(LOINC.cbcPanel), results);
}

/** A single-test report (HbA1c, urine albumin/creatinine ratio), coded with the test itself. */
export function recordSingleTest(
  context: ObservationContext,
  loincCode: string,
  value: number,
): Reference<DiagnosticReport> {
  return recordLabReport(context, loincCoding(loincCode), [recordQuantity(context, loincCode, value)]);
}
