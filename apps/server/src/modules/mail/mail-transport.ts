import nodemailer from 'nodemailer';

/** One plain-text e-mail, ready to leave the platform. */
export type MailMessage = { from: string; to: string; subject: string; text: string };

/**
 * The port delivery goes through: the SMTP adapter below in production, an in-memory one in tests.
 * `send` resolves once the receiving server has accepted the message and throws otherwise.
 */
export type MailTransport = {
  send(message: MailMessage): Promise<void>;
  close(): void;
};

/**
 * Delivery through an SMTP server named by a URL: `smtp://user:password@host:587` (STARTTLS when the
 * server offers it) or `smtps://…:465` (TLS from the start). Options may follow as query parameters
 * (nodemailer's URL format), e.g. `?requireTLS=true`.
 */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transporter.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        // Sign-in links must reach the reader as they are: no click tracking or rewriting by us.
        disableUrlAccess: true,
        disableFileAccess: true,
      });
    },
    close: () => transporter.close(),
  };
}

/**
 * What is kept of a failed delivery: nodemailer's error code and the SMTP reply code, never the
 * message (a server's reply may quote the recipient's address).
 */
export function describeDeliveryError(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const parts = [
    typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? code : 'delivery_failed',
    typeof responseCode === 'number' ? `SMTP ${responseCode}` : undefined,
  ];
  return parts.filter(Boolean).join(' ');
}
