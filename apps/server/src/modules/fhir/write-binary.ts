import { randomUUID } from 'node:crypto';
import type { Binary } from '@medplum/fhirtypes';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { FhirRepo } from './fhir.repo.ts';
import { FhirError, issue } from './operation-outcome.ts';

/** The largest Binary the store takes (decoded), so one upload cannot exhaust memory. */
export const MAX_BINARY_BYTES = 16 * 1024 * 1024;

/** Binary content is encrypted into its own table; the resource row keeps only its metadata. */
export async function storeBinaryData(
  deps: { repo: FhirRepo; cipher: EnvelopeCipher },
  trx: Executor,
  binary: Binary,
  patientId: string | null,
): Promise<Binary> {
  const { data, ...metadata } = binary;
  const bytes = Buffer.from(data ?? '', 'base64');
  if (bytes.length > MAX_BINARY_BYTES) {
    throw new FhirError(413, 'binary_too_large', [
      issue(
        'too-long',
        `Binary content may be at most ${MAX_BINARY_BYTES / 1024 / 1024} MiB.`,
        'Binary.data',
      ),
    ]);
  }
  const rowId = randomUUID();
  await deps.repo.insertBinary(trx, {
    rowId,
    id: binary.id as string,
    versionId: Number(binary.meta?.versionId),
    patientId,
    contentType: binary.contentType,
    sizeBytes: bytes.length,
    envelope: deps.cipher.encrypt(bytes, `binary:${rowId}`),
  });
  return metadata;
}
