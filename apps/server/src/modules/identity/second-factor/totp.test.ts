import { describe, expect, it } from 'vitest';
import { matchTotpStep, newTotpSecret, totpCodeAt, totpUri } from './totp.ts';

// RFC 6238 appendix B: SHA-1 seed "12345678901234567890" (ASCII), 8-digit codes. A 6-digit code is the
// same HOTP value modulo 10^6, i.e. the last six digits of the published ones.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('at T=%i s gives the published code %s (last six digits)', (seconds, code) => {
    expect(totpCodeAt(RFC_SECRET, new Date(seconds * 1000))).toBe(code.slice(-6));
  });

  it('accepts the codes of one step before and after, and names the step each matched', () => {
    const now = new Date(1111111111 * 1000);
    const step = Math.floor(1111111111 / 30);
    for (const offset of [-1, 0, 1]) {
      const code = totpCodeAt(RFC_SECRET, new Date(now.getTime() + offset * 30_000));
      expect(matchTotpStep(RFC_SECRET, code, now)).toBe(step + offset);
    }
  });

  it('refuses codes two steps away, wrong codes and malformed input', () => {
    const now = new Date(1234567890 * 1000);
    expect(
      matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, new Date(now.getTime() - 60_000)), now),
    ).toBeNull();
    expect(
      matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, new Date(now.getTime() + 60_000)), now),
    ).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '000000', now)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '12345', now)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, '12345a', now)).toBeNull();
  });

  it('makes 160-bit secrets and an otpauth URI apps can scan', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'ada@example.org'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/LifeCare Nexus:ada@example.org');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('LifeCare Nexus');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});
