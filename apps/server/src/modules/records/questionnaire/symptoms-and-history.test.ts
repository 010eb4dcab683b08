import { QuestionnaireDefinition } from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import { toFhirQuestionnaire } from './fhir-questionnaire.ts';
import { expectValidFhir } from './fhir-validation.test-helpers.ts';
import { EDUCATION_LEVELS, SYMPTOMS_AND_HISTORY } from './symptoms-and-history.questionnaire.ts';

const def = SYMPTOMS_AND_HISTORY;
const questions = def.sections.flatMap((section) => section.questions);
const question = (linkId: string) => questions.find((q) => q.linkId === linkId);

describe('the symptoms-and-history questionnaire', () => {
  it('fits the contract, with its fixed identity', () => {
    expect(QuestionnaireDefinition.parse(def)).toEqual(def);
    expect(def).toMatchObject({
      id: 'symptoms-and-history',
      url: 'urn:lifecare-nexus:questionnaire:symptoms-and-history',
      version: '1',
    });
  });

  it('has unique linkIds and option codes, and every enableWhen points at an earlier question and a real answer', () => {
    const linkIds = [...def.sections.map((s) => s.linkId), ...questions.map((q) => q.linkId)];
    expect(new Set(linkIds).size).toBe(linkIds.length);
    questions.forEach((q, index) => {
      expect(new Set(q.options.map((o) => o.code)).size).toBe(q.options.length);
      if (!q.enableWhen) return;
      const controllerIndex = questions.findIndex((c) => c.linkId === q.enableWhen?.linkId);
      expect(controllerIndex, q.linkId).toBeGreaterThanOrEqual(0);
      expect(controllerIndex, q.linkId).toBeLessThan(index);
      const controller = questions[controllerIndex];
      if (typeof q.enableWhen.answer === 'string') {
        expect(controller?.options.map((o) => o.code)).toContain(q.enableWhen.answer);
      } else {
        expect(controller?.type).toBe('boolean');
      }
    });
  });

  it('asks about the symptoms the risk models and triage need', () => {
    const codes = question('symptoms.list')?.options.map((o) => o.code);
    for (const code of [
      'cough',
      'shortness-of-breath',
      'chest-pain',
      'coughing-blood',
      'weight-loss',
      'fatigue',
      'fever',
      'wheezing',
      'hoarseness',
      'thirst-urination',
      'ankle-swelling',
    ]) {
      expect(codes).toContain(code);
    }
    expect(question('symptoms.severity')).toMatchObject({ type: 'integer', min: 0, max: 10 });
  });

  it('offers the six PLCOm2012 education levels in the model order (Tammemägi 2013)', () => {
    expect(question('background.education')?.options.map((o) => o.code)).toEqual([
      'less-than-high-school',
      'high-school-graduate',
      'post-high-school-training',
      'some-college',
      'college-graduate',
      'postgraduate',
    ]);
    expect(EDUCATION_LEVELS).toHaveLength(6);
  });

  it('makes ethnicity optional and says why it is asked', () => {
    expect(question('background.ethnicity')).toMatchObject({ required: false });
    expect(question('background.ethnicity')?.text).toMatch(/do not have to answer.*because/i);
  });

  it('asks the smoking details only of people who smoked, and the years since quitting only of former smokers', () => {
    for (const linkId of [
      'smoking.status',
      'smoking.age-started',
      'smoking.cigarettes-per-day',
      'smoking.years-smoked',
    ]) {
      expect(question(linkId)?.enableWhen).toEqual({ linkId: 'smoking.ever', answer: true });
    }
    expect(question('smoking.years-since-quitting')?.enableWhen).toEqual({
      linkId: 'smoking.status',
      answer: 'former',
    });
  });

  it('measures height in cm and weight in kg', () => {
    expect(question('body.height')).toMatchObject({ type: 'decimal', unit: 'cm' });
    expect(question('body.weight')).toMatchObject({ type: 'decimal', unit: 'kg' });
  });
});

describe('as a FHIR Questionnaire', () => {
  const fhir = toFhirQuestionnaire(def);
  const items = (fhir.item ?? []).flatMap((group) => group.item ?? []);
  const item = (linkId: string) => items.find((i) => i.linkId === linkId);

  it('is a valid, active R4 Questionnaire with one group per section', () => {
    expectValidFhir(fhir);
    expect(fhir).toMatchObject({ status: 'active', url: def.url, version: '1' });
    expect(fhir.item?.map((group) => [group.linkId, group.type])).toEqual(
      def.sections.map((s) => [s.linkId, 'group']),
    );
    expect(items).toHaveLength(questions.length);
  });

  it('keeps options, repeats, required, bounds, units and enableWhen', () => {
    expect(item('symptoms.list')).toMatchObject({ type: 'choice', repeats: true, required: true });
    expect(item('symptoms.list')?.answerOption?.[0]).toEqual({
      valueCoding: { code: 'cough', display: 'A cough' },
    });
    expect(item('symptoms.list')?.enableWhen).toEqual([
      { question: 'symptoms.any', operator: '=', answerBoolean: true },
    ]);
    expect(item('smoking.years-since-quitting')?.enableWhen).toEqual([
      {
        question: 'smoking.status',
        operator: '=',
        answerCoding: { code: 'former', display: 'No, I have stopped' },
      },
    ]);
    expect(item('symptoms.severity')?.extension).toEqual([
      { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 0 },
      { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 10 },
    ]);
    expect(item('body.height')?.extension).toContainEqual({
      url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
      valueCoding: { system: 'http://unitsofmeasure.org', code: 'cm', display: 'cm' },
    });
    expect(item('body.height')?.required).toBeUndefined();
  });
});
