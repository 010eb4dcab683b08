import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config.ts';
import { generateMasterKey, type MasterKeyRing, parseMasterKeyRing } from './key-ring.ts';

/**
 * The configured master key ring: MASTER_KEYS, or outside production a ring kept beside the data
 * (created on first use, readable by the owner only) so a clinic's install encrypts with no set-up.
 * Production refuses to start without MASTER_KEYS (see config.ts).
 */
export function masterKeyRingFor(config: Pick<Config, 'masterKeys' | 'dataDir'>): MasterKeyRing {
  if (config.masterKeys) return parseMasterKeyRing(config.masterKeys);
  const path = join(config.dataDir, 'keys', 'master-keys');
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `local1:${generateMasterKey()}\n`, { mode: 0o600 });
    chmodSync(path, 0o600);
  }
  return parseMasterKeyRing(readFileSync(path, 'utf8').trim());
}
