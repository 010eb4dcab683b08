import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';
import { pathOf } from '../http/problem.ts';

/**
 * Fields that may hold health data, identities or secrets. Request and response bodies are never
 * logged at all; this list catches them when code logs an object that carries them by mistake.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.passwordHash',
  '*.password_hash',
  '*.token',
  '*.secret',
  '*.totp',
  '*.email',
  '*.name',
  '*.displayName',
  '*.display_name',
  '*.given',
  '*.family',
  '*.birthDate',
  '*.birth_date',
  '*.address',
  '*.telecom',
  '*.phone',
  '*.note',
  '*.notes',
  '*.text',
  '*.diagnosis',
  '*.symptoms',
  '*.valueQuantity',
  '*.body',
  '*.params',
  '*.query',
];

/** What is logged of a request: its route pattern and path, never its query string, headers or body. */
function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    path: pathOf(request.url),
    route: request.routeOptions?.url,
    remoteAddress: request.ip,
  };
}

function serializeReply(reply: FastifyReply) {
  return { statusCode: reply.statusCode };
}

/** Errors are logged by type, code, message and stack; a database error's detail (row values) is dropped. */
function serializeError(error: unknown) {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: error.message,
    stack: error.stack,
  };
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'lifecare-nexus' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: serializeRequest as (value: unknown) => unknown,
      res: serializeReply as (value: unknown) => unknown,
      err: serializeError,
    },
  };
}
