import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { buildProblem } from '../../../test/fixtures.ts';
import { buildRiskResult, LDCT } from '../../../test/risk-fixtures.ts';
import { checkDecision, chooseDecision, decisionErrorsOf, initialDecisionDraft } from './decision-form.ts';

const result = buildRiskResult();
const today = new Date(2026, 2, 1);

describe('the decision form', () => {
  it('starts undecided, with the plan titled after the disease and the follow-up the module suggests', () => {
    const draft = initialDecisionDraft(result, today);
    expect(draft.decision).toBeNull();
    expect(draft.plan.title).toBe('Lung cancer plan');
    expect(draft.plan.followUpDate).toBe('2027-03-01');
    expect(draft.orders).toEqual([false, false]);
  });

  it('ticks the orders and opens the plan on confirm, until the doctor changes them', () => {
    const confirmed = chooseDecision(initialDecisionDraft(result, today), 'confirm');
    expect(confirmed.orders).toEqual([true, true]);
    expect(confirmed.isPlanOn).toBe(true);
    expect(chooseDecision(confirmed, 'adjust')).toMatchObject({ orders: [false, false], isPlanOn: false });
    const touched = { ...confirmed, orders: [true, false], isTouched: true };
    expect(chooseDecision(touched, 'adjust').orders).toEqual([true, false]);
  });

  it('sends nothing but the note and the decision when rejecting', () => {
    const draft = {
      ...chooseDecision(initialDecisionDraft(result, today), 'confirm'),
      decision: 'reject' as const,
    };
    const { request } = checkDecision({ ...draft, note: '  Never smoked.  ' }, result);
    expect(request).toEqual({
      decision: 'reject',
      note: 'Never smoked.',
      adjustedCategory: null,
      condition: null,
      serviceRequests: [],
      carePlan: null,
    });
  });

  it('asks for the category when adjusting, and for each goal and activity to be described', () => {
    const draft = chooseDecision(initialDecisionDraft(result, today), 'adjust');
    const withPlan = {
      ...draft,
      note: 'Family history outweighs the model.',
      isPlanOn: true,
      plan: {
        ...draft.plan,
        title: ' ',
        goals: [{ id: 1, description: '', targetDate: '2026-02-30' }],
        activities: [{ id: 2, kind: 'test' as const, description: ' ', scheduledDate: '' }],
      },
    };
    expect(checkDecision(withPlan, result)).toEqual({
      request: null,
      errors: {
        adjustedCategory: 'Choose the adjusted category',
        'carePlan.title': 'Give the plan a title',
        'carePlan.goals.0.description': 'Describe the goal, or remove it',
        'carePlan.goals.0.targetDate': 'Enter a date, like 2026-09-01',
        'carePlan.activities.0.description': 'Describe the activity, or remove it',
      },
    });
    const fixed = checkDecision(
      {
        ...withPlan,
        adjustedCategory: 'very-high',
        orders: [true, false],
        plan: { ...withPlan.plan, title: 'Screening', goals: [], activities: [] },
      },
      result,
    );
    expect(fixed.request).toMatchObject({
      decision: 'adjust',
      adjustedCategory: 'very-high',
      serviceRequests: [{ code: LDCT }],
      carePlan: { title: 'Screening', followUpDate: '2027-03-01' },
    });
  });

  it("reads the server's field errors by the request's paths", () => {
    const error = new ApiError(
      buildProblem({
        status: 400,
        code: 'validation_failed',
        errors: [
          { pointer: '/body/note', detail: 'Write a note for the record' },
          { pointer: '/body/carePlan/goals/0/description', detail: 'Too long' },
        ],
      }),
    );
    expect(decisionErrorsOf(error)).toEqual({
      note: 'Write a note for the record',
      'carePlan.goals.0.description': 'Too long',
    });
  });
});
