import type { NotificationKind } from '@nexus/contracts';
import type { Logger } from 'pino';
import type { SmsConfig } from '../../platform/config.ts';
import { createTwilioSmsSender } from './twilio-sms-sender.ts';

/** One text message: the recipient in E.164, the text, and what it is about (for logs, never the text). */
export type SmsMessage = { to: string; body: string; kind: NotificationKind };

/** How the provider answered. `retryAfterMs` is the provider's own wait (429 Retry-After), when it gave one. */
export type SmsOutcome =
  | { kind: 'accepted' }
  | { kind: 'failed'; reason: string; isRetryable: boolean; retryAfterMs?: number };

/** The port SMS delivery goes through, one adapter per provider. Adapters answer, they do not throw. */
export type SmsSender = { send(message: SmsMessage): Promise<SmsOutcome> };

/** A phone number as logs may show it: the first three characters and the last two (`+44•••••••23`). */
export function maskPhoneNumber(phoneE164: string): string {
  if (phoneE164.length <= 5) return '•'.repeat(phoneE164.length);
  return `${phoneE164.slice(0, 3)}${'•'.repeat(phoneE164.length - 5)}${phoneE164.slice(-2)}`;
}

/**
 * The default: sends nothing and logs that it would have (a masked number and the kind, never the
 * text), so an installation without a provider still shows SMS notifications being made.
 */
export function createLogSmsSender(log: Logger): SmsSender {
  return {
    async send(message) {
      log.info({ to: maskPhoneNumber(message.to), kind: message.kind }, 'SMS sent');
      return { kind: 'accepted' };
    },
  };
}

/** The configured provider (SMS_PROVIDER). */
export function smsSenderFor(config: SmsConfig, log: Logger): SmsSender {
  switch (config.provider) {
    case 'log':
      return createLogSmsSender(log);
    case 'twilio':
      return createTwilioSmsSender({
        accountSid: config.accountSid,
        authToken: config.authToken,
        from: config.from,
      });
  }
}
