import type {
  Condition,
  DocumentReference,
  Observation,
  Patient,
  Practitioner,
  Reference,
} from '@medplum/fhirtypes';

type Subject = Reference<Patient>;
type Author = Reference<Patient | Practitioner>;

import {
  findConditionBySnomed,
  findLoincTest,
  interpretationCode,
  interpretQuantity,
  LOINC,
  type LoincTest,
  type Sex,
  SYSTEMS,
} from '@nexus/clinical';
import type {
  AddConditionRequest,
  RecordLabsRequest,
  RecordVitalsRequest,
  WriteNoteRequest,
} from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/http/errors.ts';

/** Who wrote it: the user, by the platform's user identifier and their name. */
export const authorReference = (actor: Actor): Reference<Practitioner> => ({
  identifier: { system: 'urn:lifecare-nexus:user', value: actor.userId },
  display: actor.displayName,
});

export type PatientFacts = { sex: Sex | null; ageYears: number | null };

const category = (code: 'vital-signs' | 'laboratory') => [
  {
    coding: [
      {
        system: SYSTEMS.observationCategory,
        code,
        display: code === 'vital-signs' ? 'Vital Signs' : 'Laboratory',
      },
    ],
  },
];

const testOrThrow = (code: string): LoincTest => {
  const test = findLoincTest(code);
  if (!test)
    throw new AppError('unknown_test', 400, `LOINC ${code} is not in the platform's test catalogue.`);
  return test;
};

const quantity = (test: LoincTest, value: number) => ({
  value,
  unit: test.unitDisplay,
  system: SYSTEMS.ucum,
  code: test.unit,
});

/** An observation of one numeric result, read against the catalogue's range for this patient. */
function measured(input: {
  test: LoincTest;
  value: number;
  kind: 'vital-signs' | 'laboratory';
  subject: Subject;
  performer: Author;
  effective: string;
  patient: PatientFacts;
}): Observation {
  const { test, value } = input;
  if (value < test.inputMin || value > test.inputMax) {
    throw new AppError(
      'implausible_value',
      400,
      `${test.shortName} ${value} ${test.unitDisplay} is outside ${test.inputMin}–${test.inputMax}.`,
    );
  }
  const reading = interpretQuantity({ loincCode: test.code, value, unit: test.unit, ...input.patient });
  return {
    resourceType: 'Observation',
    status: 'final',
    category: category(input.kind),
    code: {
      coding: [{ system: SYSTEMS.loinc, code: test.code, display: test.display }],
      text: test.shortName,
    },
    subject: input.subject,
    effectiveDateTime: input.effective,
    issued: new Date().toISOString(),
    performer: [input.performer],
    valueQuantity: quantity(test, value),
    ...(reading
      ? {
          interpretation: [{ coding: [interpretationCode(reading.flag)] }],
          referenceRange: [
            {
              ...(reading.range.low !== null ? { low: quantity(test, reading.range.low) } : {}),
              ...(reading.range.high !== null ? { high: quantity(test, reading.range.high) } : {}),
              text: reading.range.text,
            },
          ],
        }
      : {}),
  };
}

/** The vital signs of one measurement session: blood pressure as one panel, BMI computed when both weight and height are given. */
export function vitalSignObservations(input: {
  request: RecordVitalsRequest;
  subject: Subject;
  performer: Author;
  effective: string;
  patient: PatientFacts;
}): Observation[] {
  const { request } = input;
  const common = {
    kind: 'vital-signs' as const,
    subject: input.subject,
    performer: input.performer,
    effective: input.effective,
    patient: input.patient,
  };
  const out: Observation[] = [];
  if (request.systolicMmHg !== undefined && request.diastolicMmHg !== undefined) {
    const systolic = measured({ ...common, test: testOrThrow(LOINC.systolic), value: request.systolicMmHg });
    const diastolic = measured({
      ...common,
      test: testOrThrow(LOINC.diastolic),
      value: request.diastolicMmHg,
    });
    const component = (o: Observation) => ({
      code: o.code,
      ...(o.valueQuantity ? { valueQuantity: o.valueQuantity } : {}),
      ...(o.interpretation ? { interpretation: o.interpretation } : {}),
      ...(o.referenceRange ? { referenceRange: o.referenceRange } : {}),
    });
    out.push({
      resourceType: 'Observation',
      status: 'final',
      category: category('vital-signs'),
      code: {
        coding: [
          {
            system: SYSTEMS.loinc,
            code: LOINC.bloodPressurePanel,
            display: 'Blood pressure panel with all children optional',
          },
        ],
        text: 'Blood pressure',
      },
      subject: input.subject,
      effectiveDateTime: input.effective,
      performer: [input.performer],
      component: [component(systolic), component(diastolic)],
    });
  }
  const single: [number | undefined, string][] = [
    [request.heartRateBpm, LOINC.heartRate],
    [request.respiratoryRatePerMin, LOINC.respiratoryRate],
    [request.temperatureC, LOINC.bodyTemperature],
    [request.oxygenSaturationPct, LOINC.oxygenSaturation],
    [request.weightKg, LOINC.bodyWeight],
    [request.heightCm, LOINC.bodyHeight],
  ];
  for (const [value, code] of single) {
    if (value !== undefined) out.push(measured({ ...common, test: testOrThrow(code), value }));
  }
  if (request.weightKg !== undefined && request.heightCm !== undefined) {
    const bmi = Math.round((request.weightKg / (request.heightCm / 100) ** 2) * 10) / 10;
    out.push(measured({ ...common, test: testOrThrow(LOINC.bmi), value: bmi }));
  }
  return out;
}

export function labObservations(input: {
  request: RecordLabsRequest;
  subject: Subject;
  performer: Author;
  effective: string;
  patient: PatientFacts;
}): Observation[] {
  return input.request.results.map((result) => {
    const test = testOrThrow(result.loincCode);
    if (test.category !== 'laboratory') {
      throw new AppError('unknown_test', 400, `LOINC ${result.loincCode} is not a laboratory test.`);
    }
    return measured({ ...input, kind: 'laboratory', test, value: result.value });
  });
}

export function conditionFrom(input: {
  request: AddConditionRequest;
  subject: Subject;
  recorder: Author;
  recordedAt: string;
}): Condition {
  const { request } = input;
  const known = request.code.system === SYSTEMS.snomed ? findConditionBySnomed(request.code.code) : undefined;
  return {
    resourceType: 'Condition',
    clinicalStatus: {
      coding: [
        { system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: request.clinicalStatus },
      ],
    },
    verificationStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
          code: request.verificationStatus,
        },
      ],
    },
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-category',
            code: 'problem-list-item',
            display: 'Problem List Item',
          },
        ],
      },
    ],
    code: {
      coding: [
        { system: request.code.system, code: request.code.code, display: request.code.display },
        ...(known?.icd10
          ? [{ system: known.icd10.system, code: known.icd10.code, display: known.icd10.display }]
          : []),
      ],
      text: request.code.display,
    },
    subject: input.subject,
    ...(request.onsetDate ? { onsetDateTime: request.onsetDate } : {}),
    recordedDate: input.recordedAt,
    recorder: input.recorder,
    ...(request.note ? { note: [{ text: request.note, time: input.recordedAt }] } : {}),
  };
}

/** A clinical note: its text in a Binary (encrypted at rest) and the DocumentReference that describes it. */
export function noteResources(input: {
  request: WriteNoteRequest;
  subject: Subject;
  author: Author;
  date: string;
  binaryUrn: string;
}) {
  const data = Buffer.from(input.request.text, 'utf8');
  const binary = {
    resourceType: 'Binary' as const,
    contentType: 'text/plain; charset=utf-8',
    securityContext: input.subject,
    data: data.toString('base64'),
  };
  const document: DocumentReference = {
    resourceType: 'DocumentReference',
    status: 'current',
    docStatus: 'final',
    type: {
      coding: [{ system: SYSTEMS.loinc, code: '11506-3', display: 'Progress note' }],
      text: 'Clinical note',
    },
    category: [
      {
        coding: [
          {
            system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category',
            code: 'clinical-note',
            display: 'Clinical Note',
          },
        ],
      },
    ],
    subject: input.subject,
    date: input.date,
    author: [input.author],
    description: input.request.title,
    content: [
      {
        attachment: {
          contentType: binary.contentType,
          url: input.binaryUrn,
          title: input.request.title,
          size: data.length,
          creation: input.date,
        },
      },
    ],
  };
  return { binary, document };
}
