import type {
  CodeableConcept,
  DiagnosticReport,
  Encounter,
  Observation,
  ObservationReferenceRange,
  Reference,
} from '@medplum/fhirtypes';
import type { CodedConcept, Sex } from '@nexus/clinical';
import { findLoincTest, interpretationCode, interpretQuantity, LOINC, SYSTEMS } from '@nexus/clinical';
import { addMinutes, concept, fhirDateTime, type RecordBuilder, ucumQuantity } from './synthetic-bundle.ts';
import type { VitalSigns } from './synthetic-physiology.ts';

/** Where and when a set of observations was made. */
export type ObservationContext = {
  builder: RecordBuilder;
  encounter: Reference<Encounter>;
  effective: Date;
  sex: Sex;
  ageYears: number;
};

type Category = 'vital-signs' | 'laboratory' | 'social-history';
const CATEGORY_DISPLAY: Readonly<Record<Category, string>> = {
  'vital-signs': 'Vital Signs',
  laboratory: 'Laboratory',
  'social-history': 'Social History',
};

export function observationCategory(category: Category): CodeableConcept[] {
  return [
    {
      coding: [{ system: SYSTEMS.observationCategory, code: category, display: CATEGORY_DISPLAY[category] }],
    },
  ];
}

/** The curated test for a code the generator uses; a missing one is a programming error. */
export function curatedTest(loincCode: string) {
  const test = findLoincTest(loincCode);
  if (!test) throw new Error(`LOINC ${loincCode} is not in the clinical tables`);
  return test;
}

export function loincCoding(loincCode: string): CodedConcept {
  return { system: SYSTEMS.loinc, code: loincCode, display: curatedTest(loincCode).display };
}

function base(context: ObservationContext, category: Category, code: CodeableConcept): Observation {
  return {
    resourceType: 'Observation',
    status: 'final',
    category: observationCategory(category),
    code,
    subject: context.builder.patient,
    encounter: context.encounter,
    effectiveDateTime: fhirDateTime(context.effective),
  };
}

/**
 * A numeric observation in the test's canonical UCUM unit. Laboratory results carry the reference
 * range and interpretation from @nexus/clinical, as a laboratory report would.
 */
export function recordQuantity(
  context: ObservationContext,
  loincCode: string,
  value: number,
  extraCodings: readonly CodedConcept[] = [],
): Reference<Observation> {
  const test = curatedTest(loincCode);
  const observation: Observation = {
    ...base(context, test.category, concept(loincCoding(loincCode), ...extraCodings)),
    valueQuantity: ucumQuantity(value, test.unit, test.unitDisplay),
  };
  if (test.category === 'laboratory') {
    const reading = interpretQuantity({
      loincCode,
      value,
      unit: test.unit,
      sex: context.sex,
      ageYears: context.ageYears,
    });
    if (reading) {
      const range: ObservationReferenceRange = { text: reading.range.text };
      if (reading.range.low !== null)
        range.low = ucumQuantity(reading.range.low, test.unit, test.unitDisplay);
      if (reading.range.high !== null)
        range.high = ucumQuantity(reading.range.high, test.unit, test.unitDisplay);
      observation.referenceRange = [range];
      observation.interpretation = [{ coding: [interpretationCode(reading.flag)] }];
      observation.issued = fhirDateTime(addMinutes(context.effective, 180));
    }
  }
  return context.builder.add(observation);
}

/** A coded observation (smoking status) or a dateTime one (quit date). */
export function recordSocialHistory(
  context: ObservationContext,
  code: CodedConcept,
  value: { concept: CodedConcept } | { dateTime: Date },
): Reference<Observation> {
  return context.builder.add({
    ...base(context, 'social-history', concept(code)),
    ...('concept' in value
      ? { valueCodeableConcept: concept(value.concept) }
      : { valueDateTime: fhirDateTime(value.dateTime) }),
  });
}

/** The vital signs of a visit: blood pressure as the 85354-9 panel, then the single measurements. */
export function recordVitalSigns(
  context: ObservationContext,
  vitals: VitalSigns,
  options: { bodyMeasurements: boolean },
): Reference<Observation>[] {
  const systolic = curatedTest(LOINC.systolic);
  const diastolic = curatedTest(LOINC.diastolic);
  const bloodPressure = context.builder.add({
    ...base(context, 'vital-signs', concept(loincCoding(LOINC.bloodPressurePanel))),
    component: [
      {
        code: concept(loincCoding(LOINC.systolic)),
        valueQuantity: ucumQuantity(vitals.systolic, systolic.unit, systolic.unitDisplay),
      },
      {
        code: concept(loincCoding(LOINC.diastolic)),
        valueQuantity: ucumQuantity(vitals.diastolic, diastolic.unit, diastolic.unitDisplay),
      },
    ],
  });
  const references = [
    bloodPressure,
    recordQuantity(context, LOINC.heartRate, vitals.heartRate),
    recordQuantity(context, LOINC.respiratoryRate, vitals.respiratoryRate),
    recordQuantity(context, LOINC.bodyTemperature, vitals.temperatureC),
    recordQuantity(context, LOINC.oxygenSaturation, vitals.spo2),
  ];
  if (options.bodyMeasurements) {
    references.push(
      recordQuantity(context, LOINC.bodyHeight, vitals.heightCm),
      recordQuantity(context, LOINC.bodyWeight, vitals.weightKg),
      recordQuantity(context, LOINC.bmi, vitals.bmi),
    );
  }
  return references;
}

/** A laboratory DiagnosticReport (category LAB) grouping the results of one panel. */
export function recordLabReport(
  context: ObservationContext,
  panel: CodedConcept,
  results: readonly Reference<Observation>[],
): Reference<DiagnosticReport> {
  return context.builder.add({
    resourceType: 'DiagnosticReport',
    status: 'final',
    category: [
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'LAB', display: 'Laboratory' },
        ],
      },
    ],
    code: concept(panel),
    subject: context.builder.patient,
    encounter: context.encounter,
    effectiveDateTime: fhirDateTime(context.effective),
    issued: fhirDateTime(addMinutes(context.effective, 240)),
    result: [...results],
  });
}
