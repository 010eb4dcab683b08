import webPush from 'web-push';
import type { Clock } from '../../platform/clock.ts';
import type { NotificationsConfig } from '../../platform/config.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { PushRepo } from './push.repo.ts';

/** What signs the platform's pushes (VAPID, RFC 8292): the key pair and a contact for push services. */
export type VapidDetails = { subject: string; publicKey: string; privateKey: string };

const keyContext = (id: string) => `web-push-key:${id}`;

/**
 * The VAPID key pair: from VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY, or else made on first use and kept in
 * web_push_keys (private key envelope-encrypted), the same for every process and every restart:
 * browsers' subscriptions are bound to the public key, so a new pair would silence all of them.
 */
export function createVapidKeys(deps: {
  db: Executor;
  repo: Pick<PushRepo, 'findVapidKeys' | 'insertVapidKeys'>;
  cipher: Pick<EnvelopeCipher, 'encrypt' | 'decryptText'>;
  clock: Clock;
  config: Pick<NotificationsConfig, 'vapidKeys' | 'vapidSubject'>;
}) {
  const { db, repo, cipher } = deps;
  const subject = deps.config.vapidSubject;

  async function fromDatabase(): Promise<VapidDetails | undefined> {
    const stored = await repo.findVapidKeys(db);
    if (!stored) return undefined;
    const privateKey = cipher.decryptText(stored.privateKeyEnvelope, keyContext('vapid'));
    return { subject, publicKey: stored.publicKey, privateKey };
  }

  async function load(): Promise<VapidDetails> {
    if (deps.config.vapidKeys) return { subject, ...deps.config.vapidKeys };
    const existing = await fromDatabase();
    if (existing) return existing;
    const made = webPush.generateVAPIDKeys();
    await repo.insertVapidKeys(db, {
      publicKey: made.publicKey,
      privateKeyEnvelope: cipher.encrypt(made.privateKey, keyContext('vapid')),
      createdAt: deps.clock.now(),
    });
    // Read back: if another process stored its pair first, that one is the platform's.
    const stored = await fromDatabase();
    if (!stored) throw new Error('the VAPID key pair was not stored');
    return stored;
  }

  let loading: Promise<VapidDetails> | undefined;
  return {
    /** The key pair, loaded (or made) once per process. */
    details(): Promise<VapidDetails> {
      loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
      return loading;
    },
  };
}
export type VapidKeys = ReturnType<typeof createVapidKeys>;
