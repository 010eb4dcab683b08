import type { AnswerValue, Question, QuestionnaireDefinition } from '@nexus/contracts';
import { AppError } from '../../../platform/http/errors.ts';
import { findQuestion } from './fhir-questionnaire.ts';

export type AnswerIssue = { linkId: string; message: string };

/** Longest one-line answer; free text (`text`) may use the contract's 5,000 characters. */
const MAX_STRING_LENGTH = 500;

/**
 * Answers that do not fit the questionnaire. A 422 with one field error per question, so the form
 * can show each message beside its question.
 */
export class QuestionnaireAnswersError extends AppError {
  override name = 'QuestionnaireAnswersError';

  constructor(readonly issues: AnswerIssue[]) {
    super(
      'questionnaire_answers_invalid',
      422,
      issues.length === 1 ? 'One answer needs attention' : `${issues.length} answers need attention`,
      issues.map((issue) => ({
        pointer: `/body/answers/${escapePointer(issue.linkId)}`,
        detail: issue.message,
      })),
    );
  }
}

/**
 * Whether the question is shown, given the answers: its enableWhen question must itself be shown
 * and answered with the expected value (for a multi-choice question: include that option).
 */
export function isEnabled(
  def: QuestionnaireDefinition,
  question: Question,
  answers: Readonly<Record<string, AnswerValue>>,
  visiting: ReadonlySet<string> = new Set(),
): boolean {
  const condition = question.enableWhen;
  if (!condition) return true;
  const controller = findQuestion(def, condition.linkId);
  // A condition on a missing question, or a cycle, can never be met.
  if (!controller || visiting.has(question.linkId)) return false;
  if (!isEnabled(def, controller, answers, new Set([...visiting, question.linkId]))) return false;
  const answer = answers[controller.linkId];
  if (Array.isArray(answer)) return typeof condition.answer === 'string' && answer.includes(condition.answer);
  return answer === condition.answer;
}

/** No answer: absent, blank text, or no option chosen. */
export function isBlank(value: AnswerValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/**
 * Checks the answers against the definition and returns them cleaned (text trimmed, blanks
 * dropped), keyed by linkId. Throws QuestionnaireAnswersError listing every problem at once.
 */
export function checkAnswers(
  def: QuestionnaireDefinition,
  answers: Readonly<Record<string, AnswerValue>>,
): Map<string, AnswerValue> {
  const issues: AnswerIssue[] = [];
  const clean = new Map<string, AnswerValue>();
  const known = new Set(
    def.sections.flatMap((section) => section.questions.map((question) => question.linkId)),
  );
  for (const linkId of Object.keys(answers)) {
    if (!known.has(linkId))
      issues.push({ linkId, message: 'This question is not part of the questionnaire' });
  }
  for (const section of def.sections) {
    for (const question of section.questions) {
      const value = answers[question.linkId];
      const enabled = isEnabled(def, question, answers);
      if (value === undefined || isBlank(value)) {
        if (enabled && question.required)
          issues.push({ linkId: question.linkId, message: 'Please answer this question' });
        continue;
      }
      if (!enabled) {
        issues.push({
          linkId: question.linkId,
          message: 'This question does not apply, given your other answers',
        });
        continue;
      }
      const checked = checkValue(question, value);
      if (typeof checked === 'string') issues.push({ linkId: question.linkId, message: checked });
      else clean.set(question.linkId, checked.value);
    }
  }
  if (issues.length > 0) throw new QuestionnaireAnswersError(issues);
  return clean;
}

/** The value if it fits the question, else the message saying why not. */
function checkValue(question: Question, value: AnswerValue): { value: AnswerValue } | string {
  switch (question.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { value } : 'Answer yes or no';
    case 'choice':
      if (typeof value !== 'string') return 'Choose one of the options';
      return question.options.some((option) => option.code === value)
        ? { value }
        : 'Choose one of the options';
    case 'multi-choice': {
      if (!Array.isArray(value)) return 'Choose from the options';
      if (value.some((code) => !question.options.some((option) => option.code === code))) {
        return 'Choose from the options';
      }
      if (new Set(value).size !== value.length) return 'Each option can be chosen once';
      return { value };
    }
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return 'Enter a whole number';
      return inBounds(question, value);
    case 'decimal':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'Enter a number';
      return inBounds(question, value);
    case 'date':
      return typeof value === 'string' && isCalendarDate(value.trim())
        ? { value: value.trim() }
        : 'Enter a date as YYYY-MM-DD';
    case 'string':
    case 'text': {
      if (typeof value !== 'string') return 'Enter text';
      const text = value.trim();
      if (question.type === 'string' && text.length > MAX_STRING_LENGTH) {
        return `Keep this under ${MAX_STRING_LENGTH} characters`;
      }
      return { value: text };
    }
  }
}

function inBounds(question: Question, value: number): { value: AnswerValue } | string {
  const unit = question.unit ? ` ${question.unit}` : '';
  if (question.min !== null && value < question.min) return `Enter at least ${question.min}${unit}`;
  if (question.max !== null && value > question.max) return `Enter at most ${question.max}${unit}`;
  return { value };
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** RFC 6901: '~' and '/' are escaped in a JSON Pointer segment. */
function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
