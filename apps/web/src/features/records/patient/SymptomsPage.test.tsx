import type { QuestionnaireAnswers } from '@nexus/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../test/fake-api.ts';
import { buildProblem, jsonResponse, problemResponse } from '../../../test/fixtures.ts';
import { buildQuestionnaire, buildQuestionnaireAnswers } from '../../../test/form-fixtures.ts';
import { bodyOf, callsTo, recordBase, recordRoutes } from '../../../test/record-api.ts';
import { renderApp } from '../../../test/render.tsx';

const responsesPath = `${recordBase()}/questionnaire-responses`;

function symptomsPage(routes: Parameters<typeof stubApi>[0] = {}) {
  let responses: QuestionnaireAnswers[] = [buildQuestionnaireAnswers()];
  const api = stubApi(
    recordRoutes(
      {},
      {
        'GET /api/v1/questionnaires/symptoms-and-history': () => jsonResponse(200, buildQuestionnaire()),
        [`GET ${responsesPath}`]: () => jsonResponse(200, { responses }),
        [`POST ${responsesPath}`]: () => {
          const created = buildQuestionnaireAnswers({ id: 'qr-2', submittedAt: '2026-03-01T10:00:00.000Z' });
          responses = [created, ...responses];
          return jsonResponse(201, created);
        },
        ...routes,
      },
    ),
  );
  return { ...api, ...renderApp('/patient/symptoms') };
}

// Whole-page tests that type into forms: slow on a busy machine, so they get more time.
describe('symptoms & history', { timeout: 15_000 }, () => {
  it('shows the questionnaire by section, and follow-up questions only for the answer they follow', async () => {
    const { user } = symptomsPage();
    expect(await screen.findByRole('heading', { level: 2, name: 'How you are now' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Your history' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Your weight (kg)' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Which symptoms/ })).toBeNull();

    // Each question is named by its text alone (the required star is not read out), groups included.
    const symptoms = screen.getByRole('radiogroup', { name: 'Do you have any symptoms now?' });
    await user.click(within(symptoms).getByRole('radio', { name: 'Yes' }));
    const which = await screen.findByRole('group', { name: 'Which symptoms?' });
    expect(within(which).getByRole('checkbox', { name: 'Chest pain' })).toBeTruthy();
    expect(screen.queryByLabelText(/When did the chest pain start/)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Chest pain' }));
    expect(await screen.findByLabelText(/When did the chest pain start/)).toBeTruthy();

    await user.click(within(symptoms).getByRole('radio', { name: 'No' }));
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Chest pain' })).toBeNull());
    expect(screen.queryByLabelText(/When did the chest pain start/)).toBeNull();
  });

  it('says which answers need attention, moves focus to the first, and sends nothing', async () => {
    const { user, calls } = symptomsPage();
    await user.type(await screen.findByRole('textbox', { name: /How bad is any pain/ }), '12');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    const summary = await screen.findByRole('alert', { name: /Some answers need your attention/ });
    expect(summary.textContent).toContain('3 answers need attention.');
    expect(screen.getByText('Answer yes or no')).toBeTruthy();
    expect(screen.getByText('Enter a number from 0 to 10')).toBeTruthy();
    expect(screen.getByText('Choose an answer')).toBeTruthy();
    const first = within(
      screen.getByRole('radiogroup', { name: /Do you have any symptoms now/ }),
    ).getAllByRole('radio')[0];
    expect(document.activeElement).toBe(first);
    expect(callsTo(calls, 'POST', responsesPath)).toHaveLength(0);
  });

  it('sends the answers typed as the questionnaire says, confirms, and lists them with the earlier ones', async () => {
    const { user, calls } = symptomsPage();
    const symptoms = await screen.findByRole('radiogroup', { name: /Do you have any symptoms now/ });
    await user.click(within(symptoms).getByRole('radio', { name: 'Yes' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Tiredness' }));
    await user.click(screen.getByRole('checkbox', { name: 'Thirst' }));
    await user.type(screen.getByRole('textbox', { name: /How bad is any pain/ }), '3');
    await user.click(screen.getByRole('radio', { name: 'I used to' }));
    await user.type(screen.getByRole('textbox', { name: 'Your weight (kg)' }), '81.4');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    const sent = await screen.findByRole('heading', { level: 2, name: 'Your answers have been sent' });
    expect(document.activeElement).toBe(sent);
    const [post] = callsTo(calls, 'POST', responsesPath);
    expect(bodyOf(post)).toEqual({
      answers: {
        'has-symptoms': true,
        'symptoms-list': ['fatigue', 'thirst'],
        'pain-score': 3,
        smoking: 'former',
        weight: 81.4,
      },
    });
    const earlier = screen.getByRole('list', { name: 'Questionnaires answered, newest first' });
    await waitFor(() => expect(within(earlier).getAllByRole('listitem')).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Fill it in again' }));
    expect(await screen.findByRole('button', { name: 'Send my answers' })).toBeTruthy();
  });

  it('opens an earlier submission to read its answers', async () => {
    const { user } = symptomsPage();
    const earlier = await screen.findByRole('list', { name: 'Questionnaires answered, newest first' });
    const toggle = within(earlier).getByRole('button', { name: 'Show answers' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(within(earlier).getByRole('button', { name: 'Hide answers' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    expect(within(earlier).getByText('Tiredness, Thirst')).toBeTruthy();
  });

  it("keeps the answers and shows the server's explanation when they cannot be sent", async () => {
    const { user } = symptomsPage({
      [`POST ${responsesPath}`]: () =>
        problemResponse(
          buildProblem({
            status: 422,
            code: 'invalid_answers',
            detail: 'The answer to "smoking" is not one of its options.',
          }),
        ),
    });
    const symptoms = await screen.findByRole('radiogroup', { name: /Do you have any symptoms now/ });
    await user.click(within(symptoms).getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('radio', { name: 'Never' }));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    const alert = await screen.findByRole('alert', { name: /Your answers could not be sent/ });
    expect(alert.textContent).toContain('The answer to "smoking" is not one of its options.');
    expect((screen.getByRole('radio', { name: 'Never' }) as HTMLInputElement).checked).toBe(true);
  });

  it('says so when the questionnaire cannot be loaded, and still lists what was sent before', async () => {
    symptomsPage({
      'GET /api/v1/questionnaires/symptoms-and-history': () =>
        problemResponse(buildProblem({ status: 503, code: 'unavailable', detail: 'Try again in a minute.' })),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The questionnaire could not be loaded');
    expect(alert.textContent).toContain('Try again in a minute.');
    expect(await screen.findByRole('list', { name: 'Questionnaires answered, newest first' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send my answers' })).toBeNull();
  });
});
