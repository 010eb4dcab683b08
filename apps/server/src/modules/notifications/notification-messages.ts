import type { OutgoingMail } from '../mail/index.ts';

/** What the e-mail and SMS channels say about a notification: its fixed sentence and its link. */
export type MessageSource = { title: string; link: string };

/** The link as an address outside the app can open. */
export const absoluteLink = (publicUrl: string, link: string) => `${publicUrl}${link}`;

/**
 * The e-mail: a subject that says only that there is something to see (subjects show in previews and
 * shared inboxes), the notification's sentence and its link in the body.
 */
export function notificationMail(to: string, source: MessageSource, publicUrl: string): OutgoingMail {
  return {
    to,
    subject: 'You have a new notification in LifeCare Nexus',
    text: [
      source.title,
      `Open it in LifeCare Nexus: ${absoluteLink(publicUrl, source.link)}`,
      'You receive these e-mails because notifications by e-mail are turned on for your account.',
    ].join('\n\n'),
  };
}

/** The SMS: the product's name, the sentence and the link, nothing more. */
export const notificationSms = (source: MessageSource, publicUrl: string): string =>
  `LifeCare Nexus: ${source.title} ${absoluteLink(publicUrl, source.link)}`;
