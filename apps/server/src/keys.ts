import { generateAuditSigningKey } from './modules/audit/audit-signer.ts';
import { generateMasterKey } from './platform/crypto/key-ring.ts';

/**
 * `npm run keys:generate`: new secrets for a production configuration, printed as environment lines.
 * To rotate the master key, put a new entry first and keep the old ones after it: MASTER_KEYS=k2:…,k1:…
 */
const keyId = `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`;
process.stdout.write(
  [
    '# Keep these secret (a secrets manager or an env file readable by the service only).',
    `MASTER_KEYS=${keyId}:${generateMasterKey()}`,
    `AUDIT_SIGNING_KEY=${generateAuditSigningKey()}`,
    '',
  ].join('\n'),
);
