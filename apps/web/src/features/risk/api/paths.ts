/** Where a patient's risk results, reviews and plans live in the API. */
const patientPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;

export const riskPath = (patientId: string) => `${patientPath(patientId)}/risk`;

export const reviewPath = (patientId: string, reviewId: string) =>
  `${patientPath(patientId)}/risk-reviews/${encodeURIComponent(reviewId)}`;

export const carePlansPath = (patientId: string) => `${patientPath(patientId)}/care-plans`;

const withModule = (path: string, moduleId: string | null) =>
  moduleId ? `${path}?${new URLSearchParams({ moduleId })}` : path;

export const populationPath = (moduleId: string | null) => withModule('/api/v1/cds/population', moduleId);

/** The population report as a CSV file; a plain link (the session cookie authenticates the GET). */
export const populationCsvHref = (moduleId: string | null) =>
  withModule('/api/v1/cds/population.csv', moduleId);
