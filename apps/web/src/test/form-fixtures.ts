import type {
  ConditionConcept,
  LabTestDefinition,
  QuestionnaireAnswers,
  QuestionnaireDefinition,
} from '@nexus/contracts';
import { LOINC, SNOMED } from './record-fixtures.ts';

/** What the record's forms are built from: the questionnaire and the code catalogues. */
/** A small symptoms-and-history questionnaire using every behaviour the form has to support. */
export function buildQuestionnaire(): QuestionnaireDefinition {
  const question = (
    q: Partial<QuestionnaireDefinition['sections'][number]['questions'][number]> & {
      linkId: string;
      text: string;
    },
  ) => ({
    type: 'string' as const,
    required: false,
    options: [],
    unit: null,
    min: null,
    max: null,
    enableWhen: null,
    ...q,
  });
  return {
    id: 'symptoms-and-history',
    url: 'https://lifecare-nexus.org/fhir/Questionnaire/symptoms-and-history',
    version: '1.0.0',
    title: 'Symptoms and history',
    description: 'About ten minutes. Questions marked with a star need an answer.',
    sections: [
      {
        linkId: 'symptoms',
        title: 'How you are now',
        questions: [
          question({
            linkId: 'has-symptoms',
            text: 'Do you have any symptoms now?',
            type: 'boolean',
            required: true,
          }),
          question({
            linkId: 'symptoms-list',
            text: 'Which symptoms?',
            type: 'multi-choice',
            required: true,
            options: [
              { code: 'fatigue', display: 'Tiredness' },
              { code: 'thirst', display: 'Thirst' },
              { code: 'chest-pain', display: 'Chest pain' },
            ],
            enableWhen: { linkId: 'has-symptoms', answer: true },
          }),
          question({
            linkId: 'chest-pain-when',
            text: 'When did the chest pain start?',
            type: 'date',
            required: true,
            enableWhen: { linkId: 'symptoms-list', answer: 'chest-pain' },
          }),
          question({
            linkId: 'pain-score',
            text: 'How bad is any pain, from 0 to 10?',
            type: 'integer',
            min: 0,
            max: 10,
          }),
        ],
      },
      {
        linkId: 'history',
        title: 'Your history',
        questions: [
          question({
            linkId: 'smoking',
            text: 'Do you smoke?',
            type: 'choice',
            required: true,
            options: [
              { code: 'never', display: 'Never' },
              { code: 'former', display: 'I used to' },
              { code: 'current', display: 'Yes' },
            ],
          }),
          question({ linkId: 'weight', text: 'Your weight', type: 'decimal', unit: 'kg', min: 20, max: 300 }),
          question({ linkId: 'other', text: 'Anything else your care team should know?', type: 'text' }),
        ],
      },
    ],
  };
}

export function buildQuestionnaireAnswers(
  overrides: Partial<QuestionnaireAnswers> = {},
): QuestionnaireAnswers {
  return {
    id: 'qr-1',
    questionnaireTitle: 'Symptoms and history',
    submittedAt: '2026-02-09T18:20:00.000Z',
    author: 'Alex Morgan',
    sections: [
      {
        title: 'How you are now',
        answers: [
          { linkId: 'has-symptoms', question: 'Do you have any symptoms now?', answer: 'Yes' },
          { linkId: 'symptoms-list', question: 'Which symptoms?', answer: 'Tiredness, Thirst' },
        ],
      },
    ],
    ...overrides,
  };
}

/** Two catalogue tests with their adult ranges and the form's plausible bounds. */
export const buildLabCatalogue = (): LabTestDefinition[] => [
  {
    loinc: { system: LOINC, code: '4548-4', display: 'Hemoglobin A1c/Hemoglobin.total in Blood' },
    shortName: 'HbA1c',
    unit: '%',
    referenceRange: { low: 4, high: 5.6, unit: '%', text: '4.0–5.6 %' },
    min: 3,
    max: 20,
  },
  {
    loinc: { system: LOINC, code: '2823-3', display: 'Potassium [Moles/volume] in Serum or Plasma' },
    shortName: 'Potassium',
    unit: 'mmol/L',
    referenceRange: { low: 3.5, high: 5.1, unit: 'mmol/L', text: '3.5–5.1 mmol/L' },
    min: 1,
    max: 10,
  },
];

export const buildConditionConcepts = (): ConditionConcept[] => [
  {
    snomed: { system: SNOMED, code: '59621000', display: 'Essential hypertension' },
    icd10: {
      system: 'http://hl7.org/fhir/sid/icd-10',
      code: 'I10',
      display: 'Essential (primary) hypertension',
    },
  },
  {
    snomed: { system: SNOMED, code: '38341003', display: 'Hypertensive disorder' },
    icd10: null,
  },
];
