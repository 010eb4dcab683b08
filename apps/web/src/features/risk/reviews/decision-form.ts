import {
  type CarePlanActivityKind,
  type ConceptCode,
  type ReviewDecisionRequest,
  RiskCategory,
  type RiskResult,
} from '@nexus/contracts';
import { isApiError } from '../../../api/api-error.ts';
import { isCalendarDate } from '../../records/writing/form-values.ts';
import { riskStrings as s } from '../risk.strings.ts';
import { addMonths } from '../risk-format.ts';

export type Decision = ReviewDecisionRequest['decision'];
export const DECISIONS: readonly Decision[] = ['confirm', 'adjust', 'reject'];

export type GoalRow = { id: number; description: string; targetDate: string };
export type ActivityRow = {
  id: number;
  kind: CarePlanActivityKind;
  description: string;
  scheduledDate: string;
};

export type PlanDraft = {
  title: string;
  description: string;
  goals: GoalRow[];
  activities: ActivityRow[];
  followUpDate: string;
};

export type DecisionDraft = {
  decision: Decision | null;
  adjustedCategory: RiskCategory | '';
  note: string;
  condition: ConceptCode | null;
  /** Which of the suggested orders are ticked, by position in `result.suggested.serviceRequests`. */
  orders: boolean[];
  isPlanOn: boolean;
  plan: PlanDraft;
  /** Whether the doctor changed the orders or the plan switch themselves (then a new decision keeps them). */
  isTouched: boolean;
};

/**
 * Field errors by the request's own paths, as the server reports them without the `/body/` prefix:
 * `note`, `adjustedCategory`, `carePlan.title`, `carePlan.goals.0.description` …
 */
export type DecisionErrors = Record<string, string>;

/** The longest note the server keeps with a decision. */
export const NOTE_MAX = 5000;

export function initialDecisionDraft(result: RiskResult, today: Date): DecisionDraft {
  const months = result.suggested.followUpMonths;
  return {
    decision: null,
    adjustedCategory: '',
    note: '',
    condition: null,
    orders: result.suggested.serviceRequests.map(() => false),
    isPlanOn: false,
    plan: {
      title: s.planTitle(result.disease.name),
      description: '',
      goals: [],
      activities: [],
      followUpDate: months === null ? '' : addMonths(today, months),
    },
    isTouched: false,
  };
}

/**
 * A new decision. Until the doctor changes them, confirming ticks every suggested order and opens the
 * plan (when there is something to plan); adjusting or rejecting clears them.
 */
export function chooseDecision(draft: DecisionDraft, decision: Decision): DecisionDraft {
  if (draft.isTouched) return { ...draft, decision };
  const isConfirm = decision === 'confirm';
  return {
    ...draft,
    decision,
    orders: draft.orders.map(() => isConfirm),
    isPlanOn: isConfirm && draft.orders.length > 0,
  };
}

const checkDate = (errors: DecisionErrors, key: string, value: string) => {
  if (value !== '' && !isCalendarDate(value)) errors[key] = s.dateInvalid;
};

/** Checks the form as the server will, and builds the request when it passes. */
export function checkDecision(
  draft: DecisionDraft,
  result: RiskResult,
): { request: ReviewDecisionRequest | null; errors: DecisionErrors } {
  const errors: DecisionErrors = {};
  if (!draft.decision) errors.decision = s.decisionRequired;
  if (draft.decision === 'adjust' && draft.adjustedCategory === '')
    errors.adjustedCategory = s.adjustedCategoryRequired;
  const note = draft.note.trim();
  if (note === '') errors.note = s.noteRequired;
  else if (note.length > NOTE_MAX) errors.note = s.tooLong(NOTE_MAX);

  const isReject = draft.decision === 'reject';
  const plan = draft.plan;
  const hasPlan = !isReject && draft.isPlanOn;
  if (hasPlan) {
    if (plan.title.trim() === '') errors['carePlan.title'] = s.planTitleRequired;
    plan.goals.forEach((goal, index) => {
      if (goal.description.trim() === '') errors[`carePlan.goals.${index}.description`] = s.goalRequired;
      checkDate(errors, `carePlan.goals.${index}.targetDate`, goal.targetDate);
    });
    plan.activities.forEach((activity, index) => {
      if (activity.description.trim() === '')
        errors[`carePlan.activities.${index}.description`] = s.activityRequired;
      checkDate(errors, `carePlan.activities.${index}.scheduledDate`, activity.scheduledDate);
    });
    checkDate(errors, 'carePlan.followUpDate', plan.followUpDate);
  }
  if (Object.keys(errors).length > 0 || !draft.decision) return { request: null, errors };

  const adjusted = RiskCategory.safeParse(draft.adjustedCategory);
  return {
    request: {
      decision: draft.decision,
      note,
      adjustedCategory: draft.decision === 'adjust' && adjusted.success ? adjusted.data : null,
      condition: isReject ? null : draft.condition,
      serviceRequests: isReject
        ? []
        : result.suggested.serviceRequests
            .filter((_, index) => draft.orders[index])
            .map((order) => ({ code: order.code, reason: order.reason })),
      carePlan: hasPlan
        ? {
            title: plan.title.trim(),
            description: plan.description.trim(),
            goals: plan.goals.map((goal) => ({
              description: goal.description.trim(),
              targetDate: goal.targetDate || null,
            })),
            activities: plan.activities.map((activity) => ({
              kind: activity.kind,
              description: activity.description.trim(),
              scheduledDate: activity.scheduledDate || null,
              code: null,
            })),
            followUpDate: plan.followUpDate || null,
          }
        : null,
    },
    errors,
  };
}

/** The server's field errors (`/body/carePlan/goals/0/description`) by the form's paths. */
export function decisionErrorsOf(error: unknown): DecisionErrors {
  if (!isApiError(error)) return {};
  const fields: DecisionErrors = {};
  for (const item of error.problem.errors ?? []) {
    const key = item.pointer.replace(/^\/body\/?/, '').replaceAll('/', '.');
    if (key && !(key in fields)) fields[key] = item.detail;
  }
  return fields;
}
