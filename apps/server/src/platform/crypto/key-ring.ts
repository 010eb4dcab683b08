import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';

/** Master keys are AES-256 keys. */
export const MASTER_KEY_BYTES = 32;

/**
 * Key ids appear in every envelope and in log lines, so they are short and free of the envelope's
 * `.` separator and the ring's `,` and `:` separators.
 */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

const BASE64URL_PATTERN = /^[A-Za-z0-9_-]+$/;

/**
 * The master keys the envelope cipher may use: the current one wraps new data keys, the others stay
 * only to unwrap (and so rewrap) older envelopes until a rotation has moved them all.
 *
 * Keys are held as `KeyObject`s: the bytes live outside the JavaScript heap and printing the ring
 * (a stray `log.info({ ring })`) shows only `SecretKeyObject { type: 'secret', symmetricKeySize: 32 }`.
 */
export type MasterKeyRing = {
  /** The id whose key wraps every new or rewrapped data key. */
  readonly currentKeyId: string;
  /** Every id in the ring, current first, in configuration order. */
  readonly keyIds: readonly string[];
  /** The key with this id, or undefined when the ring does not hold it. */
  keyFor(keyId: string): KeyObject | undefined;
};

/**
 * A key ring configuration that cannot be used. The message names the entry (by position, and by id
 * once the id is known to be well formed) and never contains key material.
 */
export class KeyRingError extends Error {
  override name = 'KeyRingError';
}

/**
 * Parses a ring from configuration text, `id:base64url,id:base64url,…`, the first entry being the
 * current key. Whitespace around entries is ignored. Rejects an empty ring, malformed entries,
 * invalid or duplicate ids, keys that are not canonical base64url of exactly 32 bytes, and keys whose
 * bytes are all equal (an unfilled placeholder, not a secret).
 */
export function parseMasterKeyRing(text: string): MasterKeyRing {
  if (text.trim() === '') throw new KeyRingError('master key ring is empty: expected id:key[,id:key…]');
  const keys = new Map<string, KeyObject>();
  text.split(',').forEach((rawEntry, index) => {
    const entry = rawEntry.trim();
    // Positions, not contents: an entry that failed to parse may be, or contain, a key.
    const where = `master key entry ${index + 1}`;
    if (entry === '') throw new KeyRingError(`${where} is empty`);
    const colon = entry.indexOf(':');
    if (colon === -1) throw new KeyRingError(`${where} is not in the form id:key`);
    const id = entry.slice(0, colon);
    if (!KEY_ID_PATTERN.test(id)) {
      throw new KeyRingError(`${where} has an invalid id: ids are 1-32 characters of A-Z a-z 0-9 _ -`);
    }
    if (keys.has(id)) throw new KeyRingError(`${where}: duplicate key id '${id}'`);
    keys.set(id, decodeMasterKey(entry.slice(colon + 1), `${where} ('${id}')`));
  });
  return createRing(keys);
}

/** A fresh master key for configuration: 32 bytes from the OS CSPRNG, base64url without padding. */
export function generateMasterKey(): string {
  return randomBytes(MASTER_KEY_BYTES).toString('base64url');
}

function decodeMasterKey(encoded: string, where: string): KeyObject {
  if (encoded === '') throw new KeyRingError(`${where} has no key after the colon`);
  // Buffer's base64url decoder skips characters it does not know, so check the alphabet first and
  // the round trip after: otherwise a standard-base64 key pasted by mistake would silently decode
  // to different bytes.
  if (!BASE64URL_PATTERN.test(encoded)) {
    throw new KeyRingError(`${where} is not base64url (A-Z a-z 0-9 - _, no padding)`);
  }
  const bytes = Buffer.from(encoded, 'base64url');
  try {
    if (bytes.length !== MASTER_KEY_BYTES) {
      throw new KeyRingError(`${where} is ${bytes.length} bytes; master keys are ${MASTER_KEY_BYTES} bytes`);
    }
    if (bytes.toString('base64url') !== encoded) {
      throw new KeyRingError(`${where} is not canonical base64url`);
    }
    if (bytes.every((byte) => byte === bytes[0])) {
      throw new KeyRingError(`${where} is a weak key (every byte is the same); generate a random one`);
    }
    return createSecretKey(bytes);
  } finally {
    // createSecretKey copied the bytes; this buffer is likely a slice of Node's shared pool.
    bytes.fill(0);
  }
}

function createRing(keys: ReadonlyMap<string, KeyObject>): MasterKeyRing {
  const keyIds = Object.freeze([...keys.keys()]);
  const currentKeyId = keyIds[0];
  if (currentKeyId === undefined) throw new KeyRingError('master key ring is empty');
  return Object.freeze({
    currentKeyId,
    keyIds,
    keyFor: (keyId: string) => keys.get(keyId),
  });
}
