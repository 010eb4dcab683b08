import { z } from 'zod';
import { Role } from './identity.ts';

export const HealthStatus = z.object({ status: z.literal('ok') });
export type HealthStatus = z.infer<typeof HealthStatus>;

export const ReadinessCheck = z.object({
  name: z.string(),
  ok: z.boolean(),
  detail: z.string().optional(),
});

export const Readiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.array(ReadinessCheck),
});
export type Readiness = z.infer<typeof Readiness>;

/** What the web app needs to know about this installation before anyone signs in. */
export const PlatformInfo = z.object({
  product: z.string(),
  version: z.string(),
  isDemo: z.boolean().describe('True when the demo clinic is seeded and its accounts are printed at start'),
  database: z.enum(['embedded', 'postgresql']),
  demoAccounts: z
    .array(z.object({ email: z.string(), role: Role }))
    .describe(
      'The demo clinic accounts (empty unless isDemo); their shared password is printed at server start',
    ),
});
export type PlatformInfo = z.infer<typeof PlatformInfo>;
