import { AuditVerification } from '@nexus/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';

/** Runs the server's full verification of the audit chain and its signed checkpoints. */
export const useVerifyAudit = () =>
  useMutation({
    mutationFn: () =>
      apiClient.json('/api/v1/admin/audit/verification', AuditVerification, { method: 'POST' }),
  });
