import { recordKeys } from '../../records/api/keys.ts';

/**
 * Query keys of medicines. What belongs to one patient sits under the record's `patient(id)` key, so a
 * new prescription or an added medicine refreshes the chart's medication list with the rest.
 */
export const medicationKeys = {
  prescriptions: (patientId: string) => [...recordKeys.patient(patientId), 'prescriptions'] as const,
  doses: (patientId: string) => [...recordKeys.patient(patientId), 'doses', 'today'] as const,
  adherence: (patientId: string) => [...recordKeys.patient(patientId), 'adherence'] as const,
  reminderPreferences: (patientId: string) =>
    [...recordKeys.patient(patientId), 'reminder-preferences'] as const,
  /** The catalogue is the same for everyone, but kept per session like the other catalogues. */
  catalogue: (query: string) => ['medicines', 'search', query] as const,
  poorAdherence: ['adherence', 'poor'] as const,
  pharmacyQueue: (organisationId: string) => ['pharmacy', organisationId, 'queue'] as const,
};
