import type { ProblemFieldError } from '@nexus/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors.ts';
import { type ProblemInput, sendProblem } from './problem.ts';

type ValidationIssue = {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
};

function fieldErrorsOf(context: string, issues: ValidationIssue[]): ProblemFieldError[] {
  return issues.map((issue) => {
    const path =
      issue.params?.issue?.path?.map(String).join('/') ?? issue.instancePath?.replace(/^\//, '') ?? '';
    return { pointer: `/${context}${path ? `/${path}` : ''}`, detail: issue.message ?? 'is invalid' };
  });
}

/** Maps framework errors (bad JSON, too large, wrong media type, validation) to problems a caller can act on. */
function problemFromFrameworkError(error: FastifyError): ProblemInput | undefined {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    return {
      status: 400,
      code: 'validation_failed',
      detail: `The request ${context} is not valid.`,
      errors: fieldErrorsOf(context, error.validation as unknown as ValidationIssue[]),
    };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'malformed_json', detail: 'The request body is not valid JSON.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'empty_body', detail: 'The request declares JSON but has no body.' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        code: 'body_too_large',
        detail: 'The request body is larger than this server accepts.',
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: 'unsupported_media_type',
        detail: 'This endpoint does not accept that content type.',
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        code: 'invalid_content_length',
        detail: 'The Content-Length header does not match the body.',
      };
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return { status: 400, code: 'malformed_json', detail: 'The request body is not valid JSON.' };
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, code: 'bad_request', detail: 'The request could not be processed.' };
  }
  return undefined;
}

/** One place turns every thrown error into RFC 9457 problem+json; 5xx bodies never carry internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendProblem(request, reply, {
        status: error.status,
        code: error.code,
        detail: error.message,
        ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
      });
    }
    const known = problemFromFrameworkError(error);
    if (known) {
      request.log.info({ code: known.code, status: known.status }, 'request rejected');
      return sendProblem(request, reply, known);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, {
      status: 500,
      code: 'internal_error',
      detail: 'Something went wrong on our side. Quote the request id if you contact support.',
    });
  });
}
