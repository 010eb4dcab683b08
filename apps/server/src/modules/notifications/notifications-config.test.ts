import { describe, expect, it } from 'vitest';
import { type ConfigError, loadConfig } from '../../platform/config.ts';

const base = { NODE_ENV: 'test' } as const;
const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    return (error as ConfigError).problems;
  }
  return [];
};

describe('the notification channels’ configuration', () => {
  it('defaults to logged SMS, a VAPID pair kept in the database and a 30 s heartbeat', () => {
    const config = loadConfig({ ...base, MAIL_FROM: 'Care team <care@clinic.example>' });
    expect(config.notifications).toEqual({
      vapidKeys: undefined,
      vapidSubject: 'mailto:care@clinic.example',
      sms: { provider: 'log' },
      heartbeatSeconds: 30,
    });
    expect(config.redisUrl).toBeUndefined();
  });

  it('names an https PUBLIC_URL as the VAPID subject unless VAPID_SUBJECT says otherwise', () => {
    expect(loadConfig({ ...base, PUBLIC_URL: 'https://care.example.org/' }).notifications.vapidSubject).toBe(
      'https://care.example.org',
    );
    expect(
      loadConfig({ ...base, PUBLIC_URL: 'https://care.example.org', VAPID_SUBJECT: 'mailto:ops@example.org' })
        .notifications.vapidSubject,
    ).toBe('mailto:ops@example.org');
  });

  it('takes Twilio with all three of its settings, and refuses it without them', () => {
    const twilio = {
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 'x'.repeat(32),
      TWILIO_FROM: '+15005550006',
    };
    expect(loadConfig({ ...base, ...twilio }).notifications.sms).toEqual({
      provider: 'twilio',
      accountSid: twilio.TWILIO_ACCOUNT_SID,
      authToken: twilio.TWILIO_AUTH_TOKEN,
      from: '+15005550006',
    });
    expect(problemsOf({ SMS_PROVIDER: 'twilio', TWILIO_FROM: '+15005550006' })).toEqual([
      'TWILIO_ACCOUNT_SID: needed with SMS_PROVIDER=twilio',
      'TWILIO_AUTH_TOKEN: needed with SMS_PROVIDER=twilio',
    ]);
    expect(problemsOf({ ...twilio, TWILIO_FROM: '07700 900123' })[0]).toMatch(/^TWILIO_FROM: /);
  });

  it('wants both VAPID keys or neither, and a redis:// URL', () => {
    expect(problemsOf({ VAPID_PUBLIC_KEY: 'B'.repeat(87) })[0]).toMatch(/^VAPID_PRIVATE_KEY: /);
    expect(problemsOf({ VAPID_PRIVATE_KEY: 'a'.repeat(42) })[0]).toMatch(/^VAPID_PRIVATE_KEY: /);
    expect(problemsOf({ REDIS_URL: 'http://cache:6379' })[0]).toMatch(/^REDIS_URL: /);
    expect(loadConfig({ ...base, REDIS_URL: 'rediss://cache.internal:6380/0' }).redisUrl).toBe(
      'rediss://cache.internal:6380/0',
    );
  });
});
