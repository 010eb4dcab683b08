import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import { serverRoot } from '../../../platform/paths.ts';
import { HelpFormatError, parseHelpTopic } from './help-front-matter.ts';
import { loadPlatformHelp, PORTAL_PLACEHOLDER, portalPathByRole, resolveHelpLinks } from './platform-help.ts';

const webSrc = join(serverRoot, '..', 'web', 'src');
const read = (...parts: string[]) => readFileSync(join(webSrc, ...parts), 'utf8');
const allMatches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => m[1] ?? '');

/** Every `export const <name>Entry` of the web app with the path it declares (entries live in features). */
function entryPaths(): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(item.name) && !item.name.includes('.test.')) {
        const text = readFileSync(full, 'utf8');
        for (const m of text.matchAll(/export const (\w+Entry)\b[\s\S]*?path: '([^']*)'/g)) {
          paths.set(m[1] ?? '', m[2] ?? '');
        }
      }
    }
  };
  walk(webSrc);
  return paths;
}

type Portal = { path: string; roles: string[]; pages: string[] };

/** The portals as the web app's registry defines them, read from each portal's navigation.ts. */
function webPortals(): Portal[] {
  const entries = entryPaths();
  return readdirSync(join(webSrc, 'portals'))
    .filter((name) => name !== 'shared' && !name.includes('.'))
    .map((name) => {
      const text = read('portals', name, 'navigation.ts');
      const path = /path: '(\/[^']*)'/.exec(text)?.[1] ?? '';
      const roles = allMatches(/'([a-z_]+)'/g, /roles: \[([^\]]*)\]/.exec(text)?.[1] ?? '');
      const navigation = text.slice(text.indexOf('navigation: ['));
      const inline = allMatches(/path: '([^/'][^']*|)'/g, navigation);
      const shared = allMatches(/\b(\w+Entry)\b/g, navigation).map((id) => entries.get(id));
      const pages = [...inline, ...shared].filter((page): page is string => page !== undefined);
      return { path, roles, pages };
    });
}

/** Route patterns of the app: top-level routes from router.tsx, then every portal page. */
function routePatterns(portals: readonly Portal[]): string[] {
  const topLevel = allMatches(/path: '(\/[^']*)'/g, read('app', 'router.tsx'));
  const pages = portals.flatMap((portal) =>
    portal.pages.map((page) => (page === '' ? portal.path : `${portal.path}/${page}`)),
  );
  return ['/', ...topLevel, ...pages];
}

const matchesPattern = (path: string, pattern: string) => {
  const a = path.split('/');
  const b = pattern.split('/');
  return a.length === b.length && b.every((part, i) => part.startsWith(':') || part === a[i]);
};

/** The `?tab=` values a tabbed page accepts, from its `const TABS = [...]`. */
const tabsOf = (...file: string[]) =>
  allMatches(/'([a-z-]+)'/g, /const TABS = \[([^\]]*)\]/.exec(read(...file))?.[1] ?? '');
const TABBED_PAGES: ReadonlyArray<{ pattern: string; tabs: string[] }> = [
  {
    pattern: '/patient/medications',
    tabs: tabsOf('features', 'medications', 'patient', 'MedicinesPage.tsx'),
  },
  {
    pattern: '/patient/medications/today',
    tabs: tabsOf('features', 'medications', 'patient', 'MedicinesPage.tsx'),
  },
  { pattern: '/:portal/patients/:patientId', tabs: tabsOf('features', 'records', 'chart', 'ChartTabs.tsx') },
];

const help = loadPlatformHelp();
const portals = webPortals();
const patterns = routePatterns(portals);

describe('the help pages in docs/help', () => {
  it('are 25 to 40 topics, each with a title, roles, keywords, a summary and links', () => {
    expect(help.topics.length).toBeGreaterThanOrEqual(25);
    expect(help.topics.length).toBeLessThanOrEqual(40);
    for (const topic of help.topics) {
      expect(topic.title, topic.id).not.toBe('');
      expect(topic.roles.length, topic.id).toBeGreaterThan(0);
      expect(topic.keywords.length, topic.id).toBeGreaterThan(0);
      expect(topic.links.length, topic.id).toBeGreaterThan(0);
      expect(topic.summary.length, topic.id).toBeGreaterThan(80);
      expect(topic.body, topic.id).toMatch(/^1\. /m);
    }
  });

  it('link only to routes the web router has, with tabs the page knows', () => {
    expect(patterns).toContain('/patient/medications');
    for (const topic of help.topics) {
      for (const role of topic.roles) {
        for (const link of resolveHelpLinks(topic, role)) {
          const [pathAndQuery = '', hash] = link.path.split('#');
          const [path = '', query] = pathAndQuery.split('?');
          const where = `${topic.id}: ${link.path} (${role})`;
          expect(hash, where).toBeUndefined();
          expect(
            patterns.some((pattern) => matchesPattern(path, pattern)),
            where,
          ).toBe(true);
          const tab = new URLSearchParams(query).get('tab');
          if (tab === null) continue;
          const page = TABBED_PAGES.find(({ pattern }) =>
            matchesPattern(path, pattern.replace(PORTAL_PLACEHOLDER, `/${path.split('/')[1]}`)),
          );
          expect(page?.tabs, where).toContain(tab);
        }
      }
    }
  });

  it('send each role to its own portal, as the web registry defines them', () => {
    for (const role of Role.options) {
      const portal = portals.find((p) => p.roles.includes(role));
      expect(portal?.path, role).toBe(portalPathByRole[role]);
    }
  });
});

const answers: ReadonlyArray<readonly [string, Role | null, string]> = [
  ['How do I turn on a passkey?', 'patient', 'passkeys'],
  ['Where can I see who looked at my records?', 'patient', 'access-log'],
  ['how do I snooze a reminder', 'patient', 'todays-doses'],
  ['How do I invite a nurse?', 'org_admin', 'invitations'],
  ['How do I verify the audit log?', 'platform_admin', 'audit-log'],
  ['Can I book an appointment?', 'patient', 'appointments'],
  ['How do I set quiet hours for my reminders?', 'patient', 'reminder-settings'],
  ['how do I change my time zone', 'patient', 'reminder-settings'],
  ['Can my daughter be told when I miss a dose?', 'patient', 'reminder-settings'],
  ['How do I mark a dose as taken?', 'patient', 'todays-doses'],
  ['How do I add ibuprofen to my medicines?', 'patient', 'add-own-medicine'],
  ['Where is my prescription QR code?', 'patient', 'prescription-code'],
  ['how do I see my adherence', 'patient', 'medicine-adherence'],
  ['How do I share my record with my doctor?', 'patient', 'share-record'],
  ['Where do I find my patient ID?', 'patient', 'share-record'],
  ['How can I export my record as FHIR?', 'patient', 'download-record'],
  ['Where can I see my blood test results over time?', 'patient', 'timeline-charts-documents'],
  ['Where are my risk results?', 'patient', 'risk-results'],
  ['How do I fill in the symptoms questionnaire?', 'patient', 'symptoms-questionnaire'],
  ['I forgot my password', null, 'reset-password'],
  ['How do I log in?', null, 'sign-in'],
  ['I lost my phone, how do I sign in?', 'nurse', 'recovery-codes'],
  ['How do I enable two-factor authentication?', 'doctor', 'authenticator-app'],
  ['How do I turn on push notifications?', 'pharmacist', 'notifications'],
  ['How do I create an API token?', 'doctor', 'api-tokens'],
  ['How do I sign out of my other devices?', 'patient', 'sessions'],
  ['How do I switch to the doctor portal?', 'doctor', 'portals-and-roles'],
  ['How do I admit a patient?', 'doctor', 'my-patients'],
  ['How do I open emergency access to a record?', 'nurse', 'emergency-access'],
  ['How do I record vitals?', 'nurse', 'patient-chart'],
  ['How do I prescribe with a safety alert override?', 'doctor', 'prescribing'],
  ['Where do I see patients missing doses?', 'doctor', 'adherence-list'],
  ['How do I review a risk result?', 'doctor', 'risk-reviews'],
  ['Where is the population report?', 'doctor', 'population'],
  ['Where do I read the assistant summary a patient sent?', 'doctor', 'appointments'],
  ['How do I dispense a prescription?', 'pharmacist', 'dispense'],
  ['How do I change a member’s roles?', 'org_admin', 'members'],
  ['How do I review emergency alerts?', 'org_admin', 'emergency-alerts'],
  ['How do I import FHIR bundles?', 'org_admin', 'fhir-import'],
  ['Why did an invitation e-mail not arrive? Where is the outbox?', 'platform_admin', 'outbox'],
  ['What can the assistant do?', 'patient', 'health-assistant'],
  ['passkeys', null, 'passkeys'],
];

const notHelp: ReadonlyArray<readonly [string, Role | null]> = [
  ['What is diabetes?', 'patient'],
  ['I have a headache', 'patient'],
  ['What is the capital of France?', null],
  ['Can I take ibuprofen with paracetamol?', 'patient'],
  ['How do I lower my blood pressure?', 'patient'],
  ['What is a normal heart rate?', 'patient'],
  ['My chest hurts and I feel dizzy', 'patient'],
  ['What are the side effects of metformin?', 'patient'],
  ['Should I see a doctor about my cough?', 'patient'],
  ['How do I know if I have cancer?', 'patient'],
  ['How do I stop smoking?', 'patient'],
  ['Where is the nearest hospital?', 'patient'],
  ['Tell me a joke', null],
  ['', 'patient'],
];

describe('answering', () => {
  it.each(answers)('%s (%s) → %s', (question, role, id) => {
    const answer = help.answer(question, role);
    expect(answer.kind === 'answer' ? answer.topic.id : 'unknown').toBe(id);
  });

  it.each(notHelp)('%s (%s) → unknown', (question, role) => {
    expect(help.answer(question, role).kind).toBe('unknown');
  });

  it('gives the summary, the steps and links into the asker’s own portal', () => {
    const answer = help.answer('How do I add a passkey?', 'pharmacist');
    expect(answer.kind).toBe('answer');
    if (answer.kind !== 'answer') return;
    expect(answer.text.startsWith(answer.topic.summary)).toBe(true);
    expect(answer.text).toContain('1. ');
    expect(answer.links).toEqual([{ label: 'Passkeys', path: '/pharmacy/account' }]);
    const forNobody = help.answer('How do I add a passkey?', null);
    expect(forNobody.kind === 'answer' && forNobody.links[0]?.path).toBe('/patient/account');
  });
});

describe('parseHelpTopic', () => {
  const page = (head: string) => `---\n${head}\n---\nThe answer.\n\n1. A step.\n`;
  const valid = 'title: T\nroles: [patient]\nkeywords: [k]\nlinks:\n  - label: L\n    path: /patient';

  it('reads the front matter, the summary and the body', () => {
    expect(parseHelpTopic('t', page(`title: "A: B"\n${valid.slice(valid.indexOf('\n') + 1)}`))).toEqual({
      id: 't',
      title: 'A: B',
      roles: ['patient'],
      keywords: ['k'],
      links: [{ label: 'L', path: '/patient' }],
      summary: 'The answer.',
      body: '1. A step.',
    });
  });

  it.each([
    ['no front matter', 'Just text'],
    ['an unknown role', page(valid.replace('[patient]', '[surgeon]'))],
    ['no links', page(valid.slice(0, valid.indexOf('links:')))],
    ['a link out of the app', page(valid.replace('/patient', 'https://example.org'))],
    ['a line it cannot read', page(`${valid}\n  nonsense`)],
  ])('refuses a page with %s', (_, source) => {
    expect(() => parseHelpTopic('t', source)).toThrow(HelpFormatError);
  });
});
