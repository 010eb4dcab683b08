import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEnvelopeCipher, EnvelopeError, type EnvelopeErrorCode } from './envelope.ts';
import { generateMasterKey, parseMasterKeyRing } from './key-ring.ts';

const key1 = generateMasterKey();
const key2 = generateMasterKey();
const onlyK1 = createEnvelopeCipher(parseMasterKeyRing(`k1:${key1}`));
const rotating = createEnvelopeCipher(parseMasterKeyRing(`k2:${key2},k1:${key1}`));
const onlyK2 = createEnvelopeCipher(parseMasterKeyRing(`k2:${key2}`));
const context = 'note:0b6f3c1e-8a57-4c1f-9d2a-5e7b8c9d0a1f';
const otherContext = 'note:0b6f3c1e-8a57-4c1f-9d2a-5e7b8c9d0a1e';
const note = 'Patient reports chest pain on exertion; naïve to β-blockers 🩺';

const fields = (envelope: string) => envelope.split('.');
const hex = (text: string) => Buffer.from(text, 'hex');

/** The EnvelopeError `run` throws; fails the test if it returns or throws something else. */
function failure(run: () => unknown): EnvelopeError {
  try {
    run();
  } catch (error) {
    if (error instanceof EnvelopeError) return error;
    throw error;
  }
  throw new Error('expected an EnvelopeError, but the call succeeded');
}

describe('envelope cipher', () => {
  it.each([
    ['text', note],
    ['empty text', ''],
  ])('round-trips %s', (_name, text) => {
    const envelope = onlyK1.encrypt(text, context);
    expect(onlyK1.decryptText(envelope, context)).toBe(text);
    expect(Buffer.from(onlyK1.decrypt(envelope, context)).toString('utf8')).toBe(text);
  });

  it.each([
    ['empty binary', new Uint8Array(0)],
    ['binary with every byte value', Uint8Array.from({ length: 512 }, (_, i) => i % 256)],
    ['1 MiB of random bytes', randomBytes(1 << 20)],
  ])('round-trips %s', (_name, bytes) => {
    const envelope = onlyK1.encrypt(bytes, context);
    expect(Buffer.from(onlyK1.decrypt(envelope, context)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes the documented six-field format', () => {
    const [version, keyId, wrapIv, wrappedKey, dataIv, data, ...rest] = fields(
      onlyK1.encrypt('abc', context),
    );
    expect([version, keyId, rest]).toEqual(['nx1', 'k1', []]);
    const lengths = [wrapIv, wrappedKey, dataIv, data].map((f) => Buffer.from(f ?? '', 'base64url').length);
    expect(lengths).toEqual([12, 48, 12, 3 + 16]);
  });

  it('does not reveal the plaintext, even a long repetitive one', () => {
    const text = 'hypertension '.repeat(20_000);
    const envelope = onlyK1.encrypt(text, context);
    const data = Buffer.from(fields(envelope)[5] ?? '', 'base64url');
    expect(envelope).not.toContain('hypertension');
    expect(envelope).not.toContain(Buffer.from(text.slice(0, 39)).toString('base64url'));
    expect(data.indexOf('hypertension')).toBe(-1);
    // Counter mode: repeated plaintext blocks must not give repeated ciphertext blocks (unlike ECB).
    const blocks = new Set<string>();
    for (let offset = 0; offset + 16 <= data.length; offset += 16) {
      blocks.add(data.subarray(offset, offset + 16).toString('hex'));
    }
    expect(blocks.size).toBe(Math.floor(data.length / 16));
  });

  it('gives a different envelope, field by field, for each encryption of the same plaintext', () => {
    const a = fields(onlyK1.encrypt(note, context));
    const b = fields(onlyK1.encrypt(note, context));
    for (const index of [2, 3, 4, 5]) expect(a[index]).not.toBe(b[index]);
  });

  it('detects every single-character change anywhere in the envelope', () => {
    const envelope = onlyK1.encrypt('short note', context);
    const replacements = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ';
    const undetected: string[] = [];
    for (let position = 0; position < envelope.length; position++) {
      for (const replacement of replacements) {
        if (replacement === envelope[position]) continue;
        const tampered = envelope.slice(0, position) + replacement + envelope.slice(position + 1);
        try {
          onlyK1.decrypt(tampered, context);
          undetected.push(`${position}:${replacement}`);
        } catch (error) {
          if (!(error instanceof EnvelopeError)) throw error;
        }
      }
      const deleted = envelope.slice(0, position) + envelope.slice(position + 1);
      if (!threw(() => onlyK1.decrypt(deleted, context))) undetected.push(`${position}:deleted`);
    }
    expect(undetected).toEqual([]);
    expect(threw(() => onlyK1.decrypt(`${envelope}A`, context))).toBe(true);
    expect(threw(() => onlyK1.decrypt(`${envelope}.AAAA`, context))).toBe(true);
  });

  it('detects every single-bit flip in every binary field as an authentication failure', () => {
    const envelope = onlyK1.encrypt('short note', context);
    const undetected: string[] = [];
    for (const index of [2, 3, 4, 5]) {
      const original = Buffer.from(fields(envelope)[index] ?? '', 'base64url');
      for (let byte = 0; byte < original.length; byte++) {
        for (let bit = 0; bit < 8; bit++) {
          const flipped = Buffer.from(original);
          flipped.writeUInt8((flipped.readUInt8(byte) ^ (1 << bit)) & 0xff, byte);
          const parts = fields(envelope);
          parts[index] = flipped.toString('base64url');
          const code = codeOf(() => onlyK1.decrypt(parts.join('.'), context));
          if (code !== 'envelope_authentication_failed') undetected.push(`${index}/${byte}/${bit}: ${code}`);
        }
      }
    }
    expect(undetected).toEqual([]);
  });

  it('refuses an envelope relabelled to another key in the ring or to another version', () => {
    const envelope = rotating.encrypt(note, context);
    const relabelled = envelope.replace(/^nx1\.k2\./, 'nx1.k1.');
    expect(codeOf(() => rotating.decrypt(relabelled, context))).toBe('envelope_authentication_failed');
    const future = envelope.replace(/^nx1\./, 'nx2.');
    expect(codeOf(() => rotating.decrypt(future, context))).toBe('envelope_unsupported_version');
  });

  it('refuses the wrong context, an empty context, and swapped halves of two envelopes', () => {
    const envelope = onlyK1.encrypt(note, context);
    expect(codeOf(() => onlyK1.decrypt(envelope, otherContext))).toBe('envelope_authentication_failed');
    expect(codeOf(() => onlyK1.decrypt(envelope, ''))).toBe('envelope_invalid_context');
    expect(codeOf(() => onlyK1.encrypt(note, 'note:\uD800'))).toBe('envelope_invalid_context');
    const other = fields(onlyK1.encrypt(note, context));
    const mixed = [...fields(envelope).slice(0, 4), ...other.slice(4)].join('.');
    expect(codeOf(() => onlyK1.decrypt(mixed, context))).toBe('envelope_authentication_failed');
  });

  it('refuses an envelope whose master key is not in the ring, naming only the key id', () => {
    const envelope = onlyK1.encrypt(note, context);
    const error = failure(() => onlyK2.decrypt(envelope, context));
    expect(error.code).toBe('envelope_unknown_key');
    expect(error.message).toContain("'k1'");
    expect(error.message).not.toContain(key1);
  });

  it.each([
    ['empty', ''],
    ['not an envelope', 'hello'],
    ['too few fields', 'nx1.k1.AAAA'],
    ['an invalid key id', 'nx1.k$1.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA'],
    ['short fields', 'nx1.k1.AAAA.AAAA.AAAA.AAAA'],
  ])('refuses a malformed envelope: %s', (_name, envelope) => {
    expect(codeOf(() => onlyK1.decrypt(envelope, context))).toBe('envelope_malformed');
    expect(codeOf(() => onlyK1.keyIdOf(envelope))).toBe('envelope_malformed');
  });

  it('keeps plaintext, context and keys out of error messages', () => {
    const envelope = onlyK1.encrypt(note, context);
    const messages = [
      failure(() => onlyK1.decrypt(envelope, otherContext)).message,
      failure(() => onlyK2.decrypt(envelope, context)).message,
      failure(() => onlyK1.decrypt(envelope.slice(0, -3), context)).message,
    ].join('\n');
    for (const secret of [note, 'chest pain', context, otherContext, key1, key2]) {
      expect(messages).not.toContain(secret);
    }
  });

  it('refuses to return binary plaintext as text', () => {
    const envelope = onlyK1.encrypt(Uint8Array.from([0xff, 0xfe, 0x00]), context);
    expect(codeOf(() => onlyK1.decryptText(envelope, context))).toBe('envelope_not_text');
  });
});

describe('key rotation', () => {
  it('rewraps under the current key without touching the data ciphertext', () => {
    const before = onlyK1.encrypt(note, context);
    const after = rotating.rewrap(before, context);
    expect(onlyK1.keyIdOf(before)).toBe('k1');
    expect(rotating.keyIdOf(after)).toBe('k2');
    expect(fields(after).slice(4)).toEqual(fields(before).slice(4));
    expect(fields(after).slice(2, 4)).not.toEqual(fields(before).slice(2, 4));
    expect(onlyK2.decryptText(after, context)).toBe(note);
    expect(rotating.decryptText(before, context)).toBe(note);
  });

  it('returns an envelope already under the current key unchanged, after checking it', () => {
    const current = rotating.encrypt(note, context);
    expect(rotating.rewrap(current, context)).toBe(current);
    expect(codeOf(() => rotating.rewrap(current, otherContext))).toBe('envelope_authentication_failed');
  });

  it('needs the right context and a known key to rewrap', () => {
    const before = onlyK1.encrypt(note, context);
    expect(codeOf(() => rotating.rewrap(before, otherContext))).toBe('envelope_authentication_failed');
    expect(codeOf(() => onlyK2.rewrap(before, context))).toBe('envelope_unknown_key');
  });

  it('leaves a tampered data part for decrypt to catch, since rewrap does not read the data', () => {
    const parts = fields(onlyK1.encrypt(note, context));
    parts[5] = `${(parts[5] ?? '').startsWith('A') ? 'B' : 'A'}${(parts[5] ?? '').slice(1)}`;
    const rewrapped = rotating.rewrap(parts.join('.'), context);
    expect(codeOf(() => onlyK2.decrypt(rewrapped, context))).toBe('envelope_authentication_failed');
  });
});

describe('the primitive is AES-256-GCM', () => {
  // McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)" (2005), Appendix B, Test Case 16:
  // 256-bit key, 96-bit IV, 60-byte plaintext, 20-byte AAD; the same vector is in NIST's GCM
  // validation set. Hex copied from the paper.
  const vector = {
    key: hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308'),
    iv: hex('cafebabefacedbaddecaf888'),
    plaintext: hex(
      'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
        '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
    ),
    aad: hex('feedfacedeadbeeffeedfacedeadbeefabaddad2'),
    ciphertext:
      '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
      '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
    tag: '76fc6ece0f4e1768cddf8853bb2d551b',
  };

  it("node:crypto's aes-256-gcm reproduces the published Test Case 16", () => {
    const cipher = createCipheriv('aes-256-gcm', vector.key, vector.iv, { authTagLength: 16 });
    cipher.setAAD(vector.aad);
    const ciphertext = Buffer.concat([cipher.update(vector.plaintext), cipher.final()]);
    expect(ciphertext.toString('hex')).toBe(vector.ciphertext);
    expect(cipher.getAuthTag().toString('hex')).toBe(vector.tag);
  });

  it('an envelope opens with plain aes-256-gcm following the documented format', () => {
    const [, keyId, wrapIv, wrappedKey, dataIv, data] = fields(onlyK1.encrypt(note, context)).map((f, i) =>
      i < 2 ? Buffer.from(f) : Buffer.from(f, 'base64url'),
    );
    const openGcm = (key: Buffer, iv: Buffer | undefined, sealed: Buffer | undefined, aad: string) => {
      if (!iv || !sealed) throw new Error('missing field');
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(sealed.subarray(-16));
      return Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]);
    };
    expect(keyId?.toString()).toBe('k1');
    const dataKey = openGcm(Buffer.from(key1, 'base64url'), wrapIv, wrappedKey, `nx1\0wrap\0k1\0${context}`);
    expect(dataKey).toHaveLength(32);
    expect(openGcm(dataKey, dataIv, data, `nx1\0data\0${context}`).toString('utf8')).toBe(note);
  });
});

function codeOf(run: () => unknown): EnvelopeErrorCode {
  return failure(run).code;
}

function threw(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch (error) {
    if (error instanceof EnvelopeError) return true;
    throw error;
  }
}
