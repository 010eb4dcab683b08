import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordKeys } from '../../records/api/keys.ts';
import { type UploadProgress, uploadBundle } from './upload.ts';

type ImportVariables = {
  organisationId: string;
  bundle: Blob | string;
  onProgress?: (progress: UploadProgress) => void;
};

/** An organisation administrator imports a FHIR Bundle; any record already shown may have changed. */
export function useImportBundle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organisationId, bundle, onProgress }: ImportVariables) =>
      uploadBundle(organisationId, bundle, { onProgress }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordKeys.all }),
  });
}
