import { IconChartBar, IconClipboardCheck, IconGauge } from '@tabler/icons-react';
import type { NavHiddenEntry, NavPageEntry } from '../../portals/shared/portal.types.ts';
import { riskStrings as s } from './risk.strings.ts';

/** The patient's "My risks": their results in plain words, what is still needed, their treatment plans. */
export const myRisksEntry: NavPageEntry = {
  kind: 'page',
  id: 'risks',
  path: 'risks',
  label: s.myRisksNav,
  icon: IconGauge,
  load: () => import('./patient/MyRisksPage.tsx').then((module) => module.MyRisksPage),
};

/** The doctor's review queue. */
export const reviewsEntry: NavPageEntry = {
  kind: 'page',
  id: 'reviews',
  path: 'reviews',
  label: s.reviewsNav,
  icon: IconClipboardCheck,
  load: () => import('./reviews/ReviewQueuePage.tsx').then((module) => module.ReviewQueuePage),
};

/** One review, opened from the queue, a notification or the chart's Risk tab; not listed in the navigation. */
export const riskReviewEntry: NavHiddenEntry = {
  kind: 'hidden',
  id: 'risk-review',
  path: 'patients/:patientId/reviews/:reviewId',
  load: () => import('./reviews/RiskReviewPage.tsx').then((module) => module.RiskReviewPage),
};

/** Risk across the doctor's patients. */
export const populationEntry: NavPageEntry = {
  kind: 'page',
  id: 'population',
  path: 'population',
  label: s.populationNav,
  icon: IconChartBar,
  load: () => import('./population/PopulationPage.tsx').then((module) => module.PopulationPage),
};

/** Where a review is in a portal that has the review entry. */
export const riskReviewPath = (portalPath: string, patientId: string, reviewId: string) =>
  `${portalPath}/patients/${encodeURIComponent(patientId)}/reviews/${encodeURIComponent(reviewId)}`;
