/** Where a patient's record lives in the API. */
export const recordPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}/record`;

/** The whole record as a FHIR Bundle file; a plain link (the session cookie authenticates the GET). */
export const fhirExportHref = (patientId: string) => `${recordPath(patientId)}/export.json`;

/** The summary as a PDF file, for the patient to keep or print. */
export const pdfExportHref = (patientId: string) => `${recordPath(patientId)}/export.pdf`;
