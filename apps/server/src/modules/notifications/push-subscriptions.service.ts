import { randomUUID } from 'node:crypto';
import type { PushSubscriptionRequest, VapidPublicKey } from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Executor } from '../../platform/db/database.ts';
import { withTransaction } from '../../platform/db/database.ts';
import type { AuditRecorder, RequestOrigin } from '../audit/index.ts';
import type { PushRepo } from './push.repo.ts';
import type { VapidKeys } from './vapid-keys.ts';

/**
 * The user's browsers that receive web push. Subscribing and unsubscribing are recorded in the audit
 * log (a new place notifications go is worth knowing about); the endpoint itself is not recorded, it
 * is the address anyone could push to.
 */
export function createPushSubscriptions(deps: {
  db: Executor;
  repo: Pick<PushRepo, 'upsertSubscription' | 'deleteSubscription'>;
  vapid: Pick<VapidKeys, 'details'>;
  audit: AuditRecorder;
  clock: Clock;
}) {
  const { db, repo, audit } = deps;
  return {
    async publicKey(): Promise<VapidPublicKey> {
      return { publicKey: (await deps.vapid.details()).publicKey };
    },

    async subscribe(
      actor: Actor,
      subscription: PushSubscriptionRequest,
      origin: RequestOrigin,
    ): Promise<void> {
      await withTransaction(db, async (trx) => {
        await repo.upsertSubscription(trx, {
          id: randomUUID(),
          userId: actor.userId,
          endpoint: subscription.endpoint,
          p256dh: subscription.keys.p256dh,
          auth: subscription.keys.auth,
          createdAt: deps.clock.now(),
        });
        await audit.record(
          { actorUserId: actor.userId, action: 'notifications.push_subscribed', outcome: 'success', origin },
          trx,
        );
      });
    },

    /** Removes this browser's subscription; nothing to remove is fine (the push service may have ended it). */
    async unsubscribe(actor: Actor, endpoint: string, origin: RequestOrigin): Promise<void> {
      await withTransaction(db, async (trx) => {
        if (!(await repo.deleteSubscription(trx, actor.userId, endpoint))) return;
        await audit.record(
          {
            actorUserId: actor.userId,
            action: 'notifications.push_unsubscribed',
            outcome: 'success',
            origin,
          },
          trx,
        );
      });
    },
  };
}
export type PushSubscriptions = ReturnType<typeof createPushSubscriptions>;
