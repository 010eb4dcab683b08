import { IconChartDots, IconPill, IconPrescription } from '@tabler/icons-react';
import type { NavHiddenEntry, NavPageEntry } from '../../portals/shared/portal.types.ts';
import { medicationStrings as s } from './medications.strings.ts';
import { pharmacyStrings } from './pharmacy/pharmacy.strings.ts';
import { prescribingStrings } from './prescribing/prescribing.strings.ts';

const loadMedicinesPage = () => import('./patient/MedicinesPage.tsx').then((module) => module.MedicinesPage);

/** The patient's Medicines: today's doses, prescriptions and their codes, adherence, reminder settings. */
export const medicinesEntry: NavPageEntry = {
  kind: 'page',
  id: 'medications',
  path: 'medications',
  label: s.medicinesNav,
  icon: IconPill,
  load: loadMedicinesPage,
};

/** Where dose reminders link to (`…/medications/today#dose-<id>`): the same page, on Today. */
export const medicinesTodayEntry: NavHiddenEntry = {
  kind: 'hidden',
  id: 'medications-today',
  path: 'medications/today',
  load: loadMedicinesPage,
};

/** The clinician's patients who are missing doses. */
export const poorAdherenceEntry: NavPageEntry = {
  kind: 'page',
  id: 'adherence',
  path: 'adherence',
  label: prescribingStrings.adherenceNav,
  icon: IconChartDots,
  load: () => import('./prescribing/PoorAdherencePage.tsx').then((module) => module.PoorAdherencePage),
};

/** The pharmacist verifies a prescription code (scanned or typed) and dispenses it. */
export const dispenseEntry: NavPageEntry = {
  kind: 'page',
  id: 'dispense',
  path: 'dispense',
  label: pharmacyStrings.dispenseNav,
  icon: IconPrescription,
  load: () => import('./pharmacy/DispensePage.tsx').then((module) => module.DispensePage),
};

/** The chart tab that holds a patient's prescriptions (`?tab=prescriptions`). */
export const PRESCRIPTIONS_TAB = 'prescriptions';
