import type { CodeableConcept, Observation, Reference } from '@medplum/fhirtypes';
import {
  type CodedConcept,
  findLoincTest,
  findSmokingStatus,
  LOINC,
  PACK_YEARS_SNOMED,
  SMOKING_STATUSES,
  SYSTEMS,
} from '@nexus/clinical';
import type { AnswerValue, QuestionnaireDefinition } from '@nexus/contracts';
import { narrowReference } from '../projections/fhir-values.ts';
import { checkAnswers } from './answer-rules.ts';

export type ObservationMeta = {
  subject: Reference;
  performer: Reference;
  effective: string;
  responseRef: string;
};

/** SNOMED CT answers to LOINC 72166-2 (the US Core smoking-status value set) for each answer of the form. */
type SmokingAnswer = { code: string; kind: 'current' | 'former' | 'never'; display: string };
const SMOKING_ANSWERS: Record<string, SmokingAnswer> = {
  'current-every-day': { code: '449868002', kind: 'current', display: 'Current every day smoker' },
  'current-some-days': { code: '428041000124106', kind: 'current', display: 'Current some day smoker' },
  former: { code: '8517006', kind: 'former', display: 'Former smoker' },
};
const NEVER_SMOKED: SmokingAnswer = { code: '266919005', kind: 'never', display: 'Never smoker' };

/** Observations the answers imply, for the clinician and the risk models: smoking status (72166-2 with the SNOMED answer), pack-years when computable (cigarettes/day ÷ 20 × years), body height, weight, BMI. Each with `derivedFrom` the response. */
export function observationsFromAnswers(
  def: QuestionnaireDefinition,
  answers: Record<string, AnswerValue>,
  meta: ObservationMeta,
): Observation[] {
  const clean = checkAnswers(def, answers);
  const number = (linkId: string) => {
    const value = clean.get(linkId);
    return typeof value === 'number' ? value : null;
  };
  const observe = (category: string, code: CodeableConcept, value: Partial<Observation>): Observation => ({
    resourceType: 'Observation',
    status: 'final',
    category: [{ coding: [{ system: SYSTEMS.observationCategory, code: category }] }],
    code,
    subject: narrowReference(meta.subject),
    performer: [narrowReference(meta.performer)],
    effectiveDateTime: meta.effective,
    derivedFrom: [{ reference: meta.responseRef }],
    ...value,
  });
  const loinc = (code: string, display: string): CodeableConcept => ({
    coding: [{ system: SYSTEMS.loinc, code, display }],
    text: display,
  });
  const quantity = (value: number, unit: string, display = unit) => ({
    valueQuantity: { value, unit: display, system: SYSTEMS.ucum, code: unit },
  });

  const observations: Observation[] = [];
  const smoking = smokingAnswer(clean.get('smoking.ever'), clean.get('smoking.status'));
  if (smoking) {
    const concept = smokingConcept(smoking);
    observations.push(
      observe('social-history', loinc(LOINC.smokingStatus, 'Tobacco smoking status'), {
        valueCodeableConcept: { coding: [concept], text: concept.display },
      }),
    );
  }
  const packYears = packYearsOf(number('smoking.cigarettes-per-day'), number('smoking.years-smoked'));
  const packYearsTest = findLoincTest(LOINC.packYears);
  if (packYears !== null) {
    observations.push(
      observe(
        'social-history',
        {
          coding: [
            { system: SYSTEMS.loinc, code: LOINC.packYears, display: packYearsTest?.display ?? 'Pack-years' },
            { ...PACK_YEARS_SNOMED },
          ],
          text: 'Pack-years',
        },
        quantity(
          packYears,
          packYearsTest?.unit ?? '{pack-years}',
          packYearsTest?.unitDisplay ?? 'pack-years',
        ),
      ),
    );
  }
  const heightCm = number('body.height');
  const weightKg = number('body.weight');
  if (heightCm !== null) {
    observations.push(
      observe('vital-signs', loinc(LOINC.bodyHeight, 'Body height'), quantity(heightCm, 'cm')),
    );
  }
  if (weightKg !== null) {
    observations.push(
      observe('vital-signs', loinc(LOINC.bodyWeight, 'Body weight'), quantity(weightKg, 'kg')),
    );
  }
  const bmi = heightCm !== null && weightKg !== null ? bodyMassIndex(weightKg, heightCm) : null;
  if (bmi !== null) {
    observations.push(
      observe(
        'vital-signs',
        loinc(LOINC.bmi, 'Body mass index (BMI) [Ratio]'),
        quantity(bmi, 'kg/m2', 'kg/m²'),
      ),
    );
  }
  return observations;
}

/** Pack-years: packs (20 cigarettes) a day times years smoked, to one decimal. */
export function packYearsOf(cigarettesPerDay: number | null, yearsSmoked: number | null): number | null {
  if (cigarettesPerDay === null || yearsSmoked === null) return null;
  return Math.round((cigarettesPerDay / 20) * yearsSmoked * 10) / 10;
}

/** Body mass index: weight in kg over the square of height in metres, to one decimal. */
export function bodyMassIndex(weightKg: number, heightCm: number): number | null {
  if (heightCm <= 0) return null;
  const heightM = heightCm / 100;
  return Math.round((weightKg / (heightM * heightM)) * 10) / 10;
}

function smokingAnswer(ever: AnswerValue | undefined, status: AnswerValue | undefined): SmokingAnswer | null {
  if (ever === false) return NEVER_SMOKED;
  if (ever === true && typeof status === 'string') return SMOKING_ANSWERS[status] ?? null;
  return null;
}

/** The platform's curated concept for the answer (same code, else same kind), else the value set's own. */
function smokingConcept(wanted: SmokingAnswer): CodedConcept {
  const curated =
    findSmokingStatus(wanted.code) ?? SMOKING_STATUSES.find((status) => status.kind === wanted.kind);
  if (curated) return { system: curated.system, code: curated.code, display: curated.display };
  return { system: SYSTEMS.snomed, code: wanted.code, display: wanted.display };
}
