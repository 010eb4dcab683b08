import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id, 64 MiB, 3 passes, 1 lane: about 60 ms per hash on the reference machine (2 cores; see
 * docs/benchmarks.md, `npm run bench:auth`), inside the 50–150 ms we aim for and above OWASP's minimum
 * (19 MiB, 2 passes). `algorithm: 2` is argon2id (the library's enum is a const enum, which isolated
 * modules cannot import). Stored hashes carry their parameters, so older hashes keep verifying.
 */
export const PASSWORD_HASH_OPTIONS = {
  algorithm: 2,
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for a sign-in with an unknown e-mail address, so
 * response time does not tell whether an account exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-but-costs-the-same');
  await verifyPassword(await dummyHash, password);
  return false;
}
