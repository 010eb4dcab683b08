import {
  type AddOwnMedicationRequest,
  AddOwnMedicationResult,
  type DispenseRequest,
  DispenseResult,
  type DoseAction,
  type DoseList,
  DoseView,
  type PrescribeRequest,
  PrescriptionView,
  type ProposedMedication,
  ReminderPreferencesView,
  SafetyCheckResult,
  VerifiedPrescription,
} from '@nexus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error.ts';
import { apiClient } from '../../../api/http-client.ts';
import { recordKeys } from '../../records/api/keys.ts';
import { medicationKeys } from './keys.ts';
import {
  dosePath,
  ownMedicationsPath,
  pharmacyPath,
  prescriptionPath,
  prescriptionsPath,
  reminderPreferencesPath,
  safetyCheckPath,
} from './paths.ts';

/** What the safety check finds for a medicine and dosage, against the patient's medicines and allergies. */
export function useSafetyCheck(patientId: string) {
  return useMutation({
    mutationFn: (body: ProposedMedication) =>
      apiClient.json(safetyCheckPath(patientId), SafetyCheckResult, { method: 'POST', body }),
  });
}

/** Signs a prescription; the record, the doses and adherence of the patient are refreshed with it. */
export function usePrescribe(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PrescribeRequest) =>
      apiClient.json(prescriptionsPath(patientId), PrescriptionView, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordKeys.patient(patientId) }),
  });
}

/** Cancels an active prescription: pharmacies can no longer dispense it, and its reminders stop. */
export function useCancelPrescription(patientId: string, prescriptionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiClient.json(`${prescriptionPath(patientId, prescriptionId)}/cancel`, PrescriptionView, {
        method: 'POST',
        body: { reason },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: recordKeys.patient(patientId) }),
  });
}

/** A medicine the patient says they take, with what the safety check found about it. */
export function useAddOwnMedication(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddOwnMedicationRequest) =>
      apiClient.json(ownMedicationsPath(patientId), AddOwnMedicationResult, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordKeys.patient(patientId) }),
  });
}

/** Takes, skips or snoozes one dose. A dose that can no longer be changed (409) is read again. */
export function useDoseAction(patientId: string) {
  const queryClient = useQueryClient();
  const dosesKey = medicationKeys.doses(patientId);
  return useMutation({
    mutationFn: ({ doseId, action }: { doseId: string; action: DoseAction }) =>
      apiClient.json(dosePath(patientId, doseId), DoseView, { method: 'POST', body: action }),
    onSuccess: (dose) => {
      queryClient.setQueryData<DoseList>(dosesKey, (list) =>
        list ? { ...list, doses: list.doses.map((d) => (d.id === dose.id ? dose : d)) } : list,
      );
      return queryClient.invalidateQueries({ queryKey: medicationKeys.adherence(patientId) });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: dosesKey });
    },
  });
}

/** Saves the reminder preferences; a new time zone moves the coming doses, so the day's list is read again. */
export function useSaveReminderPreferences(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderPreferencesView) =>
      apiClient.json(reminderPreferencesPath(patientId), ReminderPreferencesView, { method: 'PUT', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(medicationKeys.reminderPreferences(patientId), saved);
      return queryClient.invalidateQueries({ queryKey: medicationKeys.doses(patientId) });
    },
  });
}

/** What a scanned or typed prescription code says, checked by the server; stores nothing but the audit. */
export function useVerifyPrescription(organisationId: string) {
  return useMutation({
    mutationFn: (token: string) =>
      apiClient.json(`${pharmacyPath(organisationId)}/prescriptions/verify`, VerifiedPrescription, {
        method: 'POST',
        body: { token },
      }),
  });
}

/** Dispenses units of a prescription; a retry with the same idempotency key repeats nothing. */
export function useDispense(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DispenseRequest) =>
      apiClient.json(`${pharmacyPath(organisationId)}/dispenses`, DispenseResult, { method: 'POST', body }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: medicationKeys.pharmacyQueue(organisationId) }),
  });
}
