import {
  AdherenceView,
  CatalogueSearchResult,
  DoseList,
  PharmacyQueue,
  PoorAdherenceList,
  PrescriptionList,
  ReminderPreferencesView,
} from '@nexus/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/http-client.ts';
import { medicationKeys } from './keys.ts';
import {
  adherencePath,
  dosesTodayPath,
  medicineSearchPath,
  pharmacyPath,
  poorAdherencePath,
  prescriptionsPath,
  reminderPreferencesPath,
} from './paths.ts';

/** Searching starts at this many characters; fewer match too much to be useful. */
export const MIN_SEARCH_LENGTH = 2;
const SEARCH_LIMIT = 10;

/**
 * How often the day's doses are asked for again: a reminder the server sends changes a dose's status,
 * and the list should show it without a reload (it is also asked for again when the window regains focus).
 */
const DOSES_REFRESH_MS = 30_000;

/** Medicines whose generic or brand name matches, each with its products. */
export const useMedicineSearch = (query: string) =>
  useQuery({
    queryKey: medicationKeys.catalogue(query),
    queryFn: ({ signal }) =>
      apiClient.json(medicineSearchPath(query, SEARCH_LIMIT), CatalogueSearchResult, { signal }),
    enabled: query.length >= MIN_SEARCH_LENGTH,
    select: (result) => result.drugs,
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });

/** The patient's prescriptions, newest first, with what has been dispensed of each. */
export const usePrescriptions = (patientId: string) =>
  useQuery({
    queryKey: medicationKeys.prescriptions(patientId),
    queryFn: ({ signal }) => apiClient.json(prescriptionsPath(patientId), PrescriptionList, { signal }),
    select: (list) => list.prescriptions,
  });

/** The doses of the patient's local today, kept current while the page is open. */
export const useDosesToday = (patientId: string) =>
  useQuery({
    queryKey: medicationKeys.doses(patientId),
    queryFn: ({ signal }) => apiClient.json(dosesTodayPath(patientId), DoseList, { signal }),
    refetchInterval: DOSES_REFRESH_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });

/** Doses taken over 7, 30 and 90 days, per medicine, day by day, and the supply left. */
export const useAdherence = (patientId: string) =>
  useQuery({
    queryKey: medicationKeys.adherence(patientId),
    queryFn: ({ signal }) => apiClient.json(adherencePath(patientId), AdherenceView, { signal }),
  });

/** How, when and to whom reminders go. */
export const useReminderPreferences = (patientId: string) =>
  useQuery({
    queryKey: medicationKeys.reminderPreferences(patientId),
    queryFn: ({ signal }) =>
      apiClient.json(reminderPreferencesPath(patientId), ReminderPreferencesView, { signal }),
  });

/** The clinician's patients who took fewer than 80% of their doses over 30 days. */
export const usePoorAdherence = () =>
  useQuery({
    queryKey: medicationKeys.poorAdherence,
    queryFn: ({ signal }) => apiClient.json(poorAdherencePath, PoorAdherenceList, { signal }),
  });

/** Prescriptions sent to this pharmacy, waiting to be dispensed. */
export const usePharmacyQueue = (organisationId: string) =>
  useQuery({
    queryKey: medicationKeys.pharmacyQueue(organisationId),
    queryFn: ({ signal }) =>
      apiClient.json(`${pharmacyPath(organisationId)}/queue`, PharmacyQueue, { signal }),
  });
