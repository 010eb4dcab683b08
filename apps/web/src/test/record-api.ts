import type { Me, RecordSummary } from '@nexus/contracts';
import type { stubApi } from './fake-api.ts';
import { buildMe, buildMembership, buildPlatformInfo, jsonResponse, signedInState } from './fixtures.ts';
import { buildRecordSummary, RECORD_PATIENT_ID } from './record-fixtures.ts';

type Routes = Parameters<typeof stubApi>[0];

export const recordBase = (patientId = RECORD_PATIENT_ID) => `/api/v1/patients/${patientId}/record`;

/** The signed-in doctor and nurse of the demo clinic (no patient record of their own). */
export const doctorMe = (): Me =>
  buildMe({ patientId: null, memberships: [buildMembership({ role: 'doctor' })] });
export const nurseMe = (): Me =>
  buildMe({ patientId: null, memberships: [buildMembership({ role: 'nurse' })] });

/**
 * A server that holds one patient's record: the session of `me`, and every record read answering
 * with the fixtures' record (empty lists where a test gives none). `routes` override or add.
 */
export function recordRoutes(
  options: { me?: Me; summary?: RecordSummary; patientId?: string } = {},
  routes: Routes = {},
): Routes {
  const base = recordBase(options.patientId);
  return {
    'GET /api/v1/session': () => jsonResponse(200, signedInState(options.me ?? buildMe())),
    'GET /api/v1/platform': () => jsonResponse(200, buildPlatformInfo()),
    [`GET ${base}/summary`]: () => jsonResponse(200, options.summary ?? buildRecordSummary()),
    [`GET ${base}/timeline`]: () => jsonResponse(200, { entries: [], nextBefore: null }),
    [`GET ${base}/vitals`]: () => jsonResponse(200, { series: [] }),
    [`GET ${base}/labs`]: () => jsonResponse(200, { series: [] }),
    [`GET ${base}/documents`]: () => jsonResponse(200, { documents: [] }),
    [`GET ${base}/questionnaire-responses`]: () => jsonResponse(200, { responses: [] }),
    ...routes,
  };
}

/** The calls made to one method and path (query strings aside), for asserting what the app asked. */
export const callsTo = (calls: ReturnType<typeof stubApi>['calls'], method: string, path: string) =>
  calls.filter((call) => call.method === method && call.path === path);

/** The JSON body of a call. */
export const bodyOf = (call: { init: RequestInit | undefined } | undefined): unknown =>
  JSON.parse(String(call?.init?.body));
