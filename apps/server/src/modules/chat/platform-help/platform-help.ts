import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@nexus/contracts';
import { serverRoot } from '../../../platform/paths.ts';
import { type HelpLink, type HelpTopic, parseHelpTopic } from './help-front-matter.ts';
import { bestHelpTopic, buildHelpIndex } from './help-search.ts';

export { HelpFormatError, type HelpLink, type HelpTopic, parseHelpTopic } from './help-front-matter.ts';

/** The repository's user help pages (docs/help/*.md), which the assistant answers how-to questions from. */
export const platformHelpDir = join(serverRoot, '..', '..', 'docs', 'help');

/**
 * Where each role's portal lives in the web app (apps/web/src/portals/<portal>/navigation.ts); a help
 * link `/:portal/account` becomes the asker's own account page. The test checks this against the web
 * app's registry.
 */
export const portalPathByRole: Readonly<Record<Role, string>> = {
  patient: '/patient',
  doctor: '/doctor',
  nurse: '/nurse',
  pharmacist: '/pharmacy',
  dietitian: '/nutrition',
  blood_bank_staff: '/blood-bank',
  donor: '/donor',
  org_admin: '/admin',
  platform_admin: '/admin',
};

/** The placeholder for "the asker's portal" at the start of a help link's path. */
export const PORTAL_PLACEHOLDER = '/:portal';

export type HelpAnswer =
  | {
      kind: 'answer';
      topic: HelpTopic;
      /** The summary, then the steps and notes, as light markdown. */
      text: string;
      /** The topic's links with `/:portal` resolved for the asker. */
      links: HelpLink[];
    }
  | { kind: 'unknown' };

export type PlatformHelp = {
  topics: readonly HelpTopic[];
  /** The help page that answers a how-to question, preferring pages for the asker's role. */
  answer(question: string, role: Role | null): HelpAnswer;
};

/**
 * A link for this asker: `/:portal/…` goes to the asker's portal when the topic is for their role,
 * otherwise to the portal of the topic's first role (a doctor reading a patient topic sees where the
 * patient would go).
 */
export function resolveHelpLinks(topic: HelpTopic, role: Role | null): HelpLink[] {
  const forRole = role && topic.roles.includes(role) ? role : topic.roles[0];
  const portal = forRole ? portalPathByRole[forRole] : portalPathByRole.patient;
  return topic.links.map((link) =>
    link.path === PORTAL_PLACEHOLDER || link.path.startsWith(`${PORTAL_PLACEHOLDER}/`)
      ? { label: link.label, path: `${portal}${link.path.slice(PORTAL_PLACEHOLDER.length)}` }
      : link,
  );
}

/** Answers from topics already read (for tests with hand-made topics, and for the loader). */
export function createPlatformHelp(topics: readonly HelpTopic[]): PlatformHelp {
  const index = buildHelpIndex(topics);
  return {
    topics,
    answer(question, role) {
      const best = bestHelpTopic(index, question.slice(0, 1000), role);
      if (!best) return { kind: 'unknown' };
      const { topic } = best;
      return {
        kind: 'answer',
        topic,
        text: topic.body === '' ? topic.summary : `${topic.summary}\n\n${topic.body}`,
        links: resolveHelpLinks(topic, role),
      };
    },
  };
}

/**
 * Reads every help page once, synchronously: there are a few dozen small files, read at start. A page
 * that does not follow the format stops the start (HelpFormatError names it), so a broken page is
 * found by the tests rather than by a user.
 */
export function loadPlatformHelp(dir: string = platformHelpDir): PlatformHelp {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const topics = files.map((name) =>
    parseHelpTopic(name.slice(0, -'.md'.length), readFileSync(join(dir, name), 'utf8')),
  );
  return createPlatformHelp(topics);
}
