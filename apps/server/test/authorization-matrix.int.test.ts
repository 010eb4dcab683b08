import { randomUUID } from 'node:crypto';
import type { Role } from '@nexus/contracts';
import type { LightMyRequestResponse, RouteOptions } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { AccessRule } from '../src/platform/auth/access-rule.ts';
import { isProtectedPath } from '../src/platform/auth/access-rule.ts';
import { AccessRuleError } from '../src/platform/auth/authorization.ts';
import { loadConfig } from '../src/platform/config.ts';
import { readMigrations } from '../src/platform/db/migrator.ts';
import { migrationsDir } from '../src/platform/paths.ts';
import { buildOrganisation, buildUser, type TestUser, testAuditSigner, testCipher } from './factories.ts';
import { type SignedInClient, signedIn, signInWithPassword } from './signed-in.ts';
import { createFakeClock, createFakeQueue, createTestApp, type TestApp } from './test-app.ts';

/**
 * THE AUTHORISATION MATRIX. Every /api and /fhir route, called by every role (and by nobody, and by a
 * sign-in half-way through its second factor), on their own and on someone else's patient and
 * organisation, must be allowed or refused exactly as the table below says. "Allowed" means the answer
 * is neither 401 nor 403 (a 400 for the deliberately empty body, or a 404 for a made-up id, is allowed:
 * access control let the request through). The test fails when a route has no row here, when a row has
 * no route, when a route has no access rule, and when any outcome differs from its row.
 *
 * Bodies are empty JSON objects: authorisation runs before validation (preValidation), so a refused
 * request is refused whatever it carries, and an allowed one stops at validation without side effects.
 */

const ROLES = [
  'patient',
  'doctor',
  'nurse',
  'pharmacist',
  'dietitian',
  'blood_bank_staff',
  'donor',
  'org_admin',
  'platform_admin',
] as const satisfies readonly Role[];
/** Besides the roles: nobody signed in, and sign-ins half-way (password right, second factor or enrolment due). */
type Caller = (typeof ROLES)[number] | 'anonymous' | 'second_factor_due' | 'enrolment_due';
const CALLERS: readonly Caller[] = ['anonymous', 'second_factor_due', 'enrolment_due', ...ROLES];

/**
 * Who is allowed, per caller: 'any' on every target, 'own' only on their own (their own patient record,
 * or for clinicians a patient admitted to their organisation; their own organisation). Absent: refused.
 * Routes without a patient or organisation in the path only use 'any'.
 */
type Allowed = 'any' | 'own';
type Expectation = Partial<Record<Caller, Allowed>>;

const everyone: Expectation = {
  anonymous: 'any',
  second_factor_due: 'any',
  enrolment_due: 'any',
  patient: 'any',
  doctor: 'any',
  nurse: 'any',
  pharmacist: 'any',
  dietitian: 'any',
  blood_bank_staff: 'any',
  donor: 'any',
  org_admin: 'any',
  platform_admin: 'any',
};
const signedInUsers: Expectation = {
  patient: 'any',
  doctor: 'any',
  nurse: 'any',
  pharmacist: 'any',
  dietitian: 'any',
  blood_bank_staff: 'any',
  donor: 'any',
  org_admin: 'any',
  platform_admin: 'any',
};
const duringOrAfterSignIn: Expectation = { second_factor_due: 'any', enrolment_due: 'any', ...signedInUsers };
const ownRecordOrCareTeam: Expectation = {
  patient: 'own',
  doctor: 'own',
  nurse: 'own',
  pharmacist: 'own',
  dietitian: 'own',
};
const ownRecordOnly: Expectation = { patient: 'own' };
const clinicalRecorders: Expectation = { doctor: 'own', nurse: 'own' };
const organisationAdmins: Expectation = { org_admin: 'own', platform_admin: 'any' };
const platformAdmins: Expectation = { platform_admin: 'any' };
const bloodBank: Expectation = { blood_bank_staff: 'own', org_admin: 'own' };

/** The table, written by hand: a new route fails the test until someone decides who may call it. */
const EXPECTED: Record<string, Expectation> = {
  // Platform, documentation
  'GET /api/openapi.json': everyone,
  'GET /api/docs': everyone,
  'GET /api/docs/static/index.html': everyone,
  'GET /api/docs/static/swagger-initializer.js': everyone,
  'GET /api/docs/json': everyone,
  'GET /api/docs/yaml': everyone,
  'GET /api/docs/static/*': everyone,
  'GET /api/v1/platform': everyone,

  // Signing in and out
  'POST /api/v1/auth/sign-in': everyone,
  'POST /api/v1/auth/sign-out': everyone,
  'GET /api/v1/session': everyone,
  'GET /api/v1/me': signedInUsers,
  'POST /api/v1/auth/second-factor/totp': duringOrAfterSignIn,
  'POST /api/v1/auth/second-factor/recovery-code': duringOrAfterSignIn,
  // A passkey challenge only makes sense half-way, for an account that has a second factor.
  'POST /api/v1/auth/second-factor/passkey/options': { second_factor_due: 'any' },
  'POST /api/v1/auth/second-factor/passkey': duringOrAfterSignIn,
  // Setting up an app half-way is for accounts without a factor; others prove the one they have first.
  'POST /api/v1/account/totp/setup': { enrolment_due: 'any', ...signedInUsers },
  'POST /api/v1/account/totp/confirm': duringOrAfterSignIn,

  // Sign-up, password reset, invitations (public, answered alike for any address)
  'POST /api/v1/auth/sign-up': everyone,
  'POST /api/v1/auth/verify-email': everyone,
  'POST /api/v1/auth/password-reset': everyone,
  'POST /api/v1/auth/password-reset/complete': everyone,
  'POST /api/v1/auth/invitations/lookup': everyone,
  'POST /api/v1/auth/invitations/accept': everyone,

  // One's own account
  'GET /api/v1/account/security': signedInUsers,
  'POST /api/v1/account/step-up': signedInUsers,
  'POST /api/v1/account/step-up/passkey/options': signedInUsers,
  'POST /api/v1/account/step-up/passkey': signedInUsers,
  'POST /api/v1/account/recovery-codes': signedInUsers,
  'DELETE /api/v1/account/totp': signedInUsers,
  'POST /api/v1/account/passkeys/options': signedInUsers,
  'POST /api/v1/account/passkeys': signedInUsers,
  'DELETE /api/v1/account/passkeys/:passkeyId': signedInUsers,
  'GET /api/v1/account/api-tokens': signedInUsers,
  'POST /api/v1/account/api-tokens': signedInUsers,
  'DELETE /api/v1/account/api-tokens/:tokenId': signedInUsers,
  'GET /api/v1/account/security-log': signedInUsers,
  'GET /api/v1/sessions': signedInUsers,
  'DELETE /api/v1/sessions/:sessionId': signedInUsers,
  'POST /api/v1/sessions/end-others': signedInUsers,

  // Patient records and who may see them
  'GET /api/v1/patients/:patientId': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/care-team': ownRecordOnly,
  'POST /api/v1/patients/:patientId/care-team': ownRecordOnly,
  'DELETE /api/v1/patients/:patientId/care-team/:relationshipId': ownRecordOnly,
  'GET /api/v1/patients/:patientId/access-log': ownRecordOnly,
  'POST /api/v1/patients/:patientId/break-glass': { doctor: 'any', nurse: 'any' },
  'GET /api/v1/clinicians': signedInUsers,
  'GET /api/v1/my-patients': signedInUsers,
  'POST /api/v1/organisations/:organisationId/admissions': { doctor: 'own', nurse: 'own', org_admin: 'own' },
  'POST /api/v1/organisations/:organisationId/admissions/by-email': {
    doctor: 'own',
    nurse: 'own',
    org_admin: 'own',
  },

  // Health records (the portals' API): read by the patient and their care team; clinical facts are
  // written by the care team's doctors and nurses only; the patient's own answers by the patient (or
  // a clinician entering them with them).
  'GET /api/v1/patients/:patientId/record/summary': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/record/timeline': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/record/vitals': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/record/labs': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/record/documents': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/record/documents/:documentId': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/record/questionnaire-responses': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/record/export.json': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/record/export.pdf': ownRecordOrCareTeam,
  'POST /api/v1/patients/:patientId/record/conditions': clinicalRecorders,
  'POST /api/v1/patients/:patientId/record/vitals': clinicalRecorders,
  'POST /api/v1/patients/:patientId/record/labs': clinicalRecorders,
  'POST /api/v1/patients/:patientId/record/notes': clinicalRecorders,
  'POST /api/v1/patients/:patientId/record/questionnaire-responses': ownRecordOrCareTeam,
  'GET /api/v1/codes/conditions': signedInUsers,
  'GET /api/v1/codes/labs': signedInUsers,
  'GET /api/v1/questionnaires/symptoms-and-history': signedInUsers,
  'POST /api/v1/organisations/:organisationId/record-imports': { org_admin: 'own' },

  // Risk assessment: the modules are no one's data; results are read like the record, run by the
  // patient or their doctors and nurses, and reviewed by their doctors only. The queue and the
  // population report list only the caller's own patients (the report refuses non-clinicians).
  'GET /api/v1/cds/modules': signedInUsers,
  'GET /api/v1/cds/modules/:moduleId': signedInUsers,
  'GET /api/v1/cds/modules/:moduleId/input-schema': signedInUsers,
  'GET /api/v1/patients/:patientId/risk': ownRecordOrCareTeam,
  'POST /api/v1/patients/:patientId/risk/preview': ownRecordOrCareTeam,
  'POST /api/v1/patients/:patientId/risk/assessments': { patient: 'own', doctor: 'own', nurse: 'own' },
  'GET /api/v1/patients/:patientId/risk/assessments/:riskAssessmentId': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/care-plans': ownRecordOrCareTeam,
  'GET /api/v1/risk-reviews': signedInUsers,
  'GET /api/v1/patients/:patientId/risk-reviews/:reviewId': ownRecordOrCareTeam,
  'POST /api/v1/patients/:patientId/risk-reviews/:reviewId/decision': { doctor: 'own' },
  'GET /api/v1/cds/population': { doctor: 'any', nurse: 'any', pharmacist: 'any', dietitian: 'any' },
  'GET /api/v1/cds/population.csv': { doctor: 'any', nurse: 'any', pharmacist: 'any', dietitian: 'any' },

  // Medicines: the catalogue is no one's data; a patient's medicines are read and added to like the
  // record (the patient, or their care team); only their doctors prescribe and cancel; a pharmacy's
  // counter (verify, dispense, queue) is its own pharmacists'. The poor-adherence list is for clinicians.
  'GET /api/v1/medicines': signedInUsers,
  'POST /api/v1/patients/:patientId/medications/check': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/prescriptions': ownRecordOrCareTeam,
  'POST /api/v1/patients/:patientId/prescriptions': { doctor: 'own' },
  'POST /api/v1/patients/:patientId/prescriptions/:prescriptionId/cancel': { doctor: 'own' },
  'GET /api/v1/patients/:patientId/prescriptions/:prescriptionId/qr.svg': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/prescriptions/:prescriptionId/pdf': ownRecordOrCareTeam,
  'POST /api/v1/patients/:patientId/own-medications': ownRecordOrCareTeam,
  'POST /api/v1/pharmacies/:organisationId/prescriptions/verify': { pharmacist: 'own' },
  'POST /api/v1/pharmacies/:organisationId/dispenses': { pharmacist: 'own' },
  'GET /api/v1/pharmacies/:organisationId/queue': { pharmacist: 'own' },
  // Dose reminders: the day's doses, what the patient records of them, preferences and adherence.
  'GET /api/v1/patients/:patientId/doses/today': ownRecordOrCareTeam,
  'POST /api/v1/patients/:patientId/doses/:doseId': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/reminder-preferences': ownRecordOrCareTeam,
  'PUT /api/v1/patients/:patientId/reminder-preferences': ownRecordOrCareTeam,
  'GET /api/v1/patients/:patientId/adherence': ownRecordOrCareTeam,
  'GET /api/v1/adherence/poor': { doctor: 'any', nurse: 'any', pharmacist: 'any', dietitian: 'any' },

  // The blood bank: its own staff and org_admins (hold release additionally needs a supervisor, in the service).
  'GET /api/v1/blood-banks/:organisationId/locations': bloodBank,
  'POST /api/v1/blood-banks/:organisationId/locations': bloodBank,
  'GET /api/v1/blood-banks/:organisationId/inventory': bloodBank,
  'POST /api/v1/blood-banks/:organisationId/units': bloodBank,
  'GET /api/v1/blood-banks/:organisationId/units/:unitId': bloodBank,
  'GET /api/v1/blood-banks/:organisationId/units/:unitId/events': bloodBank,
  'POST /api/v1/blood-banks/:organisationId/units/:unitId/label-verification': bloodBank,
  'POST /api/v1/blood-banks/:organisationId/units/:unitId/holds': bloodBank,
  'POST /api/v1/blood-banks/:organisationId/units/:unitId/holds/:holdId/release': bloodBank,
  'POST /api/v1/blood-banks/:organisationId/units/:unitId/return': bloodBank,
  'POST /api/v1/blood-banks/:organisationId/units/:unitId/discard': bloodBank,
  'POST /api/v1/blood-banks/:organisationId/reservations': bloodBank,
  'POST /api/v1/blood-banks/:organisationId/allocations/:allocationId/release': bloodBank,
  'POST /api/v1/blood-banks/:organisationId/allocations/:allocationId/issue': bloodBank,

  // The health assistant: one's own conversations and consent (SELF); the chart's shared summaries.
  'GET /api/v1/chat/conversations': signedInUsers,
  'POST /api/v1/chat/conversations': signedInUsers,
  'GET /api/v1/chat/conversations/:conversationId': signedInUsers,
  'DELETE /api/v1/chat/conversations/:conversationId': signedInUsers,
  'POST /api/v1/chat/conversations/:conversationId/messages': signedInUsers,
  'POST /api/v1/chat/conversations/:conversationId/share': signedInUsers,
  'GET /api/v1/chat/record-consent': signedInUsers,
  'PUT /api/v1/chat/record-consent': signedInUsers,
  'GET /api/v1/patients/:patientId/triage-summaries': ownRecordOrCareTeam,

  // Notifications: one's own list, this browser's push subscription, the live WebSocket (its upgrade
  // is authenticated like any route; without one a signed-in caller gets 404).
  'GET /api/v1/notifications': signedInUsers,
  'POST /api/v1/notifications/:notificationId/read': signedInUsers,
  'GET /api/v1/push/vapid-public-key': signedInUsers,
  'POST /api/v1/push/subscriptions': signedInUsers,
  'DELETE /api/v1/push/subscriptions': signedInUsers,
  'GET /ws': signedInUsers,

  // The FHIR API: any signed-in user reaches it; each interaction then decides per resource (see
  // modules/fhir/fhir-access.int.test.ts for who sees which patient's resources).
  'GET /fhir/R4/metadata': everyone,
  'POST /fhir/R4': signedInUsers,
  'GET /fhir/R4/Patient/:id/$everything': signedInUsers,
  'GET /fhir/R4/:resourceType': signedInUsers,
  'POST /fhir/R4/:resourceType/_search': signedInUsers,
  'POST /fhir/R4/:resourceType': signedInUsers,
  'GET /fhir/R4/:resourceType/_history': signedInUsers,
  'GET /fhir/R4/:resourceType/:id': signedInUsers,
  'PUT /fhir/R4/:resourceType/:id': signedInUsers,
  'DELETE /fhir/R4/:resourceType/:id': signedInUsers,
  'GET /fhir/R4/:resourceType/:id/_history': signedInUsers,
  'GET /fhir/R4/:resourceType/:id/_history/:versionId': signedInUsers,

  // Organisation administration
  'GET /api/v1/organisations/:organisationId/members': organisationAdmins,
  'PUT /api/v1/organisations/:organisationId/members/:userId/roles': organisationAdmins,
  'POST /api/v1/organisations/:organisationId/members/:userId/disable': organisationAdmins,
  'POST /api/v1/organisations/:organisationId/members/:userId/enable': organisationAdmins,
  'POST /api/v1/organisations/:organisationId/members/:userId/sessions/end': organisationAdmins,
  'GET /api/v1/organisations/:organisationId/invitations': organisationAdmins,
  'POST /api/v1/organisations/:organisationId/invitations': organisationAdmins,
  'DELETE /api/v1/organisations/:organisationId/invitations/:invitationId': organisationAdmins,
  'GET /api/v1/organisations/:organisationId/break-glass-alerts': { org_admin: 'own' },

  // Platform administration
  'GET /api/v1/admin/outbox': platformAdmins,
  'POST /api/v1/admin/audit/verification': platformAdmins,
};

/** Requests that end the caller's own session: the caller signs in again after them. */
const ENDS_SESSION = new Set(['POST /api/v1/auth/sign-out']);

type CollectedRoute = { key: string; method: string; url: string; options: RouteOptions };

function routeCollector() {
  const routes: CollectedRoute[] = [];
  const onRoute = (options: RouteOptions) => {
    for (const method of [options.method].flat()) {
      if (method === 'HEAD' || !isProtectedPath(options.url)) continue;
      routes.push({ key: `${method} ${options.url}`, method, url: options.url, options });
    }
  };
  // Read access rules lazily: hooks registered after ours (the documentation's) may still set them.
  const accessOf = (route: CollectedRoute) =>
    (route.options.config as { access?: AccessRule } | undefined)?.access;
  return { routes, onRoute, accessOf };
}

type Target = 'own' | 'other';
type World = {
  patients: Record<Target, string>;
  organisations: Record<Target, string>;
  members: Record<Target, string>;
};

function urlFor(route: CollectedRoute, world: World, target: Target): string {
  return route.url.replace('*', 'index.css').replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    switch (name) {
      case 'patientId':
        return world.patients[target];
      case 'organisationId':
        return world.organisations[target];
      case 'userId':
        return world.members[target];
      default:
        return randomUUID();
    }
  });
}

const hasTarget = (url: string) => url.includes(':patientId') || url.includes(':organisationId');
const isAllowed = (response: LightMyRequestResponse) =>
  response.statusCode !== 401 && response.statusCode !== 403;

describe('the authorisation matrix', () => {
  const collector = routeCollector();
  let t: TestApp;
  let world: World;
  const users = new Map<Caller, TestUser>();
  const clients = new Map<Caller, SignedInClient>();

  async function signIn(caller: Caller): Promise<void> {
    const user = users.get(caller);
    if (!user) return;
    const isHalfWay = caller === 'second_factor_due' || caller === 'enrolment_due';
    clients.set(caller, isHalfWay ? await signInWithPassword(t, user) : await signedIn(t, user));
  }

  beforeAll(async () => {
    t = await createTestApp({ onRoute: collector.onRoute });
    const db = t.testDb.db;
    const own = await buildOrganisation(db, t.clock, { name: 'Own clinic' });
    const other = await buildOrganisation(db, t.clock, { name: 'Other clinic' });
    for (const role of ROLES) users.set(role, await buildUser(db, t.clock, { role, organisationId: own }));
    users.set('second_factor_due', await buildUser(db, t.clock, { role: 'patient', organisationId: own }));
    users.set(
      'enrolment_due',
      await buildUser(db, t.clock, { role: 'patient', organisationId: own, withTotp: false }),
    );
    const ownPatient = users.get('patient')?.patientId;
    const otherPatient = (await buildUser(db, t.clock, { role: 'patient', organisationId: other })).patientId;
    if (!ownPatient || !otherPatient) throw new Error('patients without records');
    // The own patient is admitted to the own clinic: its clinicians have a care relationship with them.
    await db.kysely
      .insertInto('care_relationships')
      .values({
        patient_id: ownPatient,
        organisation_id: own,
        source: 'admission',
        created_at: t.clock.now(),
      })
      .execute();
    world = {
      patients: { own: ownPatient, other: otherPatient },
      organisations: { own, other },
      members: {
        own: (await buildUser(db, t.clock, { role: 'donor', organisationId: own })).id,
        other: (await buildUser(db, t.clock, { role: 'donor', organisationId: other })).id,
      },
    };
    for (const caller of CALLERS) await signIn(caller);
  }, 120_000);
  afterAll(() => t?.close());

  it('has an access rule on every /api route', () => {
    expect(collector.routes.length).toBeGreaterThan(40);
    expect(collector.routes.filter((route) => !collector.accessOf(route)).map((route) => route.key)).toEqual(
      [],
    );
  });

  it('has a row for every route, and a route for every row', () => {
    const registered = new Set(collector.routes.map((route) => route.key));
    expect(
      [...registered].filter((key) => !(key in EXPECTED)).sort(),
      'routes missing from EXPECTED',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED)
        .filter((key) => !registered.has(key))
        .sort(),
      'rows without a route',
    ).toEqual([]);
  });

  it('allows and refuses every route for every caller exactly as the table says', async () => {
    const mismatches: string[] = [];
    let requests = 0;
    for (const route of collector.routes) {
      const expectation = EXPECTED[route.key];
      if (!expectation) continue;
      const targets: Target[] = hasTarget(route.url) ? ['own', 'other'] : ['own'];
      for (const caller of CALLERS) {
        for (const target of targets) {
          const url = urlFor(route, world, target);
          const payload = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
          const client = clients.get(caller);
          const response = client
            ? await client.request({ method: route.method as 'GET', url, ...(payload ? { payload } : {}) })
            : await t.app.inject({ method: route.method as 'GET', url, ...(payload ? { payload } : {}) });
          requests += 1;
          const rule = expectation[caller];
          const shouldAllow = rule === 'any' || (rule === 'own' && target === 'own');
          if (response.statusCode >= 500) {
            mismatches.push(`${route.key} as ${caller} on ${target}: server error ${response.statusCode}`);
          } else if (isAllowed(response) !== shouldAllow) {
            mismatches.push(
              `${route.key} as ${caller} on ${target}: expected ${shouldAllow ? 'allowed' : 'refused'}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
            );
          }
          if (ENDS_SESSION.has(route.key)) await signIn(caller);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(requests).toBeGreaterThan(500);
  }, 300_000);
});

describe('a route without an access rule', () => {
  const collector = routeCollector();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ onRoute: collector.onRoute });
  });
  afterAll(() => t?.close());

  const build = (onRoute?: (route: RouteOptions) => void) =>
    buildApp({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', NEXUS_DEMO: '0' }),
      db: t.testDb.db,
      migrations: readMigrations(migrationsDir),
      queue: createFakeQueue(),
      clock: createFakeClock(),
      auditSigner: testAuditSigner,
      cipher: testCipher,
      logger: pino({ level: 'silent' }),
      webDistDir: undefined,
      ...(onRoute ? { onRoute } : {}),
    });

  it('stops the app from being built, for every route in the table', async () => {
    // Routes the platform registers before authorisation is in place: the API documentation, public by
    // construction (openapi.ts). Without its rule, authentication still treats such a route as private.
    const registeredEarlier = (key: string) =>
      key.startsWith('GET /api/docs') || key === 'GET /api/openapi.json';
    const keys = collector.routes.map((route) => route.key).filter((key) => !registeredEarlier(key));
    expect(keys.length).toBeGreaterThan(40);
    for (const key of keys) {
      const stripped = build((route) => {
        if ([route.method].flat().some((method) => `${method} ${route.url}` === key)) {
          route.config = { ...route.config, access: undefined };
        }
      });
      await expect(stripped, key).rejects.toThrow(AccessRuleError);
    }
  }, 120_000);

  it('refuses a route added later without a rule', async () => {
    const app = await build();
    try {
      expect(() => app.get('/api/v1/forgotten', async () => ({ secret: true }))).toThrow(
        /GET \/api\/v1\/forgotten has no access rule/,
      );
      expect(() => app.get('/fhir/R4/Forgotten', async () => ({ secret: true }))).toThrow(AccessRuleError);
    } finally {
      await app.close();
    }
  });
});
