import type { ReviewDetail } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { bodyOf, callsTo, doctorMe, recordRoutes } from '../../../test/record-api.ts';
import { RECORD_PATIENT_ID } from '../../../test/record-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';
import { buildReviewDetail, buildReviewOutcome, LDCT, REVIEW_ID } from '../../../test/risk-fixtures.ts';
import { addMonths } from '../risk-format.ts';

const reviewUrl = `/api/v1/patients/${RECORD_PATIENT_ID}/risk-reviews/${REVIEW_ID}`;
const pagePath = `/doctor/patients/${RECORD_PATIENT_ID}/reviews/${REVIEW_ID}`;

const confirmed = buildReviewOutcome({
  status: 'confirmed',
  decidedAt: '2026-03-02T10:00:00.000Z',
  decidedBy: 'Dr Ines Duarte',
  note: 'Discussed screening; he agrees to annual LDCT.',
  serviceRequestIds: ['sr-1'],
  carePlanId: 'careplan-1',
});

const decidedDetail = buildReviewDetail({ review: confirmed });

/** A server holding one pending review; a decision decides it, or is refused as `decision` says. */
function reviewApi(decision: () => Response = () => jsonResponse(200, decidedDetail)) {
  let current: ReviewDetail = buildReviewDetail();
  const api = stubApi(
    recordRoutes(
      { me: doctorMe() },
      {
        [`GET ${reviewUrl}`]: () => jsonResponse(200, current),
        [`POST ${reviewUrl}/decision`]: () => {
          const answer = decision();
          if (answer.status === 200 || answer.status === 409) current = decidedDetail;
          return answer;
        },
        'GET /api/v1/risk-reviews': () => jsonResponse(200, { items: [], pendingCount: 0 }),
      },
    ),
  );
  return { ...api, ...renderApp(pagePath) };
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

// Whole-page tests that type into forms: slow on a busy machine, so they get more time.
describe('a risk review', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await import('./RiskReviewPage.tsx');
  });

  it('shows the result, each input with where it came from, and what drove it', async () => {
    reviewApi();
    expect(await screen.findByRole('heading', { level: 1, name: 'Lung cancer risk review' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Alex Morgan' }).getAttribute('href')).toBe(
      `/doctor/patients/${RECORD_PATIENT_ID}`,
    );
    expect(screen.getByText('8.4% within 6 years')).toBeTruthy();
    expect(screen.getByText('Above the screening threshold (1.51%)')).toBeTruthy();

    const inputs = screen.getByRole('table', { name: 'Each input of the module, its value and its source' });
    expect(cellsOf(within(inputs).getByRole('row', { name: /Cigarettes per day/ }))).toEqual([
      '30 a day',
      'RecordSymptoms and history questionnaire',
      '27 Feb 2026',
    ]);
    expect(cellsOf(within(inputs).getByRole('row', { name: /Age/ }))).toEqual([
      '64 years',
      'CalculatedFrom the date of birth',
      '—',
    ]);
    expect(cellsOf(within(inputs).getByRole('row', { name: /COPD/ }))[1]).toBe(
      'EnteredEntered for this assessment',
    );

    const drivers = screen.getByRole('table', {
      name: 'Each factor’s contribution, largest first (log-odds)',
    });
    expect(
      within(drivers)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Cigarettes per day', 'COPD', 'Age']);
    expect(within(drivers).getByText('−0.52 (lowers the risk)')).toBeTruthy();

    const findings = screen.getByRole('region', { name: 'Guideline findings' });
    expect(findings.textContent).toContain('USPSTF 2021 lung cancer screening');
    expect(findings.textContent).toContain('Meets');
    expect(findings.textContent).toContain('66 pack-years (at least 20)');
    expect(screen.getByRole('link', { name: /Screening for lung cancer/ }).getAttribute('href')).toContain(
      'uspreventiveservicestaskforce.org',
    );
    expect(
      screen.getByRole('table', { name: 'Results of this module for the patient, oldest first' }),
    ).toBeTruthy();
  });

  it('asks for a decision and a note before saving anything', async () => {
    const { user, calls } = reviewApi();
    await user.click(await screen.findByRole('button', { name: 'Save decision' }));
    expect(screen.getByText('Choose confirm, adjust or reject')).toBeTruthy();
    expect(screen.getByText('Write a note for the record')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: /Adjust/ }));
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(screen.getByText('Choose the adjusted category')).toBeTruthy();
    expect(screen.getByText('Write a note for the record')).toBeTruthy();
    expect(callsTo(calls, 'POST', `${reviewUrl}/decision`)).toHaveLength(0);
  });

  it('confirms with a note, a low-dose CT order and a plan with a goal, then shows the decision', async () => {
    const { user, calls } = reviewApi();
    await user.click(await screen.findByRole('radio', { name: /Confirm/ }));
    // Confirming ticks the suggested orders and opens the plan; the doctor keeps only the CT.
    const ct = screen.getByRole('checkbox', { name: 'Low dose computed tomography of thorax' });
    const cessation = screen.getByRole('checkbox', { name: 'Smoking cessation education' });
    expect((ct as HTMLInputElement).checked).toBe(true);
    await user.click(cessation);
    expect((cessation as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('switch', { name: 'Write a treatment plan' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole('textbox', { name: /Plan title/ }) as HTMLInputElement).value).toBe(
      'Lung cancer plan',
    );
    await user.click(screen.getByRole('textbox', { name: /Note for the record/ }));
    await user.paste('Discussed screening; he agrees to annual LDCT.');
    await user.click(screen.getByRole('button', { name: 'Add a goal' }));
    const goal = screen.getByRole('group', { name: 'Goal 1' });
    await user.type(within(goal).getByRole('textbox', { name: 'Goal' }), 'Stop smoking');
    await user.type(within(goal).getByLabelText('Target date'), '2026-10-01');
    await user.click(screen.getByRole('button', { name: 'Save decision' }));

    expect(await screen.findByText('The decision is saved.')).toBeTruthy();
    const [post] = callsTo(calls, 'POST', `${reviewUrl}/decision`);
    expect(bodyOf(post)).toEqual({
      decision: 'confirm',
      note: 'Discussed screening; he agrees to annual LDCT.',
      adjustedCategory: null,
      condition: null,
      serviceRequests: [{ code: LDCT, reason: 'Meets USPSTF 2021 lung cancer screening criteria' }],
      carePlan: {
        title: 'Lung cancer plan',
        description: '',
        goals: [{ description: 'Stop smoking', targetDate: '2026-10-01' }],
        activities: [],
        followUpDate: addMonths(new Date(), 12),
      },
    });
    const decision = screen.getByRole('region', { name: 'Decision' });
    expect(decision.textContent).toContain('Confirmed by Dr Ines Duarte on');
    expect(decision.textContent).toContain('Discussed screening; he agrees to annual LDCT.');
    expect(decision.textContent).toContain('1 order, A treatment plan');
    expect(screen.queryByRole('button', { name: 'Save decision' })).toBeNull();
    // The queue is asked again, so the item leaves it.
    await waitFor(() => expect(callsTo(calls, 'GET', reviewUrl).length).toBeGreaterThanOrEqual(2));
  });

  it('says when another doctor decided meanwhile, and shows their decision', async () => {
    const { user } = reviewApi(() =>
      problemResponse(
        buildProblem({
          status: 409,
          code: 'risk_review_decided',
          detail: 'This result has already been reviewed (or a newer result replaced it).',
        }),
      ),
    );
    await user.click(await screen.findByRole('radio', { name: /Reject/ }));
    await user.click(screen.getByRole('textbox', { name: /Note for the record/ }));
    await user.paste('Never smoked; the answers were entered in error.');
    expect(screen.queryByRole('checkbox', { name: 'Low dose computed tomography of thorax' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save decision' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This result has already been reviewed');
    expect(await screen.findByRole('region', { name: 'Decision' })).toBeTruthy();
    expect(screen.queryByText('The decision is saved.')).toBeNull();
  });

  it('shows a decided review read-only', async () => {
    stubApi(
      recordRoutes(
        { me: doctorMe() },
        { [`GET ${reviewUrl}`]: () => jsonResponse(200, buildReviewDetail({ review: confirmed })) },
      ),
    );
    renderApp(pagePath);
    const decision = await screen.findByRole('region', { name: 'Decision' });
    expect(decision.textContent).toContain('Confirmed by Dr Ines Duarte');
    expect(screen.queryByRole('radio', { name: /Confirm/ })).toBeNull();
  });
});
