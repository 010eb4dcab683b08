import type { NavHiddenEntry } from '../../../portals/shared/portal.types.ts';

/** A patient's chart, opened from My patients; not listed in the navigation itself. */
export const patientChartEntry: NavHiddenEntry = {
  kind: 'hidden',
  id: 'patient-chart',
  path: 'patients/:patientId',
  load: () => import('./PatientChartPage.tsx').then((module) => module.PatientChartPage),
};

/** Where a patient's chart is in a portal that has the chart entry. */
export const patientChartPath = (portalPath: string, patientId: string) =>
  `${portalPath}/patients/${encodeURIComponent(patientId)}`;
