import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { jsonResponse } from '../../../test/fixtures.ts';
import { recordRoutes } from '../../../test/record-api.ts';
import { RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import {
  buildCarePlan,
  buildInputField,
  buildReviewOutcome,
  buildRiskOverview,
  buildRiskResult,
} from '../../../test/risk-fixtures.ts';

const riskUrl = `/api/v1/patients/${RECORD_PATIENT_ID}/risk`;

const reviewed = buildRiskResult({
  review: buildReviewOutcome({
    status: 'confirmed',
    decidedAt: '2026-03-02T10:00:00.000Z',
    decidedBy: 'Dr Ines Duarte',
    note: 'Discussed screening.',
  }),
});
const learned = buildRiskResult({
  id: 'risk-2',
  moduleId: 'lung-survey-model',
  moduleName: 'Lung cancer survey model (experimental)',
  moduleKind: 'learned',
  disease: { id: 'lung-cancer-survey', name: 'Lung cancer (survey)' },
  review: null,
});
const notApplicable = buildRiskResult({
  id: 'risk-3',
  moduleId: 'ascvd-pce',
  moduleName: 'Pooled Cohort Equations',
  disease: { id: 'cardiovascular', name: 'Heart disease and stroke' },
  status: 'not-applicable',
  probability: null,
  horizonYears: null,
  category: null,
  categoryLabel: null,
  needsReview: false,
  plainLanguage: {
    meaning: 'This heart check is for people aged 40 to 79, so it does not apply to you yet.',
    whatYouCanDo: [],
  },
  review: null,
});

describe('my risks', () => {
  it('shows each result in words with its review, hides experimental models, and asks for what is missing', async () => {
    stubApi(
      recordRoutes(
        {},
        {
          [`GET ${riskUrl}`]: () =>
            jsonResponse(
              200,
              buildRiskOverview({
                results: [reviewed, learned, notApplicable],
                pending: [
                  {
                    moduleId: 'ada-risk-test',
                    moduleName: 'ADA diabetes risk test',
                    disease: { id: 'diabetes', name: 'Type 2 diabetes' },
                    missing: [buildInputField({ key: 'waistCm', label: 'Waist size' })],
                  },
                  {
                    moduleId: 'findrisc',
                    moduleName: 'FINDRISC',
                    disease: { id: 'diabetes', name: 'Type 2 diabetes' },
                    missing: [
                      buildInputField({ key: 'waistCm', label: 'Waist size' }),
                      buildInputField({ key: 'isActive', label: 'Physically active' }),
                    ],
                  },
                ],
              }),
            ),
        },
      ),
    );
    renderApp('/patient/risks');
    expect(await screen.findByRole('heading', { level: 1, name: 'My risks' })).toBeTruthy();

    const lung = await screen.findByRole('article', { name: 'Lung cancer' });
    expect(lung.textContent).toContain('PLCOm2012 lung cancer risk');
    expect(within(lung).getByText('High')).toBeTruthy();
    expect(lung.textContent).toContain('Out of 100 people like you, about 8 will be diagnosed');
    expect(within(lung).getByRole('heading', { name: 'What you can do' })).toBeTruthy();
    expect(within(lung).getAllByRole('listitem')).toHaveLength(2);
    expect(lung.textContent).toContain('Reviewed by Dr Ines Duarte on 2 Mar 2026: confirmed');
    expect(lung.textContent).toContain('Worked out on 1 Mar 2026');

    const heart = screen.getByRole('article', { name: 'Heart disease and stroke' });
    expect(heart.textContent).toContain('Does not apply');
    expect(heart.textContent).toContain('it does not apply to you yet');
    expect(heart.textContent).toContain('This result does not need a review by your doctor.');

    expect(screen.queryByText('Lung cancer (survey)')).toBeNull();
    expect(screen.queryByText(/experimental/)).toBeNull();

    const pending = screen.getByRole('region', { name: 'We need a few more answers' });
    // Once per disease, though two diabetes modules ask.
    expect(
      within(pending)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Type 2 diabetes: waist size, physically active']);
    expect(
      within(pending).getByRole('link', { name: 'Answer the health questions' }).getAttribute('href'),
    ).toBe('/patient/symptoms');
    expect(screen.getByText('Your doctor has not made a treatment plan with you yet.')).toBeTruthy();
  });

  it("shows the doctor's plan: goals with dates, the next steps and the follow-up", async () => {
    stubApi(
      recordRoutes(
        {},
        {
          [`GET ${riskUrl}`]: () => jsonResponse(200, buildRiskOverview({ carePlans: [buildCarePlan()] })),
        },
      ),
    );
    renderApp('/patient/risks');
    expect((await screen.findByRole('article', { name: 'Lung cancer' })).textContent).toContain(
      'Waiting for your doctor to review it',
    );
    const plans = screen.getByRole('region', { name: 'Your treatment plan' });
    const plan = within(plans).getByRole('article', { name: 'Lung cancer screening and stopping smoking' });
    expect(plan.textContent).toContain('By Dr Ines Duarte, made on 2 Mar 2026');
    expect(plan.textContent).toContain('Annual low-dose CT while eligible');
    expect(plan.textContent).toContain('Stop smoking (by 1 Oct 2026)');
    const steps = within(plan)
      .getByRole('heading', { name: 'Next steps' })
      .nextElementSibling?.querySelectorAll('li');
    expect([...(steps ?? [])].map((step) => step.textContent)).toEqual([
      'Join the stop-smoking service: 15 Mar 2026',
      'Low dose computed tomography of thorax: no date set yet',
      'Follow-up appointment: 1 Apr 2026',
    ]);
    expect(plan.textContent).toContain('Your next appointment about this: 1 Apr 2026');
  });

  it('says so when there is nothing yet', async () => {
    stubApi(
      recordRoutes({}, { [`GET ${riskUrl}`]: () => jsonResponse(200, buildRiskOverview({ results: [] })) }),
    );
    renderApp('/patient/risks');
    expect(await screen.findByText(/You have no risk results yet/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'We need a few more answers' })).toBeNull();
  });
});
