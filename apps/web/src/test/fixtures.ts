import type {
  ApiTokenSummary,
  Me,
  Membership,
  PasskeySummary,
  PendingSignIn,
  PlatformInfo,
  Problem,
  SecurityOverview,
  SessionState,
  SessionSummary,
  TotpSetup,
} from '@nexus/contracts';

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
    patientId: '00000000-0000-4000-8000-000000000201',
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

/** GET /api/v1/session of a finished sign-in. */
export const signedInState = (me: Me = buildMe()): SessionState => ({ me, pending: null });

/** GET /api/v1/session of a sign-in half-way through (password right, second factor or enrolment due). */
export const pendingState = (
  pending: PendingSignIn = {
    step: 'second_factor',
    email: 'alex@example.org',
    methods: ['totp', 'recovery_code'],
  },
): SessionState => ({ me: null, pending });

/** GET /api/v1/session of nobody. */
export const anonymousState = (): SessionState => ({ me: null, pending: null });

/** A secret with its otpauth URI and a (tiny, valid) SVG QR code. */
export function buildTotpSetup(overrides: Partial<TotpSetup> = {}): TotpSetup {
  const secret = overrides.secret ?? 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  return {
    secret,
    otpauthUri: `otpauth://totp/LifeCare%20Nexus:alex%40example.org?secret=${secret}&issuer=LifeCare%20Nexus`,
    qrCodeDataUrl: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
    ...overrides,
  };
}

/** Ten distinct recovery codes in the server's format (16 base32 characters in groups of four). */
export const buildRecoveryCodes = (prefix = 'abcd'): string[] =>
  Array.from({ length: 10 }, (_, index) => {
    const letter = 'abcdefghij'.charAt(index);
    return `${prefix}-efgh-ijkl-mn${letter}${letter}`;
  });

export function buildPasskeySummary(overrides: Partial<PasskeySummary> = {}): PasskeySummary {
  return {
    id: '00000000-0000-4000-8000-000000000701',
    name: 'Work laptop',
    createdAt: '2025-03-04T09:30:00.000Z',
    lastUsedAt: null,
    ...overrides,
  };
}

/** An account with an authenticator app, ten recovery codes, no passkeys, and no recent step-up. */
export function buildSecurityOverview(overrides: Partial<SecurityOverview> = {}): SecurityOverview {
  return {
    totp: { enabledAt: '2025-03-01T10:00:00.000Z' },
    recoveryCodesRemaining: 10,
    passkeys: [],
    freshUntil: null,
    ...overrides,
  };
}

export function buildApiTokenSummary(overrides: Partial<ApiTokenSummary> = {}): ApiTokenSummary {
  return {
    id: '00000000-0000-4000-8000-000000000801',
    name: 'Backup script',
    scopes: ['read'],
    createdAt: '2025-03-01T10:00:00.000Z',
    expiresAt: '2099-03-31T10:00:00.000Z',
    lastUsedAt: null,
    ...overrides,
  };
}
