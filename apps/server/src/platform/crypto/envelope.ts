import { createCipheriv, createDecipheriv, type KeyObject, randomBytes } from 'node:crypto';
import { KEY_ID_PATTERN, type MasterKeyRing } from './key-ring.ts';

/**
 * Envelope encryption for data at rest (files, free-text clinical notes).
 *
 * Each object gets a fresh random 256-bit data key. The data is sealed with AES-256-GCM under that key;
 * the data key is sealed ("wrapped") with AES-256-GCM under the ring's current master key. Only the
 * wrapped key names a master key, so rotating master keys rewraps 48 bytes per object and never touches
 * the (possibly large) data ciphertext.
 *
 * Serialised envelope, six `.`-separated fields, binary fields canonical base64url without padding:
 *
 *   nx1.<keyId>.<wrapIv>.<wrappedKey>.<dataIv>.<data>
 *
 *   nx1         format version
 *   keyId       id of the master key that wrapped the data key (see KEY_ID_PATTERN)
 *   wrapIv      12 random bytes
 *   wrappedKey  48 bytes: AES-256-GCM(masterKey, wrapIv, dataKey) ‖ 16-byte tag,
 *               AAD = UTF-8 "nx1\0wrap\0" + keyId + "\0" + context
 *   dataIv      12 random bytes
 *   data        AES-256-GCM(dataKey, dataIv, plaintext) ‖ 16-byte tag (≥ 16 bytes),
 *               AAD = UTF-8 "nx1\0data\0" + context
 *
 * Why this AAD:
 * - `context` (e.g. `note:<uuid>`) in both AADs binds the envelope to the row it belongs to: an
 *   envelope copied into another row, or decrypted with another row's context, fails authentication.
 * - `keyId` and the version in the wrap AAD stop an attacker from relabelling which master key (or
 *   which format) an envelope claims. The `wrap`/`data` labels keep the two AADs distinct.
 * - The data AAD leaves out keyId and the wrap fields so that rotation can leave `data` byte-identical.
 *   Substituting another envelope's wrapped key still fails: the wrong data key cannot authenticate
 *   this `data`.
 * - keyId cannot contain NUL and context comes last, so the AAD encoding is unambiguous.
 *
 * Rotation needs the context: the wrap is bound to it, so `rewrap(envelope, context)` also proves the
 * envelope belongs to the row being rotated, and a wrapped key is useless outside its object. A
 * rotation job reads the row anyway and can rebuild its context.
 */

/** Stable codes of EnvelopeError. */
export type EnvelopeErrorCode =
  | 'envelope_malformed'
  | 'envelope_unsupported_version'
  | 'envelope_unknown_key'
  | 'envelope_authentication_failed'
  | 'envelope_invalid_context'
  | 'envelope_not_text';

/**
 * The one error this module throws. Its message never contains key material, plaintext, the context
 * or envelope bytes; at most a key id.
 */
export class EnvelopeError extends Error {
  override name = 'EnvelopeError';

  constructor(
    readonly code: EnvelopeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The envelope cipher's interface; see createEnvelopeCipher. */
export type EnvelopeCipher = ReturnType<typeof createEnvelopeCipher>;

const VERSION = 'nx1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;
const WRAPPED_KEY_BYTES = DATA_KEY_BYTES + TAG_BYTES;
const BASE64URL_PATTERN = /^[A-Za-z0-9_-]+$/;

type ParsedEnvelope = {
  keyId: string;
  wrapIv: Buffer;
  wrappedKey: Buffer;
  /** The last two fields as they were written, so rewrap can reuse them verbatim. */
  dataFields: string;
  dataIv: Buffer;
  data: Buffer;
};

/**
 * Creates the cipher over a master key ring. All operations are synchronous (AES-GCM in OpenSSL is
 * about a millisecond per MiB) and throw EnvelopeError on any failure.
 */
export function createEnvelopeCipher(keyRing: MasterKeyRing) {
  function masterKey(keyId: string): KeyObject {
    const key = keyRing.keyFor(keyId);
    if (!key) {
      throw new EnvelopeError('envelope_unknown_key', `master key '${keyId}' is not in the key ring`);
    }
    return key;
  }

  function unwrapDataKey(parsed: ParsedEnvelope, context: string): Buffer {
    return open(masterKey(parsed.keyId), parsed.wrapIv, parsed.wrappedKey, wrapAad(parsed.keyId, context));
  }

  function wrapFields(dataKey: Buffer, context: string): string {
    const keyId = keyRing.currentKeyId;
    const { iv, sealed } = seal(masterKey(keyId), dataKey, wrapAad(keyId, context));
    return `${VERSION}.${keyId}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
  }

  function encrypt(plaintext: Uint8Array | string, context: string): string {
    checkContext(context);
    const isOwnCopy = typeof plaintext === 'string';
    const bytes = isOwnCopy ? Buffer.from(plaintext, 'utf8') : plaintext;
    const dataKey = randomBytes(DATA_KEY_BYTES);
    try {
      const { iv, sealed } = seal(dataKey, bytes, dataAad(context));
      return `${wrapFields(dataKey, context)}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
    } finally {
      dataKey.fill(0);
      if (isOwnCopy) bytes.fill(0);
    }
  }

  function decrypt(envelope: string, context: string): Uint8Array {
    checkContext(context);
    const parsed = parseEnvelope(envelope);
    const dataKey = unwrapDataKey(parsed, context);
    try {
      return open(dataKey, parsed.dataIv, parsed.data, dataAad(context));
    } finally {
      dataKey.fill(0);
    }
  }

  function decryptText(envelope: string, context: string): string {
    const bytes = decrypt(envelope, context);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new EnvelopeError('envelope_not_text', 'envelope plaintext is not UTF-8 text');
    } finally {
      bytes.fill(0);
    }
  }

  function rewrap(envelope: string, context: string): string {
    checkContext(context);
    const parsed = parseEnvelope(envelope);
    const dataKey = unwrapDataKey(parsed, context);
    try {
      if (parsed.keyId === keyRing.currentKeyId) return envelope;
      return `${wrapFields(dataKey, context)}.${parsed.dataFields}`;
    } finally {
      dataKey.fill(0);
    }
  }

  return {
    /** Seals plaintext (a string is encoded as UTF-8) for the object named by `context`. */
    encrypt,
    /** Opens an envelope sealed for `context`; returns the plaintext bytes. */
    decrypt,
    /** Opens an envelope whose plaintext is UTF-8 text (as `encrypt` writes a string). */
    decryptText,
    /**
     * Key rotation: unwraps the data key with the master key the envelope names and wraps it with the
     * current one; the data fields are copied verbatim (not decrypted). Returns the input unchanged
     * when it already uses the current key (after checking its wrap), so a rotation job can write only
     * rows whose value changed. The data part is not authenticated here; `decrypt` still does that.
     */
    rewrap,
    /** The id of the master key an envelope is wrapped with (validates the format, not the keys). */
    keyIdOf: (envelope: string): string => parseEnvelope(envelope).keyId,
  };
}

function wrapAad(keyId: string, context: string): Buffer {
  return Buffer.from(`${VERSION}\0wrap\0${keyId}\0${context}`, 'utf8');
}

function dataAad(context: string): Buffer {
  return Buffer.from(`${VERSION}\0data\0${context}`, 'utf8');
}

/**
 * A context must be non-empty and well-formed UTF-16: a lone surrogate would encode as U+FFFD, making
 * two different contexts authenticate as the same one.
 */
function checkContext(context: string): void {
  if (typeof context !== 'string' || context === '' || !isWellFormedUtf16(context)) {
    throw new EnvelopeError('envelope_invalid_context', 'context must be a non-empty, well-formed string');
  }
}

function isWellFormedUtf16(text: string): boolean {
  return Buffer.from(text, 'utf8').toString('utf8') === text;
}

function seal(key: KeyObject | Buffer, plaintext: Uint8Array, aad: Buffer): { iv: Buffer; sealed: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const sealed = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { iv, sealed };
}

function open(key: KeyObject | Buffer, iv: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const plaintext = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    decipher.final();
  } catch {
    // Unauthenticated output is never returned, and is wiped because it may still be real plaintext.
    plaintext.fill(0);
    throw new EnvelopeError(
      'envelope_authentication_failed',
      'envelope failed authentication: it was altered, belongs to another context, or the master key differs',
    );
  }
  return plaintext;
}

function parseEnvelope(envelope: string): ParsedEnvelope {
  if (typeof envelope !== 'string') throw malformed('not a string');
  const fields = envelope.split('.');
  const version = fields[0] ?? '';
  if (version !== VERSION) {
    if (/^nx[0-9]+$/.test(version)) {
      throw new EnvelopeError(
        'envelope_unsupported_version',
        `envelope version '${version}' is not supported`,
      );
    }
    throw malformed('unknown format');
  }
  const [, keyId, wrapIv, wrappedKey, dataIv, data, ...extra] = fields;
  if (
    keyId === undefined ||
    wrapIv === undefined ||
    wrappedKey === undefined ||
    dataIv === undefined ||
    data === undefined ||
    extra.length > 0
  ) {
    throw malformed(`expected 6 fields, found ${fields.length}`);
  }
  if (!KEY_ID_PATTERN.test(keyId)) throw malformed('invalid key id');
  const parsedDataIv = decodeField(dataIv, 'data iv');
  const parsedData = decodeField(data, 'data');
  if (parsedData.length < TAG_BYTES) throw malformed('data is shorter than its tag');
  return {
    keyId,
    wrapIv: exactLength(decodeField(wrapIv, 'wrap iv'), IV_BYTES, 'wrap iv'),
    wrappedKey: exactLength(decodeField(wrappedKey, 'wrapped key'), WRAPPED_KEY_BYTES, 'wrapped key'),
    dataFields: `${dataIv}.${data}`,
    dataIv: exactLength(parsedDataIv, IV_BYTES, 'data iv'),
    data: parsedData,
  };
}

/**
 * Strict base64url: Node's decoder skips unknown characters and ignores the spare bits of the last
 * character, so without the round-trip check some edited envelopes would decode to the same bytes.
 */
function decodeField(text: string, field: string): Buffer {
  if (!BASE64URL_PATTERN.test(text)) throw malformed(`${field} is not base64url`);
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.toString('base64url') !== text) throw malformed(`${field} is not canonical base64url`);
  return bytes;
}

function exactLength(bytes: Buffer, length: number, field: string): Buffer {
  if (bytes.length !== length) throw malformed(`${field} must be ${length} bytes`);
  return bytes;
}

function malformed(reason: string): EnvelopeError {
  return new EnvelopeError('envelope_malformed', `envelope is malformed: ${reason}`);
}
