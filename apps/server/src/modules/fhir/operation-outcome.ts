import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import { AppError } from '../../platform/http/errors.ts';

export type IssueCode = NonNullable<OperationOutcomeIssue['code']>;

/** One problem, pointing at the element it is about (FHIRPath, e.g. `Bundle.entry[2].resource.status`). */
export const issue = (
  code: IssueCode,
  text: string,
  expression?: string,
  severity: OperationOutcomeIssue['severity'] = 'error',
): OperationOutcomeIssue => ({
  severity,
  code,
  details: { text },
  ...(expression ? { expression: [expression] } : {}),
});

/**
 * An error a FHIR interaction answers with an OperationOutcome. It is an AppError, so outside the FHIR
 * API (the portal routes use the same store) it becomes problem+json with the first issue as detail.
 */
export class FhirError extends AppError {
  override name = 'FhirError';

  constructor(
    status: number,
    code: string,
    readonly issues: OperationOutcomeIssue[],
  ) {
    super(
      code,
      status,
      issues[0]?.details?.text ?? 'The request could not be processed.',
      issues.map((i) => ({ pointer: i.expression?.[0] ?? '', detail: i.details?.text ?? '' })),
    );
  }
}

export const outcome = (issues: OperationOutcomeIssue[]): OperationOutcome => ({
  resourceType: 'OperationOutcome',
  issue: issues,
});

export const invalidResource = (issues: OperationOutcomeIssue[]) =>
  new FhirError(400, 'invalid_resource', issues);
export const fhirNotFound = (text: string) => new FhirError(404, 'not_found', [issue('not-found', text)]);
export const fhirGone = (text: string) => new FhirError(410, 'resource_deleted', [issue('deleted', text)]);
export const versionConflict = (text: string) =>
  new FhirError(412, 'version_conflict', [issue('conflict', text)]);
export const fhirForbidden = (text = 'You are not permitted to do this.') =>
  new FhirError(403, 'not_permitted', [issue('forbidden', text)]);
export const unsupported = (text: string, expression?: string) =>
  new FhirError(400, 'not_supported', [issue('not-supported', text, expression)]);
