import { STATUS_CODES } from 'node:http';
import type { Problem, ProblemFieldError } from '@nexus/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Problem type URIs are URNs: stable names that do not pretend to be resolvable documentation. */
export const problemType = (code: string) => `urn:lifecare-nexus:problem:${code}`;

export type ProblemInput = {
  status: number;
  code: string;
  detail?: string;
  title?: string;
  errors?: ProblemFieldError[];
};

/** The request path without its query string: queries can carry health data (e.g. a search by name). */
export function pathOf(url: string): string {
  const queryStart = url.indexOf('?');
  return queryStart === -1 ? url : url.slice(0, queryStart);
}

export function buildProblem(request: FastifyRequest, input: ProblemInput): Problem {
  return {
    type: problemType(input.code),
    title: input.title ?? STATUS_CODES[input.status] ?? 'Error',
    status: input.status,
    ...(input.detail ? { detail: input.detail } : {}),
    instance: pathOf(request.url),
    code: input.code,
    requestId: request.id,
    ...(input.errors && input.errors.length > 0 ? { errors: input.errors } : {}),
  };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, input: ProblemInput): FastifyReply {
  return reply.status(input.status).type(PROBLEM_CONTENT_TYPE).send(buildProblem(request, input));
}
