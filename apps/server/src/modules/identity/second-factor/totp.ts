import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps expect them: HMAC-SHA-1, six digits,
 * 30-second steps, 160-bit secrets (RFC 4226 recommends at least 128). One step of clock skew either
 * way is accepted; which step a code matched is returned so that a code can be refused a second time.
 */
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
const SKEW_STEPS = 1;
const SECRET_BYTES = 20;

export const ISSUER = 'LifeCare Nexus';

const totpFor = (base32Secret: string, label = 'account') =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(base32Secret),
  });

/** A new random secret, base32 (as apps take it). */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

/** The otpauth:// URI an authenticator app scans (Key URI Format). */
export function totpUri(base32Secret: string, accountName: string): string {
  return totpFor(base32Secret, accountName).toString();
}

/** The time step a moment falls in. */
export const totpStepAt = (at: Date): number => Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);

/** The code for a given moment (for tests and the demo, which must compute what an app shows). */
export function totpCodeAt(base32Secret: string, at: Date): string {
  return totpFor(base32Secret).generate({ timestamp: at.getTime() });
}

/** The step whose code this is, within one step of `now`, or null when it matches none. */
export function matchTotpStep(base32Secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(base32Secret).validate({ token: code, timestamp: now.getTime(), window: SKEW_STEPS });
  return delta === null ? null : totpStepAt(now) + delta;
}
