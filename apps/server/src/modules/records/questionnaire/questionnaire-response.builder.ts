import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  Reference,
} from '@medplum/fhirtypes';
import type { AnswerValue, Question, QuestionnaireDefinition } from '@nexus/contracts';
import { narrowReference } from '../projections/fhir-values.ts';
import { checkAnswers } from './answer-rules.ts';

export type ResponseMeta = {
  subject: Reference;
  author: Reference;
  authored: string;
  questionnaireRef: string;
};

/** Checks answers against the definition (types, required when enabled, option codes, min/max, unknown linkIds) and builds the response. */
export function answersToResponse(
  def: QuestionnaireDefinition,
  answers: Record<string, AnswerValue>,
  meta: ResponseMeta,
): QuestionnaireResponse {
  const clean = checkAnswers(def, answers);
  const item: QuestionnaireResponseItem[] = [];
  for (const section of def.sections) {
    const answered = section.questions.flatMap((question) => {
      const value = clean.get(question.linkId);
      return value === undefined
        ? []
        : [{ linkId: question.linkId, text: question.text, answer: toFhirAnswers(question, value) }];
    });
    if (answered.length > 0) item.push({ linkId: section.linkId, text: section.title, item: answered });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: meta.questionnaireRef,
    status: 'completed',
    subject: meta.subject,
    author: narrowReference(meta.author),
    authored: meta.authored,
    item,
  };
}

function toFhirAnswers(question: Question, value: AnswerValue): QuestionnaireResponseItemAnswer[] {
  const coding = (code: string) => {
    const display = question.options.find((option) => option.code === code)?.display;
    return { valueCoding: display ? { code, display } : { code } };
  };
  if (Array.isArray(value)) return value.map(coding);
  switch (question.type) {
    case 'boolean':
      return [{ valueBoolean: value === true }];
    case 'choice':
      return [coding(String(value))];
    case 'integer':
      return [{ valueInteger: Number(value) }];
    case 'decimal':
      return [{ valueDecimal: Number(value) }];
    case 'date':
      return [{ valueDate: String(value) }];
    default:
      return [{ valueString: String(value) }];
  }
}
