import type { Me, Membership, PlatformInfo, Problem, SessionSummary } from '@nexus/contracts';

const DEMO_CLINIC = {
  organisationId: '00000000-0000-4000-8000-000000000001',
  organisationName: 'LifeCare Demo Clinic',
  organisationKind: 'clinic',
} as const;

export function buildMembership(overrides: Partial<Membership> = {}): Membership {
  return { ...DEMO_CLINIC, role: 'patient', ...overrides };
}

export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    id: '00000000-0000-4000-8000-000000000101',
    email: 'alex@example.org',
    displayName: 'Alex Morgan',
    memberships: [buildMembership()],
    ...overrides,
  };
}

export const buildPlatformInfo = (overrides: Partial<PlatformInfo> = {}): PlatformInfo => ({
  product: 'LifeCare Nexus',
  version: '0.1.0',
  isDemo: false,
  database: 'embedded',
  demoAccounts: [],
  ...overrides,
});

/** A live session of the user, signed in an hour ago and active a minute ago; not the current one. */
export function buildSessionSummary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  return {
    id: '00000000-0000-4000-8000-000000000501',
    createdAt: minutesAgo(60),
    lastSeenAt: minutesAgo(1),
    expiresAt: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(),
    isCurrent: false,
    device: 'Firefox on Windows',
    sourceIp: '203.0.113.7',
    ...overrides,
  };
}

export function buildProblem(overrides: Partial<Problem> & Pick<Problem, 'status' | 'code'>): Problem {
  return {
    type: `urn:lifecare-nexus:problem:${overrides.code}`,
    title: 'Error',
    requestId: 'req-test-0001',
    ...overrides,
  };
}

export const jsonResponse = (status: number, body: unknown, contentType = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });

export const problemResponse = (problem: Problem) =>
  jsonResponse(problem.status, problem, 'application/problem+json; charset=utf-8');
