import type { TablerIcon } from '@tabler/icons-react';
import type { NavPageEntry } from '../../../portals/shared/portal.types.ts';
import { accessStrings } from '../access.strings.ts';

/** "My patients", for the portals of clinicians who take part in care relationships. */
export const myPatientsEntry = (icon: TablerIcon): NavPageEntry => ({
  kind: 'page',
  id: 'my-patients',
  path: 'patients',
  label: accessStrings.myPatientsNav,
  icon,
  load: () => import('./MyPatientsPage.tsx').then((module) => module.MyPatientsPage),
});
