import type { OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../../platform/http/errors.ts';
import { FHIR_JSON } from './bundle-json.ts';
import { FhirError, type IssueCode, issue, outcome } from './operation-outcome.ts';

const CODE_BY_STATUS: Record<number, IssueCode> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  405: 'not-supported',
  409: 'conflict',
  410: 'deleted',
  412: 'conflict',
  413: 'too-long',
  415: 'not-supported',
  429: 'throttled',
};

function frameworkIssue(error: FastifyError): { status: number; issue: OperationOutcomeIssue } | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, issue: issue('structure', 'The body is not valid JSON.') };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, issue: issue('structure', 'The request declares JSON but has no body.') };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, issue: issue('too-long', 'The body is larger than this server accepts.') };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        issue: issue('not-supported', 'Send application/fhir+json (or application/json).'),
      };
  }
  if (error instanceof SyntaxError)
    return { status: 400, issue: issue('structure', 'The body is not valid JSON.') };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, issue: issue('invalid', 'The request could not be processed.') };
  }
  return undefined;
}

/** Inside the FHIR API every error is an OperationOutcome (never internals on a 500). */
export function registerFhirErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof FhirError) {
      request.log.info({ code: error.code, status: error.status }, 'fhir request rejected');
      return reply
        .status(error.status)
        .type(FHIR_JSON)
        .send(JSON.stringify(outcome(error.issues)));
    }
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      const code = CODE_BY_STATUS[error.status] ?? 'processing';
      return reply
        .status(error.status)
        .type(FHIR_JSON)
        .send(JSON.stringify(outcome([issue(code, error.message)])));
    }
    const known = frameworkIssue(error);
    if (known)
      return reply
        .status(known.status)
        .type(FHIR_JSON)
        .send(JSON.stringify(outcome([known.issue])));
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .type(FHIR_JSON)
      .send(
        JSON.stringify(
          outcome([
            issue(
              'exception',
              'Something went wrong on our side. Quote the request id if you contact support.',
            ),
          ]),
        ),
      );
  });
}
