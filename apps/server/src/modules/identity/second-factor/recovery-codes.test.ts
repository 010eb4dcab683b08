import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from './recovery-codes.ts';

describe('recovery codes', () => {
  it('makes ten distinct codes of 80 bits in groups of four', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
  });

  it('accepts what a person types: any case, spaces or dashes', () => {
    expect(normaliseRecoveryCode('ABCD-efgh 2345 67ab')).toBe('abcdefgh234567ab');
    expect(normaliseRecoveryCode('abcd-efgh-2345')).toBeUndefined();
    expect(normaliseRecoveryCode('abcd-efgh-2345-6789')).toBeUndefined(); // 8 and 9 are not base32
  });

  it('hashes to 64 hex characters that do not contain the code', () => {
    const hash = hashRecoveryCode('abcdefgh234567ab');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(hashRecoveryCode('abcdefgh234567ac'));
  });
});
