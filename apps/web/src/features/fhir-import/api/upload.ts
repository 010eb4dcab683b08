import { ImportReport, Problem } from '@nexus/contracts';
import { apiStrings } from '../../../api/api.strings.ts';
import { ApiError, CLIENT_PROBLEM_CODES } from '../../../api/api-error.ts';
import { CSRF_HEADER, csrfTokenFrom } from '../../../api/http-client.ts';

/** How far an upload is: bytes sent of the whole body. */
export type UploadProgress = { sentBytes: number; totalBytes: number };

type UploadOptions = {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

const clientProblem = (status: number, path: string, requestId: string | null): Problem => ({
  type: 'about:blank',
  title: status === 0 ? apiStrings.networkErrorTitle : apiStrings.unexpectedResponseTitle,
  status,
  detail:
    status === 0
      ? apiStrings.networkErrorDetail
      : status >= 500
        ? apiStrings.serverErrorDetail
        : apiStrings.unexpectedResponseDetail,
  instance: path,
  code: status === 0 ? CLIENT_PROBLEM_CODES.networkError : CLIENT_PROBLEM_CODES.unexpectedResponse,
  requestId: requestId ?? '',
});

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Posts a FHIR Bundle to an organisation's record imports and resolves with the import report.
 * XMLHttpRequest rather than fetch, because only it reports upload progress; failures are thrown as
 * ApiError carrying a Problem, as the app's API client does, with the CSRF header it sends.
 */
export function uploadBundle(organisationId: string, body: Blob | string, options: UploadOptions = {}) {
  const path = `/api/v1/organisations/${encodeURIComponent(organisationId)}/record-imports`;
  return new Promise<ImportReport>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json, application/problem+json');
    request.setRequestHeader('content-type', 'application/fhir+json');
    const csrfToken = csrfTokenFrom(typeof document === 'undefined' ? '' : document.cookie);
    if (csrfToken) request.setRequestHeader(CSRF_HEADER, csrfToken);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) options.onProgress?.({ sentBytes: event.loaded, totalBytes: event.total });
    });
    request.addEventListener('load', () => {
      const requestId = request.getResponseHeader('x-request-id');
      const data = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        const report = ImportReport.safeParse(data);
        if (report.success) resolve(report.data);
        else reject(new ApiError(clientProblem(request.status, path, requestId)));
        return;
      }
      const problem = Problem.safeParse(data);
      reject(new ApiError(problem.success ? problem.data : clientProblem(request.status, path, requestId)));
    });
    request.addEventListener('error', () => reject(new ApiError(clientProblem(0, path, null))));
    request.addEventListener('abort', () =>
      reject(new DOMException('The import was cancelled', 'AbortError')),
    );
    options.signal?.addEventListener('abort', () => request.abort());
    request.send(body);
  });
}
