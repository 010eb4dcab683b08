import { MyPatients, type MyPatientsSort } from '@nexus/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { accessKeys } from '../api/keys.ts';

export type PatientSearch = { query: string; sort: MyPatientsSort };

/** The whole list, as the page first shows it (and where the emergency access list comes from). */
export const DEFAULT_SEARCH: PatientSearch = { query: '', sort: 'name' };

/**
 * My patients, narrowed by a search and sorted on the server. Keyed under `accessKeys.myPatients`, so
 * admitting a patient or opening emergency access (which invalidate that key) refreshes it too. While
 * a new search runs the previous list stays, so the page does not flicker as the clinician types.
 */
export const useMyPatientsSearch = ({ query, sort }: PatientSearch) =>
  useQuery({
    queryKey: [...accessKeys.myPatients, { query, sort }],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ sort });
      if (query) params.set('query', query);
      return apiClient.json(`/api/v1/my-patients?${params}`, MyPatients, { signal });
    },
    placeholderData: keepPreviousData,
  });
