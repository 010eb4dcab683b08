import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEnvelopeCipher } from './envelope.ts';
import { generateMasterKey } from './key-ring.ts';
import { masterKeyRingFor } from './master-keys.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('where the master keys come from', () => {
  it('uses MASTER_KEYS when configured', () => {
    const ring = masterKeyRingFor({
      masterKeys: `k2:${generateMasterKey()},k1:${generateMasterKey()}`,
      dataDir: '/nonexistent',
    });
    expect(ring.currentKeyId).toBe('k2');
    expect(ring.keyIds).toEqual(['k2', 'k1']);
  });

  it('otherwise creates one key beside the data, private to its owner, and keeps using it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nexus-keys-'));
    dirs.push(dataDir);
    const first = createEnvelopeCipher(masterKeyRingFor({ masterKeys: undefined, dataDir }));
    const envelope = first.encrypt('allergic to penicillin', 'note:1');
    expect(statSync(join(dataDir, 'keys', 'master-keys')).mode & 0o777).toBe(0o600);
    const again = createEnvelopeCipher(masterKeyRingFor({ masterKeys: undefined, dataDir }));
    expect(again.decryptText(envelope, 'note:1')).toBe('allergic to penicillin');
  });
});
