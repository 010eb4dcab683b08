import type { AnswerValue, Question, QuestionnaireDefinition } from '@nexus/contracts';
import { questionnaireStrings as s } from './questionnaire.strings.ts';

/**
 * A questionnaire being filled in, by question linkId: the text typed or the option chosen ('yes' or
 * 'no' for a yes/no question), or the options ticked for a multi-choice question.
 */
export type DraftValue = string | readonly string[];
export type Draft = Readonly<Record<string, DraftValue>>;

/** The longest text answer the server takes. */
export const MAX_TEXT_LENGTH = 5000;

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const questionsOf = (definition: QuestionnaireDefinition): Question[] =>
  definition.sections.flatMap((section) => section.questions);

export const textOf = (draft: Draft, linkId: string): string => {
  const value = draft[linkId];
  return typeof value === 'string' ? value : '';
};

export const listOf = (draft: Draft, linkId: string): readonly string[] => {
  const value = draft[linkId];
  return Array.isArray(value) ? value : [];
};

/**
 * Whether a question is shown: it has no condition, or the question it depends on is itself shown and
 * was answered as the condition says. Answers to hidden questions do not count (as in FHIR, where
 * a disabled item's answers are ignored), so conditions chain; a cycle enables nothing.
 */
export function isEnabled(
  question: Question,
  draft: Draft,
  byLinkId: ReadonlyMap<string, Question>,
  visiting: ReadonlySet<string> = new Set(),
): boolean {
  const condition = question.enableWhen;
  if (!condition) return true;
  const controller = byLinkId.get(condition.linkId);
  if (!controller || visiting.has(question.linkId)) return false;
  if (!isEnabled(controller, draft, byLinkId, new Set([...visiting, question.linkId]))) return false;
  const answer = draft[condition.linkId];
  if (typeof condition.answer === 'boolean') return answer === (condition.answer ? 'yes' : 'no');
  return Array.isArray(answer) ? answer.includes(condition.answer) : answer === condition.answer;
}

const isRealDate = (text: string): boolean => {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0));
  return date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
};

type Checked = { answer?: AnswerValue; error?: string };

function requiredError(question: Question): string {
  if (question.type === 'boolean') return s.errors.requiredYesNo;
  if (question.type === 'choice') return s.errors.requiredChoice;
  if (question.type === 'multi-choice') return s.errors.requiredMulti;
  return s.errors.required;
}

function checkNumber(question: Question, text: string): Checked {
  const isInteger = question.type === 'integer';
  if (!(isInteger ? INTEGER : DECIMAL).test(text))
    return { error: isInteger ? s.errors.integer : s.errors.number };
  const value = Number(text.replace(',', '.'));
  const isBelow = question.min !== null && value < question.min;
  const isAbove = question.max !== null && value > question.max;
  return isBelow || isAbove ? { error: s.errors.range(question.min, question.max) } : { answer: value };
}

function checkOne(question: Question, draft: Draft): Checked {
  if (question.type === 'multi-choice') {
    const codes = listOf(draft, question.linkId).filter((code) =>
      question.options.some((option) => option.code === code),
    );
    if (codes.length > 0) return { answer: codes };
    return question.required ? { error: requiredError(question) } : {};
  }
  const text = textOf(draft, question.linkId).trim();
  if (text === '') return question.required ? { error: requiredError(question) } : {};
  switch (question.type) {
    case 'boolean':
      return { answer: text === 'yes' };
    case 'choice':
      return question.options.some((option) => option.code === text)
        ? { answer: text }
        : { error: requiredError(question) };
    case 'integer':
    case 'decimal':
      return checkNumber(question, text);
    case 'date':
      return isRealDate(text) ? { answer: text } : { error: s.errors.date };
    case 'string':
    case 'text':
      return text.length > MAX_TEXT_LENGTH ? { error: s.errors.tooLong(MAX_TEXT_LENGTH) } : { answer: text };
  }
}

export type CheckedAnswers = {
  /** What to send: answers to the questions shown, typed as the server takes them. */
  answers: Record<string, AnswerValue>;
  /** What to fix, by linkId, in the order the questions appear. */
  errors: Record<string, string>;
};

/** Checks the draft against the questionnaire: required answers, numbers and their bounds, dates. */
export function checkAnswers(definition: QuestionnaireDefinition, draft: Draft): CheckedAnswers {
  const questions = questionsOf(definition);
  const byLinkId = new Map(questions.map((question) => [question.linkId, question]));
  const answers: Record<string, AnswerValue> = {};
  const errors: Record<string, string> = {};
  for (const question of questions) {
    if (!isEnabled(question, draft, byLinkId)) continue;
    const { answer, error } = checkOne(question, draft);
    if (error) errors[question.linkId] = error;
    else if (answer !== undefined) answers[question.linkId] = answer;
  }
  return { answers, errors };
}
