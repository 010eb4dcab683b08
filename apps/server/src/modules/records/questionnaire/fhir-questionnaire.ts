import type { Extension, Questionnaire, QuestionnaireItem } from '@medplum/fhirtypes';
import type { Question, QuestionnaireDefinition } from '@nexus/contracts';

const UCUM = 'http://unitsofmeasure.org';
export const EXTENSIONS = {
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
} as const;

const ITEM_TYPES: Record<Question['type'], QuestionnaireItem['type']> = {
  boolean: 'boolean',
  choice: 'choice',
  'multi-choice': 'choice',
  integer: 'integer',
  decimal: 'decimal',
  date: 'date',
  string: 'string',
  text: 'text',
};

/**
 * The definition as a FHIR R4 Questionnaire: one group per section, questions with their options
 * (answerOption), bounds (minValue / maxValue), unit, required flag and enableWhen.
 */
export function toFhirQuestionnaire(def: QuestionnaireDefinition): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: def.id,
    url: def.url,
    version: def.version,
    title: def.title,
    status: 'active',
    subjectType: ['Patient'],
    description: def.description,
    item: def.sections.map((section) => ({
      linkId: section.linkId,
      text: section.title,
      type: 'group',
      item: section.questions.map((question) => toItem(def, question)),
    })),
  };
}

function toItem(def: QuestionnaireDefinition, question: Question): QuestionnaireItem {
  const extension: Extension[] = [];
  if (question.unit) {
    extension.push({
      url: EXTENSIONS.unit,
      valueCoding: { system: UCUM, code: question.unit, display: question.unit },
    });
  }
  if (question.min !== null) extension.push(bound(EXTENSIONS.minValue, question.type, question.min));
  if (question.max !== null) extension.push(bound(EXTENSIONS.maxValue, question.type, question.max));
  return {
    linkId: question.linkId,
    text: question.text,
    type: ITEM_TYPES[question.type],
    ...(question.required ? { required: true } : {}),
    ...(question.type === 'multi-choice' ? { repeats: true } : {}),
    ...(question.options.length > 0
      ? {
          answerOption: question.options.map((option) => ({
            valueCoding: { code: option.code, display: option.display },
          })),
        }
      : {}),
    ...(question.enableWhen ? { enableWhen: [enableWhenOf(def, question.enableWhen)] } : {}),
    ...(extension.length > 0 ? { extension } : {}),
  };
}

function bound(url: string, type: Question['type'], value: number): Extension {
  return type === 'integer' ? { url, valueInteger: value } : { url, valueDecimal: value };
}

function enableWhenOf(def: QuestionnaireDefinition, condition: NonNullable<Question['enableWhen']>) {
  if (typeof condition.answer === 'boolean') {
    return { question: condition.linkId, operator: '=' as const, answerBoolean: condition.answer };
  }
  const controller = findQuestion(def, condition.linkId);
  const display = controller?.options.find((option) => option.code === condition.answer)?.display;
  // For a repeating (multi-choice) question, FHIR's '=' holds when any of its answers is the option.
  return {
    question: condition.linkId,
    operator: '=' as const,
    answerCoding: display ? { code: condition.answer, display } : { code: condition.answer },
  };
}

/** The question with this linkId, in any section. */
export function findQuestion(def: QuestionnaireDefinition, linkId: string): Question | undefined {
  for (const section of def.sections) {
    const found = section.questions.find((question) => question.linkId === linkId);
    if (found) return found;
  }
  return undefined;
}
