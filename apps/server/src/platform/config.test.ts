import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { generateMasterKey } from './crypto/key-ring.ts';

describe('configuration', () => {
  it('runs on the embedded database under ./data with safe defaults', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'pglite', dataDir: expect.stringMatching(/\/data\/pglite$/) });
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      seedDemo: true,
      migrateOnStart: true,
      jobsInProcess: true,
      session: { cookieSecure: true, idleMinutes: 30, absoluteHours: 12 },
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app@db.internal:5432/nexus',
      DATABASE_POOL_MAX: '20',
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://app@db.internal:5432/nexus',
      poolMax: 20,
    });
  });

  it('turns the demo off with NEXUS_DEMO=0 and treats empty values as unset', () => {
    expect(loadConfig({ NEXUS_DEMO: '0' }).seedDemo).toBe(false);
    expect(loadConfig({ NEXUS_DEMO: 'false' }).seedDemo).toBe(false);
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it('names every invalid variable', () => {
    try {
      loadConfig({ PORT: 'eighty', NEXUS_DEMO: 'maybe', DATABASE_URL: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('NEXUS_DEMO');
      expect(message).toContain('DATABASE_URL');
    }
  });

  it('refuses insecure session cookies in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_COOKIE_SECURE: 'false' })).toThrow(
      /Secure in production/,
    );
  });

  it('requires real keys in production and validates the master key ring without echoing it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MASTER_KEYS[\s\S]*AUDIT_SIGNING_KEY/);
    const secret = 'A'.repeat(43);
    try {
      loadConfig({ MASTER_KEYS: `k1:${secret}` });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('MASTER_KEYS');
      expect((error as Error).message).not.toContain(secret);
    }
    const keys = `k1:${generateMasterKey()}`;
    expect(loadConfig({ MASTER_KEYS: keys }).masterKeys).toBe(keys);
  });
});
