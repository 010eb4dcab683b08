import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpTransport, describeDeliveryError } from './mail-transport.ts';

type Received = { from: string; to: string[]; data: string };

/** Just enough of an SMTP server (RFC 5321, no TLS, no auth) to receive what the adapter sends. */
function startSmtpServer(options: { rejectRecipient?: boolean } = {}) {
  const received: Received[] = [];
  const server: Server = createServer((socket: Socket) => {
    let buffer = '';
    let inData = false;
    let current: Received = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 test.invalid ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end !== -1; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 2.0.0 queued');
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') reply('250 test.invalid');
        else if (command === 'MAIL') {
          current.from = line;
          reply('250 2.1.0 ok');
        } else if (command === 'RCPT') {
          if (options.rejectRecipient) reply('550 5.1.1 <someone@example.org>: Recipient address rejected');
          else {
            current.to.push(line);
            reply('250 2.1.5 ok');
          }
        } else if (command === 'DATA') {
          inData = true;
          reply('354 go ahead');
        } else if (command === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else if (command === 'RSET') reply('250 ok');
        else reply('502 5.5.2 not implemented');
      }
    });
  });
  return new Promise<{ port: number; received: Received[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ port, received, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

const servers: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe('the SMTP transport', () => {
  it('delivers a plain-text mail to the server at SMTP_URL', async () => {
    const server = await startSmtpServer();
    servers.push(server);
    const transport = createSmtpTransport(`smtp://127.0.0.1:${server.port}?ignoreTLS=true`);
    await transport.send({
      from: 'LifeCare Nexus <no-reply@nexus.example.org>',
      to: 'robin@example.org',
      subject: 'Confirm your e-mail address',
      text: 'Open https://nexus.example.org/verify-email#token=abc_DEF-123',
    });
    transport.close();

    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail?.from).toContain('<no-reply@nexus.example.org>');
    expect(mail?.to).toEqual([expect.stringContaining('<robin@example.org>')]);
    expect(mail?.data).toContain('Subject: Confirm your e-mail address');
    expect(mail?.data).toContain('Content-Type: text/plain');
    expect(mail?.data.replace(/=\n/g, '')).toContain('verify-email#token=abc_DEF-123');
  });

  it('throws when the server refuses, and the stored reason names no address', async () => {
    const server = await startSmtpServer({ rejectRecipient: true });
    servers.push(server);
    const transport = createSmtpTransport(`smtp://127.0.0.1:${server.port}?ignoreTLS=true`);
    const error = await transport
      .send({ from: 'n@nexus.example.org', to: 'someone@example.org', subject: 'S', text: 'T' })
      .catch((e: unknown) => e);
    transport.close();
    expect(error).toBeInstanceOf(Error);
    const reason = describeDeliveryError(error);
    expect(reason).toBe('EENVELOPE SMTP 550');
    expect(reason).not.toContain('example.org');
  });

  it('describes unknown failures without their message', () => {
    expect(describeDeliveryError(new Error('boom at someone@example.org'))).toBe('delivery_failed');
    expect(describeDeliveryError(undefined)).toBe('delivery_failed');
    expect(describeDeliveryError({ code: 'lower case', responseCode: 421 })).toBe('delivery_failed SMTP 421');
  });
});
