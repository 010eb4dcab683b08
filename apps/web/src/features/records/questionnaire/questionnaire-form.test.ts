import { SubmitQuestionnaireRequest } from '@nexus/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../../../test/form-fixtures.ts';
import { checkAnswers, type Draft, isEnabled, questionsOf } from './questionnaire-form.ts';

const definition = buildQuestionnaire();
const byLinkId = new Map(questionsOf(definition).map((question) => [question.linkId, question]));
const question = (linkId: string) => {
  const found = byLinkId.get(linkId);
  if (!found) throw new Error(`no question ${linkId}`);
  return found;
};
const complete: Draft = { 'has-symptoms': 'no', smoking: 'never' };

describe('which questions are shown (enableWhen)', () => {
  it('shows a follow-up only for the answer it depends on', () => {
    expect(isEnabled(question('symptoms-list'), {}, byLinkId)).toBe(false);
    expect(isEnabled(question('symptoms-list'), { 'has-symptoms': 'no' }, byLinkId)).toBe(false);
    expect(isEnabled(question('symptoms-list'), { 'has-symptoms': 'yes' }, byLinkId)).toBe(true);
  });

  it('matches an option among those ticked in a multi-choice answer', () => {
    const draft: Draft = { 'has-symptoms': 'yes', 'symptoms-list': ['fatigue', 'chest-pain'] };
    expect(isEnabled(question('chest-pain-when'), draft, byLinkId)).toBe(true);
    expect(isEnabled(question('chest-pain-when'), { ...draft, 'symptoms-list': ['fatigue'] }, byLinkId)).toBe(
      false,
    );
  });

  it('hides a follow-up whose own question is hidden, even if an old answer would enable it', () => {
    const draft: Draft = { 'has-symptoms': 'no', 'symptoms-list': ['chest-pain'] };
    expect(isEnabled(question('chest-pain-when'), draft, byLinkId)).toBe(false);
  });

  it('enables nothing in a cycle of conditions', () => {
    const a = { ...question('pain-score'), linkId: 'a', enableWhen: { linkId: 'b', answer: true } };
    const b = { ...question('pain-score'), linkId: 'b', enableWhen: { linkId: 'a', answer: true } };
    const cycle = new Map([
      ['a', a],
      ['b', b],
    ]);
    expect(isEnabled(a, { a: 'yes', b: 'yes' }, cycle)).toBe(false);
  });
});

describe('checking the answers', () => {
  it('asks for every required answer among the questions shown, in order', () => {
    const { errors } = checkAnswers(definition, { 'has-symptoms': 'yes' });
    expect(errors).toEqual({ 'symptoms-list': 'Choose at least one answer', smoking: 'Choose an answer' });
    expect(checkAnswers(definition, {}).errors).toEqual({
      'has-symptoms': 'Answer yes or no',
      smoking: 'Choose an answer',
    });
  });

  it('types the answers as the server takes them, leaving out empty and hidden ones', () => {
    const { answers, errors } = checkAnswers(definition, {
      'has-symptoms': 'yes',
      'symptoms-list': ['thirst', 'chest-pain'],
      'chest-pain-when': '2026-02-28',
      'pain-score': ' 4 ',
      smoking: 'former',
      weight: '72,5',
      other: '',
    });
    expect(errors).toEqual({});
    expect(answers).toEqual({
      'has-symptoms': true,
      'symptoms-list': ['thirst', 'chest-pain'],
      'chest-pain-when': '2026-02-28',
      'pain-score': 4,
      smoking: 'former',
      weight: 72.5,
    });
    const hidden = checkAnswers(definition, { ...complete, 'symptoms-list': ['thirst'] });
    expect(hidden.answers).toEqual({ 'has-symptoms': false, smoking: 'never' });
  });

  it('says what is wrong with numbers and dates', () => {
    const { errors } = checkAnswers(definition, {
      ...complete,
      'pain-score': '4.5',
      weight: 'seventy',
    });
    expect(errors).toEqual({
      'pain-score': 'Enter a whole number, like 3',
      weight: 'Enter a number, like 72.5',
    });
    expect(checkAnswers(definition, { ...complete, 'pain-score': '11' }).errors).toEqual({
      'pain-score': 'Enter a number from 0 to 10',
    });
    const chest: Draft = { 'has-symptoms': 'yes', 'symptoms-list': ['chest-pain'], smoking: 'never' };
    expect(checkAnswers(definition, { ...chest, 'chest-pain-when': '2026-02-30' }).errors).toEqual({
      'chest-pain-when': 'Enter a date, like 2024-03-15',
    });
  });

  it('accepts every whole number within the bounds and refuses every one outside (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (score) => {
        const { answers, errors } = checkAnswers(definition, { ...complete, 'pain-score': String(score) });
        const isInside = score >= 0 && score <= 10;
        expect('pain-score' in errors).toBe(!isInside);
        expect(answers['pain-score']).toBe(isInside ? score : undefined);
      }),
    );
  });

  it('sends only answers to questions that are shown, and always a body the contract accepts (property)', () => {
    const draftArbitrary = fc.record(
      {
        'has-symptoms': fc.constantFrom('yes', 'no', ''),
        'symptoms-list': fc.subarray(['fatigue', 'thirst', 'chest-pain', 'unknown-code']),
        'chest-pain-when': fc.constantFrom('', '2026-01-15', 'not a date'),
        'pain-score': fc.oneof(fc.integer({ min: -5, max: 15 }).map(String), fc.constant('')),
        smoking: fc.constantFrom('never', 'former', 'current', '', 'bogus'),
        weight: fc.oneof(fc.double({ min: 0, max: 400, noNaN: true }).map(String), fc.constant('')),
        other: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        const { answers, errors } = checkAnswers(definition, draft);
        for (const linkId of [...Object.keys(answers), ...Object.keys(errors)])
          expect(isEnabled(question(linkId), draft, byLinkId)).toBe(true);
        if (Object.keys(errors).length === 0)
          expect(SubmitQuestionnaireRequest.safeParse({ answers }).success).toBe(true);
      }),
    );
  });
});
