import { delimiter, resolve } from 'node:path';
import { isValidIanaZone } from '@nexus/clinical';
import { z } from 'zod';
import { parseMasterKeyRing } from './crypto/key-ring.ts';

const booleanFromEnv = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z.url().optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    MIGRATE_ON_START: booleanFromEnv.default(true),
    JOBS_IN_PROCESS: booleanFromEnv.default(true),
    NEXUS_DEMO: booleanFromEnv.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).default(25_000),
    TRUST_PROXY: booleanFromEnv.default(false),
    SESSION_COOKIE_SECURE: booleanFromEnv.default(true),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(12),
    METRICS_TOKEN: z.string().min(16).optional(),
    WEB_DIST_DIR: z.string().min(1).optional(),
    MASTER_KEYS: z.string().min(1).optional(),
    PUBLIC_URL: z.url().optional(),
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().min(3).max(254).default('LifeCare Nexus <no-reply@lifecare.invalid>'),
    REGISTRATION_ORGANISATION_ID: z.uuid().optional(),
    CDS_MODULE_DIRS: z.string().min(1).optional(),
    CDS_SETTINGS: z
      .string()
      .transform((text, ctx) => {
        try {
          const value: unknown = JSON.parse(text);
          if (value && typeof value === 'object' && !Array.isArray(value))
            return value as Record<string, Record<string, unknown>>;
        } catch {}
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of module id → settings' });
        return z.NEVER;
      })
      .optional(),
    SITE_TIME_ZONE: z
      .string()
      .refine(isValidIanaZone, 'must be an IANA time zone such as Europe/London')
      .optional(),
    REDIS_URL: z
      .url()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{87}$/, 'must be an uncompressed P-256 public key in base64url (87 characters)')
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, 'must be a P-256 private key in base64url (43 characters)')
      .optional(),
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'must be a mailto: or https:// address')
      .optional(),
    SMS_PROVIDER: z.enum(['log', 'twilio']).default('log'),
    TWILIO_ACCOUNT_SID: z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, 'must be a Twilio Account SID (AC…)')
      .optional(),
    TWILIO_AUTH_TOKEN: z.string().min(16).max(128).optional(),
    TWILIO_FROM: z
      .string()
      .regex(
        /^(\+[1-9][0-9]{6,14}|MG[0-9a-fA-F]{32})$/,
        'must be a sender number in E.164 (+…) or a Messaging Service SID (MG…)',
      )
      .optional(),
    WS_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
    CHAT_LLM_URL: z
      .url()
      .regex(
        /^https?:\/\//,
        'must be the http(s) base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1',
      )
      .optional(),
    CHAT_LLM_MODEL: z.string().min(1).max(200).optional(),
    CHAT_LLM_API_KEY: z.string().min(1).max(500).optional(),
    CHAT_LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(20_000),
    CHAT_EMERGENCY_NUMBER: z
      .string()
      .regex(/^[0-9+][0-9 ]{1,19}$/, 'must be a telephone number such as 112, 999 or 911')
      .default('112'),
    CHAT_CRISIS_LINE: z
      .string()
      .regex(/^[^|]{1,80}\|[0-9+][0-9 ]{1,19}$/, 'must be "name|number", e.g. "Samaritans|116 123"')
      .default('Samaritans (UK and Ireland)|116 123'),
    AUDIT_SIGNING_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{40,200}$/, 'must be an Ed25519 PKCS#8 key in base64url (npm run keys:generate)')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.MASTER_KEYS) {
      try {
        parseMasterKeyRing(env.MASTER_KEYS);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['MASTER_KEYS'], message: (error as Error).message });
      }
    } else if (env.NODE_ENV === 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['MASTER_KEYS'],
        message: 'production needs its own master key for encryption at rest (npm run keys:generate)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.AUDIT_SIGNING_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUDIT_SIGNING_KEY'],
        message: 'production needs its own audit signing key (npm run keys:generate)',
      });
    }
    if ((env.VAPID_PUBLIC_KEY === undefined) !== (env.VAPID_PRIVATE_KEY === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.VAPID_PUBLIC_KEY ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY'],
        message: 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together (or neither: a pair is made and kept)',
      });
    }
    if ((env.CHAT_LLM_URL === undefined) !== (env.CHAT_LLM_MODEL === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.CHAT_LLM_URL ? 'CHAT_LLM_MODEL' : 'CHAT_LLM_URL'],
        message: 'CHAT_LLM_URL and CHAT_LLM_MODEL go together (or neither: the offline engine answers alone)',
      });
    }
    if (env.SMS_PROVIDER === 'twilio') {
      for (const name of ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'] as const) {
        if (!env[name])
          ctx.addIssue({ code: 'custom', path: [name], message: 'needed with SMS_PROVIDER=twilio' });
      }
    }
    if (env.NODE_ENV === 'production' && !env.SESSION_COOKIE_SECURE) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_COOKIE_SECURE'],
        message: 'session cookies must be Secure in production',
      });
    }
  });

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; poolMax: number };

/** The validated configuration every part of the server reads; nothing else reads process.env. */
export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Where the platform keeps its files (the embedded database, development keys). */
  dataDir: string;
  database: DatabaseTarget;
  migrateOnStart: boolean;
  jobsInProcess: boolean;
  seedDemo: boolean;
  logLevel: string;
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  trustProxy: boolean;
  session: { cookieSecure: boolean; idleMinutes: number; absoluteHours: number };
  metricsToken: string | undefined;
  webDistDir: string | undefined;
  /** Ed25519 key that signs audit checkpoints; without it (outside production) a key under dataDir is used. */
  auditSigningKey: string | undefined;
  /**
   * The address users reach the platform at (links in e-mails, the WebAuthn relying party). Defaults
   * to http://localhost:<port>.
   */
  publicUrl: string;
  /** Outgoing e-mail: through SMTP when smtpUrl is set, otherwise kept in the in-app outbox only. */
  mail: { smtpUrl: string | undefined; from: string };
  /** The organisation self-registered patients join; default: the oldest clinic or hospital. */
  registrationOrganisationId: string | undefined;
  /** Master keys for encryption at rest (`id:key,…`, current first); without it (outside production) a key under dataDir. */
  masterKeys: string | undefined;
  /**
   * Clinical decision support: folders of extra disease modules (`CDS_MODULE_DIRS`, separated by the
   * platform's path delimiter) and per-module settings overrides (`CDS_SETTINGS`, JSON).
   */
  cds: { moduleDirs: string[]; settings: Record<string, Record<string, unknown>> };
  /**
   * The site's time zone (`SITE_TIME_ZONE`, default the machine's): where a patient who has not chosen
   * one is assumed to live, for the clock times of their doses.
   */
  siteTimeZone: string;
  /** Redis for fan-out between server processes (live notifications); without it, one process only. */
  redisUrl: string | undefined;
  /** Notification channels: web push (VAPID), SMS, and the WebSocket's heartbeat. */
  notifications: NotificationsConfig;
  /** The health assistant. */
  chat: ChatConfig;
};

/**
 * The health assistant: the numbers its emergency advice gives, and an optional OpenAI-compatible
 * chat endpoint (a local Ollama or vLLM, or a hosted service) that rewords its answers.
 */
export type ChatConfig = {
  emergencyNumber: string;
  crisisLine: { label: string; number: string };
  languageModel:
    | { baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number }
    | undefined;
};

/** How notifications leave the platform (see modules/notifications). */
export type NotificationsConfig = {
  /** The VAPID key pair from the environment; undefined: one is made on first use and kept in the database. */
  vapidKeys: { publicKey: string; privateKey: string } | undefined;
  /** Who push services contact about this sender: VAPID_SUBJECT, else PUBLIC_URL (https) or MAIL_FROM's address. */
  vapidSubject: string;
  sms: SmsConfig;
  /** The WebSocket pings every client this often and drops those that did not answer the last ping. */
  heartbeatSeconds: number;
};

/** The SMS provider: `log` (the default) sends nothing and logs that it would have. */
export type SmsConfig =
  | { provider: 'log' }
  | {
      provider: 'twilio';
      accountSid: string;
      authToken: string;
      /** A sender number (E.164) or a Messaging Service SID (MG…). */
      from: string;
    };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses and validates configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const nonEmpty = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = ConfigSchema.safeParse(nonEmpty);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir: resolve(e.DATA_DIR),
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
      : { kind: 'pglite', dataDir: resolve(e.DATA_DIR, 'pglite') },
    migrateOnStart: e.MIGRATE_ON_START,
    jobsInProcess: e.JOBS_IN_PROCESS,
    seedDemo: e.NEXUS_DEMO,
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    trustProxy: e.TRUST_PROXY,
    session: {
      cookieSecure: e.SESSION_COOKIE_SECURE,
      idleMinutes: e.SESSION_IDLE_MINUTES,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
    },
    metricsToken: e.METRICS_TOKEN,
    webDistDir: e.WEB_DIST_DIR ? resolve(e.WEB_DIST_DIR) : undefined,
    auditSigningKey: e.AUDIT_SIGNING_KEY,
    masterKeys: e.MASTER_KEYS,
    publicUrl,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    registrationOrganisationId: e.REGISTRATION_ORGANISATION_ID,
    cds: {
      moduleDirs: (e.CDS_MODULE_DIRS ?? '')
        .split(delimiter)
        .filter((dir) => dir.trim() !== '')
        .map((dir) => resolve(dir)),
      settings: e.CDS_SETTINGS ?? {},
    },
    siteTimeZone: e.SITE_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    redisUrl: e.REDIS_URL,
    notifications: {
      vapidKeys:
        e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY
          ? { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY }
          : undefined,
      vapidSubject: e.VAPID_SUBJECT ?? defaultVapidSubject(publicUrl, e.MAIL_FROM),
      sms:
        e.SMS_PROVIDER === 'twilio' && e.TWILIO_ACCOUNT_SID && e.TWILIO_AUTH_TOKEN && e.TWILIO_FROM
          ? {
              provider: 'twilio',
              accountSid: e.TWILIO_ACCOUNT_SID,
              authToken: e.TWILIO_AUTH_TOKEN,
              from: e.TWILIO_FROM,
            }
          : { provider: 'log' },
      heartbeatSeconds: e.WS_HEARTBEAT_SECONDS,
    },
    chat: {
      emergencyNumber: e.CHAT_EMERGENCY_NUMBER.trim(),
      crisisLine: crisisLineOf(e.CHAT_CRISIS_LINE),
      languageModel:
        e.CHAT_LLM_URL && e.CHAT_LLM_MODEL
          ? {
              baseUrl: e.CHAT_LLM_URL.replace(/\/+$/, ''),
              model: e.CHAT_LLM_MODEL,
              apiKey: e.CHAT_LLM_API_KEY,
              timeoutMs: e.CHAT_LLM_TIMEOUT_MS,
            }
          : undefined,
    },
  };
}

function crisisLineOf(text: string): { label: string; number: string } {
  const [label = '', number = ''] = text.split('|');
  return { label: label.trim(), number: number.trim() };
}

/** An https PUBLIC_URL, else the address of MAIL_FROM (`Name <address>` or a bare address). */
function defaultVapidSubject(publicUrl: string, mailFrom: string): string {
  if (publicUrl.startsWith('https://')) return publicUrl;
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return `mailto:${address}`;
}
