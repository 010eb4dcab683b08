import type { InvitableRole } from '@nexus/contracts';
import type { OutgoingMail } from '../mail/index.ts';

/**
 * The texts of the account e-mails. Plain text only; links carry their token in the URL fragment
 * (after #), which browsers never send to a server, so it cannot end up in access logs or a Referer.
 * A name typed in by an anonymous visitor is never repeated in them (no phishing text through our mail).
 */
const SIGNATURE = '\n\n— LifeCare Nexus\nThis message was sent automatically; replies are not read.';

const ROLE_NAMES: Record<InvitableRole, string> = {
  patient: 'patient',
  doctor: 'doctor',
  nurse: 'nurse',
  pharmacist: 'pharmacist',
  dietitian: 'dietitian',
  blood_bank_staff: 'blood bank staff member',
  donor: 'blood donor',
  org_admin: 'administrator',
};

export const linkTo = (publicUrl: string, page: string, token: string) =>
  `${publicUrl}/${page}#token=${token}`;

export function verificationMail(to: string, link: string, validHours: number): OutgoingMail {
  return {
    to,
    subject: 'Confirm your e-mail address for LifeCare Nexus',
    text:
      [
        'Hello,',
        '',
        'Someone (we hope you) asked to create a LifeCare Nexus account with this e-mail address. To confirm the address and create the account, open this link:',
        '',
        link,
        '',
        `The link works once, for ${validHours} hours. If you did not ask for an account, ignore this message: no account is created without the link.`,
      ].join('\n') + SIGNATURE,
  };
}

export function signUpForExistingAccountMail(
  to: string,
  accountName: string,
  links: { signIn: string; resetPassword: string },
): OutgoingMail {
  return {
    to,
    subject: 'Someone tried to register with your e-mail address',
    text:
      [
        `Hello ${accountName},`,
        '',
        'Someone tried to create a new LifeCare Nexus account with this e-mail address, but you already have an account with it. Nothing was changed.',
        '',
        `If it was you, sign in instead: ${links.signIn}`,
        `If you have forgotten your password, choose a new one here: ${links.resetPassword}`,
        '',
        'If it was not you, you can ignore this message; your account is safe.',
      ].join('\n') + SIGNATURE,
  };
}

export function passwordResetMail(
  to: string,
  accountName: string,
  link: string,
  validMinutes: number,
): OutgoingMail {
  return {
    to,
    subject: 'Choose a new password for LifeCare Nexus',
    text:
      [
        `Hello ${accountName},`,
        '',
        'Someone (we hope you) asked to reset the password of your LifeCare Nexus account. To choose a new password, open this link:',
        '',
        link,
        '',
        `The link works once, for ${validMinutes} minutes; asking again makes earlier links stop working. Your second factor (authenticator app, passkey or recovery code) is still needed to sign in afterwards.`,
        '',
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ].join('\n') + SIGNATURE,
  };
}

export function passwordResetWithoutAccountMail(to: string, signUpLink: string): OutgoingMail {
  return {
    to,
    subject: 'Password reset requested for LifeCare Nexus',
    text:
      [
        'Hello,',
        '',
        'Someone (maybe you) asked to reset the password of a LifeCare Nexus account with this e-mail address, but there is no account with this address.',
        '',
        `If it was you, perhaps you signed up with another address. You can also create an account: ${signUpLink}`,
        '',
        'If it was not you, ignore this message.',
      ].join('\n') + SIGNATURE,
  };
}

export function passwordResetForDisabledAccountMail(to: string, accountName: string): OutgoingMail {
  return {
    to,
    subject: 'Password reset requested for LifeCare Nexus',
    text:
      [
        `Hello ${accountName},`,
        '',
        'Someone (maybe you) asked to reset the password of your LifeCare Nexus account, but the account is disabled, so its password cannot be reset. If you need access again, contact the administrator of your organisation.',
      ].join('\n') + SIGNATURE,
  };
}

export function passwordChangedMail(to: string, accountName: string, resetLink: string): OutgoingMail {
  return {
    to,
    subject: 'Your LifeCare Nexus password was changed',
    text:
      [
        `Hello ${accountName},`,
        '',
        'The password of your LifeCare Nexus account was just changed through a password-reset link, and every device signed in to your account was signed out.',
        '',
        `If this was you, there is nothing more to do. If it was not, choose a new password at once (${resetLink}) and tell your organisation's administrator.`,
      ].join('\n') + SIGNATURE,
  };
}

export function invitationMail(
  to: string,
  invitation: { displayName: string; organisationName: string; role: InvitableRole; inviterName: string },
  link: string,
  validDays: number,
): OutgoingMail {
  return {
    to,
    subject: `You are invited to join ${invitation.organisationName} on LifeCare Nexus`,
    text:
      [
        `Hello ${invitation.displayName},`,
        '',
        `${invitation.inviterName} invites you to join ${invitation.organisationName} on LifeCare Nexus as ${articleFor(ROLE_NAMES[invitation.role])}. To accept, open this link:`,
        '',
        link,
        '',
        `The link works once, for ${validDays} days. If you already have a LifeCare Nexus account with this address, you accept with its password; otherwise you choose one.`,
        '',
        'If you did not expect this invitation, ignore this message.',
      ].join('\n') + SIGNATURE,
  };
}

const articleFor = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);
