import {
  Invitation,
  type InvitationAcceptance,
  InvitationAccepted,
  type InvitationRequest,
  type PasswordResetCompletion,
  PasswordResetResult,
  RequestAccepted,
  type SignUpRequest,
  VerifyEmailResult,
} from '@nexus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { accountsKeys } from './keys.ts';

export const useSignUp = () =>
  useMutation({
    mutationFn: (input: SignUpRequest) =>
      apiClient.json('/api/v1/auth/sign-up', RequestAccepted, { method: 'POST', body: input }),
  });

export const useVerifyEmail = () =>
  useMutation({
    mutationFn: (token: string) =>
      apiClient.json('/api/v1/auth/verify-email', VerifyEmailResult, { method: 'POST', body: { token } }),
  });

export const useRequestPasswordReset = () =>
  useMutation({
    mutationFn: (email: string) =>
      apiClient.json('/api/v1/auth/password-reset', RequestAccepted, { method: 'POST', body: { email } }),
  });

export const useCompletePasswordReset = () =>
  useMutation({
    mutationFn: (input: PasswordResetCompletion) =>
      apiClient.json('/api/v1/auth/password-reset/complete', PasswordResetResult, {
        method: 'POST',
        body: input,
      }),
  });

export const useAcceptInvitation = () =>
  useMutation({
    mutationFn: (input: InvitationAcceptance) =>
      apiClient.json('/api/v1/auth/invitations/accept', InvitationAccepted, { method: 'POST', body: input }),
  });

const invitationsPath = (organisationId: string) =>
  `/api/v1/organisations/${encodeURIComponent(organisationId)}/invitations`;

export function useInvite(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationRequest) =>
      apiClient.json(invitationsPath(organisationId), Invitation, { method: 'POST', body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountsKeys.invitations(organisationId) }),
  });
}

export function useRevokeInvitation(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      apiClient.empty(`${invitationsPath(organisationId)}/${encodeURIComponent(invitationId)}`, {
        method: 'DELETE',
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountsKeys.invitations(organisationId) }),
  });
}
