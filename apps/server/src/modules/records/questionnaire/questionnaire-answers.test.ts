import type { AnswerValue } from '@nexus/contracts';
import { QuestionnaireAnswers } from '@nexus/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNameLookup } from '../projections/name-lookup.ts';
import { QuestionnaireAnswersError } from './answer-rules.ts';
import { expectValidFhir } from './fhir-validation.test-helpers.ts';
import { answersToResponse } from './questionnaire-response.builder.ts';
import { answerValuesFromResponse, responseToAnswers } from './questionnaire-response.reader.ts';
import { SYMPTOMS_AND_HISTORY } from './symptoms-and-history.questionnaire.ts';

const def = SYMPTOMS_AND_HISTORY;
const meta = {
  subject: { reference: 'Patient/7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01' },
  author: { reference: 'Patient/7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01', display: 'Samuel Jones' },
  authored: '2024-06-01T10:00:00Z',
  questionnaireRef: `${def.url}|${def.version}`,
};

/** The required questions of a person without symptoms who never smoked and does not drink. */
const minimal: Record<string, AnswerValue> = {
  'symptoms.any': false,
  'history.diabetes': false,
  'history.high-blood-pressure': true,
  'history.high-cholesterol': false,
  'history.heart-disease': false,
  'history.stroke': false,
  'history.kidney-disease': false,
  'history.copd': false,
  'history.asthma': false,
  'history.cancer': false,
  'family.lung-cancer': true,
  'family.diabetes': false,
  'family.early-heart-disease': false,
  'family.kidney-disease': false,
  'smoking.ever': false,
  'alcohol.any': false,
};

const full: Record<string, AnswerValue> = {
  ...minimal,
  'symptoms.any': true,
  'symptoms.list': ['cough', 'coughing-blood'],
  'symptoms.duration': '1-3-months',
  'symptoms.severity': 6,
  'symptoms.details': '  Worse in the morning.  ',
  'smoking.ever': true,
  'smoking.status': 'former',
  'smoking.age-started': 17,
  'smoking.cigarettes-per-day': 20,
  'smoking.years-smoked': 30,
  'smoking.years-since-quitting': 4,
  'body.height': 172.5,
  'body.weight': 81,
  'background.education': 'some-college',
  'medicines.current': 'Lisinopril 10 mg once a day',
};

const issuesOf = (answers: Record<string, AnswerValue>) => {
  try {
    answersToResponse(def, answers, meta);
  } catch (error) {
    if (error instanceof QuestionnaireAnswersError) return error.issues;
    throw error;
  }
  return [];
};

describe('answers to a QuestionnaireResponse and back', () => {
  it('builds a valid completed response, grouped by section', () => {
    const qr = answersToResponse(def, full, meta);
    expectValidFhir(qr);
    expect(qr).toMatchObject({
      status: 'completed',
      questionnaire: meta.questionnaireRef,
      authored: meta.authored,
    });
    const symptoms = qr.item?.find((group) => group.linkId === 'symptoms');
    expect(symptoms?.item?.find((i) => i.linkId === 'symptoms.list')?.answer).toEqual([
      { valueCoding: { code: 'cough', display: 'A cough' } },
      { valueCoding: { code: 'coughing-blood', display: 'Coughing up blood' } },
    ]);
    expect(qr.item?.some((group) => group.linkId === 'alcohol')).toBe(true);
  });

  it('reads back as the clinician sees it, in words', () => {
    const qr = { ...answersToResponse(def, full, meta), id: 'qr1' };
    const read = responseToAnswers(def, qr, createNameLookup([]));
    expect(QuestionnaireAnswers.parse(read)).toEqual(read);
    expect(read).toMatchObject({
      id: 'qr1',
      questionnaireTitle: def.title,
      submittedAt: meta.authored,
      author: 'Samuel Jones',
    });
    const answer = (linkId: string) =>
      read.sections.flatMap((s) => s.answers).find((a) => a.linkId === linkId)?.answer;
    expect(answer('symptoms.list')).toBe('A cough, Coughing up blood');
    expect(answer('smoking.status')).toBe('No, I have stopped');
    expect(answer('history.high-blood-pressure')).toBe('Yes');
    expect(answer('body.height')).toBe('172.5 cm');
    expect(answer('symptoms.details')).toBe('Worse in the morning.');
    expect(read.sections.map((s) => s.title)).toContain('Smoking');
  });

  it('gives back exactly the submitted values (text trimmed), for any valid set of answers', () => {
    const optional = fc.record(
      {
        'symptoms.duration': fc.constantFrom('under-1-week', 'over-1-year'),
        'symptoms.severity': fc.integer({ min: 0, max: 10 }),
        'symptoms.details': fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() !== ''),
      },
      { requiredKeys: [] },
    );
    const property = fc.property(
      fc.subarray(['cough', 'fever', 'wheezing', 'other'], { minLength: 1 }),
      optional,
      fc.double({ min: 50, max: 250, noNaN: true }),
      fc.boolean(),
      (list, extra, heightCm, isCurrentSmoker) => {
        const answers: Record<string, AnswerValue> = {
          ...minimal,
          'symptoms.any': true,
          'symptoms.list': list,
          ...extra,
          'body.height': heightCm,
          'smoking.ever': true,
          'smoking.status': isCurrentSmoker ? 'current-every-day' : 'former',
        };
        const back = answerValuesFromResponse(def, answersToResponse(def, answers, meta));
        const expected = Object.fromEntries(
          Object.entries(answers).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
        );
        expect(back).toEqual(expected);
      },
    );
    fc.assert(property, { numRuns: 100 });
  });
});

describe('checking the answers', () => {
  it('accepts the minimal answers: hidden required questions may be missing', () => {
    // symptoms.list and smoking.status are required, but hidden for these answers.
    expect(issuesOf(minimal)).toEqual([]);
  });

  it('asks for required questions that are shown', () => {
    const { 'smoking.ever': _omitted, ...withoutSmoking } = minimal;
    expect(issuesOf(withoutSmoking)).toEqual([
      { linkId: 'smoking.ever', message: 'Please answer this question' },
    ]);
    expect(issuesOf({ ...minimal, 'smoking.ever': true })).toEqual([
      { linkId: 'smoking.status', message: 'Please answer this question' },
    ]);
    expect(issuesOf({ ...minimal, 'symptoms.any': true, 'symptoms.list': [] })).toEqual([
      { linkId: 'symptoms.list', message: 'Please answer this question' },
    ]);
  });

  it('refuses an answer to a hidden question', () => {
    expect(issuesOf({ ...minimal, 'smoking.cigarettes-per-day': 10 })).toEqual([
      {
        linkId: 'smoking.cigarettes-per-day',
        message: 'This question does not apply, given your other answers',
      },
    ]);
    // Years since quitting is for former smokers only.
    const current = { ...minimal, 'smoking.ever': true, 'smoking.status': 'current-every-day' };
    expect(issuesOf({ ...current, 'smoking.years-since-quitting': 3 }).map((i) => i.linkId)).toEqual([
      'smoking.years-since-quitting',
    ]);
  });

  it('refuses option codes that are not offered, and wrong types', () => {
    expect(issuesOf({ ...minimal, 'background.education': 'phd' })).toEqual([
      { linkId: 'background.education', message: 'Choose one of the options' },
    ]);
    expect(
      issuesOf({ ...minimal, 'symptoms.any': true, 'symptoms.list': ['cough', 'sneezing'] })[0]?.linkId,
    ).toBe('symptoms.list');
    expect(
      issuesOf({ ...minimal, 'symptoms.any': true, 'symptoms.list': ['cough', 'cough'] })[0]?.message,
    ).toBe('Each option can be chosen once');
    expect(issuesOf({ ...minimal, 'history.copd': 'yes' })).toEqual([
      { linkId: 'history.copd', message: 'Answer yes or no' },
    ]);
    expect(issuesOf({ ...minimal, 'body.weight': '80' })[0]?.message).toBe('Enter a number');
  });

  it('refuses numbers out of range, and decimals for whole numbers', () => {
    const withSymptoms = { ...minimal, 'symptoms.any': true, 'symptoms.list': ['fever'] };
    expect(issuesOf({ ...withSymptoms, 'symptoms.severity': 11 })).toEqual([
      { linkId: 'symptoms.severity', message: 'Enter at most 10' },
    ]);
    expect(issuesOf({ ...withSymptoms, 'symptoms.severity': 2.5 })[0]?.message).toBe('Enter a whole number');
    expect(issuesOf({ ...minimal, 'body.height': 30 })).toEqual([
      { linkId: 'body.height', message: 'Enter at least 50 cm' },
    ]);
  });

  it('refuses unknown questions, and lists every problem at once as a 422 with field errors', () => {
    let caught: unknown;
    try {
      answersToResponse(def, { ...minimal, 'favourite.colour': 'blue', 'history.asthma': 3 }, meta);
    } catch (error) {
      caught = error;
    }
    if (!(caught instanceof QuestionnaireAnswersError))
      throw new Error('expected a QuestionnaireAnswersError');
    const error = caught;
    expect(error.issues.map((i) => i.linkId)).toEqual(['favourite.colour', 'history.asthma']);
    expect(error).toMatchObject({ code: 'questionnaire_answers_invalid', status: 422 });
    expect(error.fieldErrors?.[0]).toEqual({
      pointer: '/body/answers/favourite.colour',
      detail: 'This question is not part of the questionnaire',
    });
  });
});
