/** Query keys of sharing and access. All hold the user's data, so sign-out drops them. */
export const accessKeys = {
  all: ['access'] as const,
  careTeam: (patientId: string) => ['access', 'care-team', patientId] as const,
  accessLog: (patientId: string) => ['access', 'access-log', patientId] as const,
  clinicians: (query: string) => ['access', 'clinicians', query] as const,
  myPatients: ['access', 'my-patients'] as const,
  alerts: (organisationId: string) => ['access', 'alerts', organisationId] as const,
};
