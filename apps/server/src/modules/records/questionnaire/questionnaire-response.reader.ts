import type { QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import type { AnswerValue, Question, QuestionnaireAnswers, QuestionnaireDefinition } from '@nexus/contracts';
import type { NameLookup } from '../projections/name-lookup.ts';
import { findQuestion } from './fhir-questionnaire.ts';

/**
 * A stored response as the clinician reads it: the definition's sections and wording, each
 * answer in words ("Yes", the option's text, "172 cm"). Answers to questions the definition does not
 * have (another version of the form) are kept, under "Other answers", with the response's own text.
 */
export function responseToAnswers(
  def: QuestionnaireDefinition,
  qr: QuestionnaireResponse,
  names: NameLookup,
): QuestionnaireAnswers {
  const items = flatItems(qr.item);
  const byLinkId = new Map(items.map((item) => [item.linkId, item]));
  const sections = def.sections
    .map((section) => ({
      title: section.title,
      answers: section.questions.flatMap((question) => {
        const item = byLinkId.get(question.linkId);
        const answer = item ? answerText(item, question) : null;
        return answer === null ? [] : [{ linkId: question.linkId, question: question.text, answer }];
      }),
    }))
    .filter((section) => section.answers.length > 0);
  const others = items.flatMap((item) => {
    if (findQuestion(def, item.linkId)) return [];
    const answer = answerText(item, undefined);
    return answer === null ? [] : [{ linkId: item.linkId, question: item.text ?? item.linkId, answer }];
  });
  if (others.length > 0) sections.push({ title: 'Other answers', answers: others });
  return {
    id: qr.id ?? '',
    questionnaireTitle: def.title,
    submittedAt: qr.authored ?? qr.meta?.lastUpdated ?? '',
    author: names(qr.author),
    sections,
  };
}

/** The answers as the values they were submitted with, keyed by linkId (the inverse of answersToResponse). */
export function answerValuesFromResponse(
  def: QuestionnaireDefinition,
  qr: QuestionnaireResponse,
): Record<string, AnswerValue> {
  const values: Record<string, AnswerValue> = {};
  for (const item of flatItems(qr.item)) {
    const question = findQuestion(def, item.linkId);
    const answers = item.answer ?? [];
    if (!question || answers.length === 0) continue;
    if (question.type === 'multi-choice') {
      values[item.linkId] = answers.flatMap((answer) =>
        answer.valueCoding?.code ? [answer.valueCoding.code] : [],
      );
      continue;
    }
    const [answer] = answers;
    const value =
      answer?.valueBoolean ??
      answer?.valueCoding?.code ??
      answer?.valueInteger ??
      answer?.valueDecimal ??
      answer?.valueDate ??
      answer?.valueString;
    if (value !== undefined) values[item.linkId] = value;
  }
  return values;
}

/** Leaf items (those with answers), whatever the group nesting. */
function flatItems(items: readonly QuestionnaireResponseItem[] | undefined): QuestionnaireResponseItem[] {
  return (items ?? []).flatMap((item) => [
    ...((item.answer?.length ?? 0) > 0 ? [item] : []),
    ...flatItems(item.item),
    ...(item.answer ?? []).flatMap((answer) => flatItems(answer.item)),
  ]);
}

function answerText(item: QuestionnaireResponseItem, question: Question | undefined): string | null {
  const unit = question?.unit ? ` ${question.unit}` : '';
  const texts = (item.answer ?? []).flatMap((answer) => {
    if (typeof answer.valueBoolean === 'boolean') return [answer.valueBoolean ? 'Yes' : 'No'];
    if (answer.valueCoding) {
      const code = answer.valueCoding.code;
      const display = question?.options.find((option) => option.code === code)?.display;
      return [display ?? answer.valueCoding.display ?? code ?? ''];
    }
    if (typeof answer.valueInteger === 'number') return [`${answer.valueInteger}${unit}`];
    if (typeof answer.valueDecimal === 'number') return [`${answer.valueDecimal}${unit}`];
    if (answer.valueQuantity?.value !== undefined) {
      return [`${answer.valueQuantity.value} ${answer.valueQuantity.unit ?? ''}`.trim()];
    }
    const text = answer.valueDate ?? answer.valueDateTime ?? answer.valueString ?? answer.valueTime;
    return text ? [text] : [];
  });
  const present = texts.filter((text) => text !== '');
  return present.length > 0 ? present.join(', ') : null;
}
