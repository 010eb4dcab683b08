import { createHash, randomBytes } from 'node:crypto';

/**
 * One-time recovery codes: ten per account, each 80 random bits written as 16 base32 characters in
 * groups of four. With that much entropy a plain SHA-256 is a safe way to keep them: there is nothing
 * to guess from the hash.
 */
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    (base32(randomBytes(10)).match(/.{4}/g) ?? []).join('-'),
  );
}

/** What a user types, without spaces or dashes, in lower case; undefined if it cannot be a code. */
export function normaliseRecoveryCode(input: string): string | undefined {
  const compact = input.replace(/[\s-]/g, '').toLowerCase();
  return /^[a-z2-7]{16}$/.test(compact) ? compact : undefined;
}

export const hashRecoveryCode = (normalised: string): string =>
  createHash('sha256').update(`recovery-code\0${normalised}`).digest('hex');
