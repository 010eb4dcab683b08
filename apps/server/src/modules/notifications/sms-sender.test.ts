import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogSmsSender, maskPhoneNumber } from './sms-sender.ts';

describe('the log SMS sender', () => {
  it('logs a masked number and the kind, never the text', async () => {
    const lines: string[] = [];
    const log = pino(
      { level: 'info' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const outcome = await createLogSmsSender(log).send({
      to: '+447700900123',
      body: 'LifeCare Nexus: It is time for your 08:00 medicines',
      kind: 'dose-reminder',
    });
    expect(outcome).toEqual({ kind: 'accepted' });
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '{}');
    expect(line).toMatchObject({ msg: 'SMS sent', to: '+44••••••••23', kind: 'dose-reminder' });
    expect(lines[0]).not.toContain('medicines');
    expect(lines[0]).not.toContain('7700900');
  });

  it('masks all but the country code’s start and the last two digits', () => {
    expect(maskPhoneNumber('+15005550006')).toBe('+15•••••••06');
    expect(maskPhoneNumber('+1234')).toBe('•••••');
  });
});
