import { AccessLog, BreakGlassAlerts, CareTeam, ClinicianDirectory, MyPatients } from '@nexus/contracts';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { accessKeys } from './keys.ts';

const patientPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;

/** Who can see the patient's record: chosen clinicians, admitting organisations, emergency access. */
export const careTeamQuery = (patientId: string) =>
  queryOptions({
    queryKey: accessKeys.careTeam(patientId),
    queryFn: ({ signal }) => apiClient.json(`${patientPath(patientId)}/care-team`, CareTeam, { signal }),
  });
export const useCareTeam = (patientId: string) => useQuery(careTeamQuery(patientId));

export const ACCESS_LOG_PAGE_SIZE = 20;

/** Who looked at the record, newest first, a page at a time (keyset: `before` an entry id). */
export const accessLogQuery = (patientId: string) =>
  infiniteQueryOptions({
    queryKey: accessKeys.accessLog(patientId),
    queryFn: ({ signal, pageParam }) => {
      const params = new URLSearchParams({ limit: String(ACCESS_LOG_PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return apiClient.json(`${patientPath(patientId)}/access-log?${params}`, AccessLog, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextBefore,
  });
export const useAccessLog = (patientId: string) => useInfiniteQuery(accessLogQuery(patientId));

/** The clinician directory; asks nothing until the query has 2 characters. */
export const useClinicianSearch = (query: string) =>
  useQuery({
    queryKey: accessKeys.clinicians(query),
    queryFn: ({ signal }) =>
      apiClient.json(`/api/v1/clinicians?${new URLSearchParams({ query })}`, ClinicianDirectory, { signal }),
    select: (directory) => directory.clinicians,
    enabled: query.length >= 2,
    staleTime: 30_000,
  });

export const myPatientsQuery = () =>
  queryOptions({
    queryKey: accessKeys.myPatients,
    queryFn: ({ signal }) => apiClient.json('/api/v1/my-patients', MyPatients, { signal }),
  });
export const useMyPatients = () => useQuery(myPatientsQuery());

export const useBreakGlassAlerts = (organisationId: string) =>
  useQuery({
    queryKey: accessKeys.alerts(organisationId),
    queryFn: ({ signal }) =>
      apiClient.json(
        `/api/v1/organisations/${encodeURIComponent(organisationId)}/break-glass-alerts`,
        BreakGlassAlerts,
        { signal },
      ),
    select: (list) => list.alerts,
  });
