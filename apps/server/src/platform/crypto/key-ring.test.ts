import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateMasterKey, KeyRingError, parseMasterKeyRing } from './key-ring.ts';

const keyA = generateMasterKey();
const keyB = generateMasterKey();
const bytesOf = (key: string) => Buffer.from(key, 'base64url');
const encode = (bytes: Buffer) => bytes.toString('base64url');

/** keyA with its last character's two spare bits changed: decodes to the same 32 bytes. */
function nonCanonical(key: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(key.slice(-1));
  return key.slice(0, -1) + alphabet.charAt(last ^ 1);
}

describe('parseMasterKeyRing', () => {
  it.each([
    { text: `k1:${keyA}`, current: 'k1', ids: ['k1'] },
    { text: `k2:${keyB},k1:${keyA}`, current: 'k2', ids: ['k2', 'k1'] },
    { text: `  k2:${keyB} ,\n k1:${keyA}  `, current: 'k2', ids: ['k2', 'k1'] },
    { text: `2026-11:${keyA},2026_05:${keyB}`, current: '2026-11', ids: ['2026-11', '2026_05'] },
    { text: `${'x'.repeat(32)}:${keyA}`, current: 'x'.repeat(32), ids: ['x'.repeat(32)] },
  ])('accepts $ids', ({ text, current, ids }) => {
    const ring = parseMasterKeyRing(text);
    expect(ring.currentKeyId).toBe(current);
    expect(ring.keyIds).toEqual(ids);
  });

  it('holds each key as a 32-byte secret KeyObject under its id', () => {
    const ring = parseMasterKeyRing(`k2:${keyB},k1:${keyA}`);
    expect(ring.keyFor('k1')?.export().equals(bytesOf(keyA))).toBe(true);
    expect(ring.keyFor('k2')?.export().equals(bytesOf(keyB))).toBe(true);
    expect(ring.keyFor('k2')?.symmetricKeySize).toBe(32);
    expect(ring.keyFor('k3')).toBeUndefined();
  });

  it('does not show key material when printed or serialised', () => {
    const ring = parseMasterKeyRing(`k1:${keyA}`);
    const printed = inspect(ring, { depth: 5 }) + JSON.stringify(ring);
    expect(printed).not.toContain(keyA);
    expect(printed).not.toContain(bytesOf(keyA).toString('hex'));
  });

  it.each([
    { name: 'an empty string', text: '', error: /empty/ },
    { name: 'only whitespace', text: '  \n', error: /empty/ },
    { name: 'an empty entry', text: `k1:${keyA},`, error: /entry 2 is empty/ },
    { name: 'an entry without an id', text: keyA, error: /entry 1 is not in the form id:key/ },
    { name: 'an empty id', text: `:${keyA}`, error: /entry 1 has an invalid id/ },
    { name: 'an id with a space', text: `k 1:${keyA}`, error: /invalid id/ },
    { name: 'an id with a dot', text: `k.1:${keyA}`, error: /invalid id/ },
    { name: 'a 33-character id', text: `${'x'.repeat(33)}:${keyA}`, error: /invalid id/ },
    { name: 'a duplicate id', text: `k1:${keyA},k1:${keyB}`, error: /entry 2: duplicate key id 'k1'/ },
    { name: 'an empty key', text: 'k1:', error: /no key/ },
    { name: 'a 16-byte key', text: `k1:${encode(bytesOf(keyA).subarray(0, 16))}`, error: /is 16 bytes/ },
    {
      name: 'a 33-byte key',
      text: `k1:${encode(Buffer.concat([bytesOf(keyA), Buffer.from([7])]))}`,
      error: /is 33 bytes/,
    },
    { name: 'standard base64', text: `k1:${bytesOf(keyA).toString('base64')}+/`, error: /not base64url/ },
    { name: 'a padded key', text: `k1:${keyA}=`, error: /not base64url/ },
    { name: 'a non-canonical key', text: `k1:${nonCanonical(keyA)}`, error: /not canonical/ },
    { name: 'an all-zero key', text: `k1:${encode(Buffer.alloc(32, 0))}`, error: /weak key/ },
    { name: 'an all-0xff key', text: `k1:${encode(Buffer.alloc(32, 0xff))}`, error: /weak key/ },
    {
      name: 'a weak second key',
      text: `k2:${keyB},k1:${'A'.repeat(43)}`,
      error: /entry 2 \('k1'\) is a weak/,
    },
  ])('rejects $name without echoing key material', ({ text, error }) => {
    let thrown: unknown;
    try {
      parseMasterKeyRing(text);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(KeyRingError);
    const message = thrown instanceof Error ? thrown.message : '';
    expect(message).toMatch(error);
    for (const key of [keyA, keyB]) {
      expect(message).not.toContain(key);
      expect(message).not.toContain(key.slice(0, 8));
    }
  });
});

describe('generateMasterKey', () => {
  it('makes distinct 32-byte base64url keys that the ring accepts', () => {
    const keys = Array.from({ length: 20 }, generateMasterKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(bytesOf(key)).toHaveLength(32);
      expect(parseMasterKeyRing(`k1:${key}`).currentKeyId).toBe('k1');
    }
  });
});
