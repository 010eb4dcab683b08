import type { MailOutbox } from '../mail/mail.service.ts';

/** The notice to an account's owner that repeated failed sign-ins have locked it for a while. */
export function accountLockedMail(outbox: MailOutbox, publicUrl: string) {
  return async (account: { email: string; lockMinutes: number }) => {
    await outbox.enqueue({
      to: account.email,
      subject: 'Your LifeCare Nexus account is locked for a while',
      text: [
        `There were many failed attempts to sign in to your account, so it is locked for ${account.lockMinutes} minutes.`,
        'If these attempts were not you, someone may be trying your password: once the lock ends, choose a new password and check "Security log" on your account page.',
        `Reset your password: ${publicUrl}/forgot-password`,
      ].join('\n\n'),
    });
  };
}
