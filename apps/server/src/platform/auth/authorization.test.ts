import type { Role } from '@nexus/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AuditEvent, AuditRecorder } from '../../modules/audit/index.ts';
import { registerErrorHandler } from '../http/error-handler.ts';
import { type AccessRule, PUBLIC, SELF } from './access-rule.ts';
import type { Actor } from './actor.ts';
import { AccessRuleError, registerAuthorization } from './authorization.ts';
import type { CareFacts } from './policy.ts';

const CLINIC = '00000000-0000-4000-8000-0000000000c1';
const OWN_PATIENT = '00000000-0000-4000-8000-0000000000a1';
const OTHER_PATIENT = '00000000-0000-4000-8000-0000000000a2';
const BREAK_GLASS_PATIENT = '00000000-0000-4000-8000-0000000000a3';

function actorWith(role: Role, patientId: string | null = null): Actor {
  return {
    sessionId: 's1',
    credential: { kind: 'session' },
    userId: '00000000-0000-4000-8000-0000000000b1',
    email: 'someone@example.org',
    displayName: 'Someone',
    patientId,
    memberships: [{ organisationId: CLINIC, organisationName: 'Clinic', organisationKind: 'clinic', role }],
  };
}

const facts: CareFacts = {
  hasCareRelationship: async () => false,
  activeBreakGlass: async (_userId, patientId) => patientId === BREAK_GLASS_PATIENT,
};

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A bare app: a header names the caller's role (standing in for authentication), then authorisation. */
async function appWith(routes: (app: FastifyInstance) => void) {
  const recorded: AuditEvent[] = [];
  const audit: AuditRecorder = { record: async (event) => void recorded.push(event) };
  const instance = Fastify();
  instance.setValidatorCompiler(validatorCompiler);
  instance.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(instance);
  instance.decorateRequest('actor', null);
  instance.addHook('onRequest', async (request) => {
    const role = request.headers['x-role'];
    if (typeof role === 'string')
      request.actor = actorWith(role as Role, role === 'patient' ? OWN_PATIENT : null);
  });
  registerAuthorization(instance, { facts, clock: { now: () => new Date('2026-03-01T09:00:00Z') }, audit });
  routes(instance);
  await instance.ready();
  app = instance;
  return { app: instance, recorded };
}

const patientRead: AccessRule = { kind: 'patient', action: 'patient.read', patientIdParam: 'patientId' };
const withPatientRoutes = (instance: FastifyInstance) => {
  instance.get('/api/v1/patients/:patientId', { config: { access: patientRead } }, async (request) => ({
    basis: request.accessDecision?.allowed ? request.accessDecision.basis : null,
  }));
  instance.post(
    '/api/v1/patients/:patientId/notes',
    {
      config: { access: { kind: 'patient', action: 'patient.write', patientIdParam: 'patientId' } },
      schema: { body: z.object({ text: z.string().min(1) }) },
    },
    async () => ({ ok: true }),
  );
  instance.get(
    '/api/v1/organisations/:organisationId/alerts',
    {
      config: {
        access: {
          kind: 'organisation',
          action: 'organisation.read-alerts',
          organisationIdParam: 'organisationId',
        },
      },
    },
    async () => ({ ok: true }),
  );
  instance.get('/api/v1/me', { config: { access: SELF } }, async () => ({ ok: true }));
};

describe('registerAuthorization at start-up', () => {
  it('refuses to start with an /api or /fhir route that has no access rule', async () => {
    for (const url of ['/api/v1/forgotten', '/fhir/R4/Patient']) {
      const instance = Fastify();
      registerAuthorization(instance, {
        facts,
        clock: { now: () => new Date() },
        audit: { record: async () => {} },
      });
      // As a module registers its routes: inside a plugin, so the error surfaces when the app loads.
      instance.register(async (scope) => {
        scope.get(url, async () => ({}));
      });
      const loading = instance.ready();
      await expect(loading).rejects.toThrow(AccessRuleError);
      await expect(loading).rejects.toThrow(`GET ${url} has no access rule`);
    }
  });

  it('refuses a rule whose id parameter is not in the path', async () => {
    const instance = Fastify();
    registerAuthorization(instance, {
      facts,
      clock: { now: () => new Date() },
      audit: { record: async () => {} },
    });
    instance.register(async (scope) => {
      scope.get('/api/v1/patients/:id', { config: { access: patientRead } }, async () => ({}));
    });
    await expect(instance.ready()).rejects.toThrow(/names :patientId, which is not in the path/);
  });

  it('leaves routes outside /api and /fhir alone', async () => {
    const { app } = await appWith((instance) => instance.get('/healthz', async () => ({ ok: true })));
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('lets public and self routes through without asking the policy', async () => {
    const { app, recorded } = await appWith((instance) => {
      instance.get('/api/v1/open', { config: { access: PUBLIC } }, async () => ({ ok: true }));
      withPatientRoutes(instance);
    });
    expect((await app.inject({ method: 'GET', url: '/api/v1/open' })).statusCode).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { 'x-role': 'donor' } })).statusCode,
    ).toBe(200);
    expect(recorded).toEqual([]);
  });
});

describe('registerAuthorization on requests', () => {
  it('allows a patient their own record and audits the access with its basis', async () => {
    const { app, recorded } = await appWith(withPatientRoutes);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/patients/${OWN_PATIENT}`,
      headers: { 'x-role': 'patient' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ basis: 'self' });
    expect(recorded).toEqual([
      expect.objectContaining({
        action: 'patient.read',
        outcome: 'success',
        patientId: OWN_PATIENT,
        details: { basis: 'self', route: 'GET /api/v1/patients/:patientId', role: 'patient' },
      }),
    ]);
  });

  it('refuses another patient with 403 not_permitted and audits the denial', async () => {
    const { app, recorded } = await appWith(withPatientRoutes);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/patients/${OTHER_PATIENT}`,
      headers: { 'x-role': 'patient' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'not_permitted' });
    expect(recorded).toEqual([
      expect.objectContaining({ action: 'patient.read', outcome: 'denied', patientId: OTHER_PATIENT }),
    ]);
  });

  it('marks an access through break-glass as such in the audit log', async () => {
    const { app, recorded } = await appWith(withPatientRoutes);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/patients/${BREAK_GLASS_PATIENT}`,
      headers: { 'x-role': 'nurse' },
    });
    expect(response.json()).toEqual({ basis: 'break_glass' });
    expect(recorded[0]).toMatchObject({
      outcome: 'success',
      details: { basis: 'break_glass', role: 'nurse' },
    });
  });

  it('decides before validating the body, so a refused caller learns nothing about the input', async () => {
    const { app, recorded } = await appWith(withPatientRoutes);
    const denied = await app.inject({
      method: 'POST',
      url: `/api/v1/patients/${OTHER_PATIENT}/notes`,
      headers: { 'x-role': 'doctor' },
      payload: { wrong: true },
    });
    expect(denied.statusCode).toBe(403);
    const allowed = await app.inject({
      method: 'POST',
      url: `/api/v1/patients/${OWN_PATIENT}/notes`,
      headers: { 'x-role': 'patient' },
      payload: { wrong: true },
    });
    expect(allowed.statusCode).toBe(400);
    expect(recorded.map((event) => [event.action, event.outcome])).toEqual([
      ['patient.write', 'denied'],
      ['patient.write', 'success'],
    ]);
  });

  it('answers 404 for an id that is not a UUID, without asking the policy', async () => {
    const { app, recorded } = await appWith(withPatientRoutes);
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/patients/not-a-uuid',
      headers: { 'x-role': 'patient' },
    });
    expect(response.statusCode).toBe(404);
    expect(recorded).toEqual([]);
  });

  it('answers 401 when a rule needs an actor and there is none', async () => {
    const { app } = await appWith(withPatientRoutes);
    expect((await app.inject({ method: 'GET', url: `/api/v1/patients/${OWN_PATIENT}` })).statusCode).toBe(
      401,
    );
  });

  it('decides organisation rules and audits only their denials', async () => {
    const { app, recorded } = await appWith(withPatientRoutes);
    const url = `/api/v1/organisations/${CLINIC}/alerts`;
    expect((await app.inject({ method: 'GET', url, headers: { 'x-role': 'org_admin' } })).statusCode).toBe(
      200,
    );
    expect(recorded).toEqual([]);
    expect((await app.inject({ method: 'GET', url, headers: { 'x-role': 'doctor' } })).statusCode).toBe(403);
    expect(recorded).toEqual([
      expect.objectContaining({
        action: 'organisation.read_alerts',
        outcome: 'denied',
        resourceType: 'organisation',
        resourceId: CLINIC,
      }),
    ]);
  });
});
