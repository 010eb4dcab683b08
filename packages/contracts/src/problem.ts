import { z } from 'zod';

/** One field-level validation failure, located by a JSON Pointer (RFC 6901) into the request. */
export const ProblemFieldError = z.object({
  pointer: z.string().describe('JSON Pointer to the offending element, e.g. /body/email'),
  detail: z.string(),
});
export type ProblemFieldError = z.infer<typeof ProblemFieldError>;

/** RFC 9457 problem details, as every /api error is returned. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string().describe('Stable snake_case error code for programs'),
  requestId: z.string(),
  errors: z.array(ProblemFieldError).optional(),
});
export type Problem = z.infer<typeof Problem>;
