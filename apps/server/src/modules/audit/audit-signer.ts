import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Signs audit checkpoints with Ed25519; anyone with the public key can check them. */
export type AuditSigner = {
  keyId: string;
  sign(message: string): string;
  verify(message: string, signature: string, keyId: string): boolean;
};

function signerFor(privateKey: KeyObject): AuditSigner {
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('the audit signing key must be an Ed25519 key');
  const publicKey = createPublicKey(privateKey);
  const keyId = createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
  return {
    keyId,
    sign: (message) => sign(null, Buffer.from(message), privateKey).toString('base64url'),
    verify: (message, signature, signedKeyId) =>
      signedKeyId === keyId &&
      verify(null, Buffer.from(message), publicKey, Buffer.from(signature, 'base64url')),
  };
}

/** From AUDIT_SIGNING_KEY: an Ed25519 private key, PKCS#8 DER in base64url (see docs/operations.md). */
export function signerFromConfig(base64Pkcs8: string): AuditSigner {
  return signerFor(
    createPrivateKey({ key: Buffer.from(base64Pkcs8, 'base64url'), format: 'der', type: 'pkcs8' }),
  );
}

/**
 * Outside production, a key kept beside the data (created on first use, readable by the owner only),
 * so a clinic's install signs its checkpoints without any set-up. Production configures its own key.
 */
export function signerFromFile(path: string): AuditSigner {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    chmodSync(path, 0o600);
  }
  return signerFor(createPrivateKey(readFileSync(path)));
}

/** A new key for AUDIT_SIGNING_KEY. */
export function generateAuditSigningKey(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64url');
}

/** What a checkpoint signs: its position and the chain's hash there. */
export const checkpointMessage = (seq: number, hash: string) =>
  `lifecare-nexus-audit-checkpoint:${seq}:${hash}`;
