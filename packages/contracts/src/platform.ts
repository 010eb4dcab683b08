import { z } from 'zod';

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
});
export type PlatformInfo = z.infer<typeof PlatformInfo>;
