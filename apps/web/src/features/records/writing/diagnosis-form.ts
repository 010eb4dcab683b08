import { AddConditionRequest, type ConditionClinicalStatus, type ConditionConcept } from '@nexus/contracts';
import { isCalendarDate, localToday } from './form-values.ts';
import { writingStrings as s } from './writing.strings.ts';

export type VerificationChoice = AddConditionRequest['verificationStatus'];

export type DiagnosisDraft = {
  concept: ConditionConcept | null;
  clinicalStatus: ConditionClinicalStatus;
  verificationStatus: VerificationChoice;
  onsetDate: string;
  note: string;
};

export type DiagnosisErrors = Partial<Record<'concept' | 'onsetDate' | 'note', string>>;

/** The longest note the server keeps with a diagnosis. */
export const NOTE_MAX = AddConditionRequest.shape.note.unwrap().maxLength ?? 2000;

/** Checks the diagnosis form: a condition chosen from the catalogue, a real onset not in the future. */
export function checkDiagnosis(
  draft: DiagnosisDraft,
  now: Date,
): { request: AddConditionRequest | null; errors: DiagnosisErrors } {
  const errors: DiagnosisErrors = {};
  const snomed = draft.concept?.snomed;
  if (!snomed?.system || !snomed.code) errors.concept = s.conditionRequired;
  const onset = draft.onsetDate.trim();
  if (onset !== '' && !isCalendarDate(onset)) errors.onsetDate = s.onsetInvalid;
  // Dates compare as text in YYYY-MM-DD form.
  else if (onset !== '' && onset > localToday(now)) errors.onsetDate = s.onsetFuture;
  const note = draft.note.trim();
  if (note.length > NOTE_MAX) errors.note = s.noteTooLong(NOTE_MAX);
  if (Object.keys(errors).length > 0 || !snomed?.system || !snomed.code) return { request: null, errors };
  return {
    request: {
      code: { system: snomed.system, code: snomed.code, display: snomed.display },
      clinicalStatus: draft.clinicalStatus,
      verificationStatus: draft.verificationStatus,
      ...(onset ? { onsetDate: onset } : {}),
      ...(note ? { note } : {}),
    },
    errors,
  };
}
