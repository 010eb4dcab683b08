import type { Role } from '@nexus/contracts';
import type { TablerIcon } from '@tabler/icons-react';
import type { ComponentType } from 'react';

export type PortalId =
  | 'patient'
  | 'doctor'
  | 'nurse'
  | 'pharmacist'
  | 'dietitian'
  | 'blood-bank'
  | 'donor'
  | 'admin';

/** A page of the portal, routed at `<portal path>/<path>` ('' is the portal's home) and loaded on demand. */
export type NavPageEntry = {
  kind: 'page';
  /** Stable within the portal; used as React key and test hook. */
  id: string;
  /** Relative to the portal: '' for its home, 'account', 'patients', … */
  path: string;
  label: string;
  icon: TablerIcon;
  load: () => Promise<ComponentType>;
  /**
   * Listed in the navigation only for members holding one of these roles (default: everyone who may
   * use the portal). The page stays routable and explains itself to anyone else who opens it.
   */
  roles?: readonly Role[];
};

/** A link out of the single-page app (the API documentation, say), opened with a full page load. */
export type NavExternalEntry = {
  kind: 'external';
  id: string;
  href: string;
  label: string;
  icon: TablerIcon;
};

/**
 * A page reached from another page rather than from the menu (a patient's chart, from My patients):
 * routed at `<portal path>/<path>` like a page entry, never listed in the navigation.
 */
export type NavHiddenEntry = {
  kind: 'hidden';
  id: string;
  /** Relative to the portal, with route parameters: 'patients/:patientId'. */
  path: string;
  load: () => Promise<ComponentType>;
};

/** What the navigation menu lists: pages and links out. */
export type NavListedEntry = NavPageEntry | NavExternalEntry;

export type NavEntry = NavListedEntry | NavHiddenEntry;

/**
 * One portal: who may use it, how it presents itself, and its navigation. A feature that adds a page to
 * a portal adds one entry to that portal's `navigation.ts`; routes and menus are derived from it (hidden
 * entries are routed but not listed).
 */
export type PortalDefinition = {
  id: PortalId;
  /** Where the portal lives, e.g. '/patient'. */
  path: `/${string}`;
  /** Members holding any of these roles may use the portal. */
  roles: readonly Role[];
  title: string;
  /** One sentence: what this portal is for, shown on its home page and in the portal chooser. */
  purpose: string;
  /** The kinds of work the portal is built for, shown on its home page. */
  scope: readonly string[];
  icon: TablerIcon;
  navigation: readonly NavEntry[];
};

/** Identity function that checks a portal definition against the type (and keeps literal types). */
export const definePortal = (portal: PortalDefinition): PortalDefinition => portal;
