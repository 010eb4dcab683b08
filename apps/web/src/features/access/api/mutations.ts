import { Admission, BreakGlassGrant, type BreakGlassRequest, CareRelationship } from '@nexus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { accessKeys } from './keys.ts';

const patientPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;

/** The patient gives a clinician access; the care team is refreshed. */
export function useGrantAccess(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clinicianUserId: string) =>
      apiClient.json(`${patientPath(patientId)}/care-team`, CareRelationship, {
        method: 'POST',
        body: { clinicianUserId },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accessKeys.careTeam(patientId) }),
  });
}

/** The patient ends a relationship; the list is refreshed either way (a 404 means it had ended). */
export function useRevokeAccess(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (relationshipId: string) =>
      apiClient.empty(`${patientPath(patientId)}/care-team/${encodeURIComponent(relationshipId)}`, {
        method: 'DELETE',
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accessKeys.careTeam(patientId) }),
  });
}

/** A doctor or nurse opens emergency access; their patient list is refreshed. */
export function useOpenBreakGlass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patientId, ...body }: BreakGlassRequest & { patientId: string }) =>
      apiClient.json(`${patientPath(patientId)}/break-glass`, BreakGlassGrant, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.myPatients }),
  });
}

/** Staff admit a patient found by e-mail address to their organisation. */
export function useAdmitByEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organisationId, email }: { organisationId: string; email: string }) =>
      apiClient.json(
        `/api/v1/organisations/${encodeURIComponent(organisationId)}/admissions/by-email`,
        Admission,
        { method: 'POST', body: { email } },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.myPatients }),
  });
}
