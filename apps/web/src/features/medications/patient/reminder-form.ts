import type { ReminderPreferencesView } from '@nexus/contracts';
import { parseNumber } from '../../records/writing/form-values.ts';
import { medicationStrings as s } from '../medications.strings.ts';

/** The reminder settings as the form holds them: numbers and times as typed. */
export type ReminderDraft = {
  zone: string;
  push: boolean;
  email: boolean;
  sms: boolean;
  hasQuietHours: boolean;
  quietStart: string;
  quietEnd: string;
  graceMinutes: string;
  caregiverEmail: string;
  notifyDoctor: boolean;
  refillAlertDays: string;
};

export type ReminderErrors = Partial<
  Record<'quietStart' | 'quietEnd' | 'graceMinutes' | 'caregiverEmail' | 'refillAlertDays', string>
>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const reminderDraftOf = (view: ReminderPreferencesView): ReminderDraft => ({
  zone: view.zone,
  ...view.channels,
  hasQuietHours: view.quietHours !== null,
  quietStart: view.quietHours?.start ?? '22:00',
  quietEnd: view.quietHours?.end ?? '07:00',
  graceMinutes: String(view.graceMinutes),
  caregiverEmail: view.caregiverEmail ?? '',
  notifyDoctor: view.notifyDoctor,
  refillAlertDays: String(view.refillAlertDays),
});

function wholeIn(text: string, min: number, max: number): number | null {
  const value = parseNumber(text);
  return value !== null && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** The preferences to save, or what is wrong with the form. */
export function checkReminders(draft: ReminderDraft): {
  preferences: ReminderPreferencesView | null;
  errors: ReminderErrors;
} {
  const errors: ReminderErrors = {};
  if (draft.hasQuietHours) {
    if (!TIME.test(draft.quietStart)) errors.quietStart = s.timeInvalid;
    if (!TIME.test(draft.quietEnd)) errors.quietEnd = s.timeInvalid;
    else if (draft.quietStart === draft.quietEnd) errors.quietEnd = s.quietSame;
  }
  const graceMinutes = wholeIn(draft.graceMinutes, 15, 360);
  if (graceMinutes === null) errors.graceMinutes = s.wholeBetween(15, 360);
  const refillAlertDays = wholeIn(draft.refillAlertDays, 1, 60);
  if (refillAlertDays === null) errors.refillAlertDays = s.wholeBetween(1, 60);
  const caregiverEmail = draft.caregiverEmail.trim();
  if (caregiverEmail !== '' && !EMAIL.test(caregiverEmail)) errors.caregiverEmail = s.caregiverInvalid;
  if (Object.keys(errors).length > 0 || graceMinutes === null || refillAlertDays === null)
    return { preferences: null, errors };
  return {
    preferences: {
      zone: draft.zone,
      channels: { push: draft.push, email: draft.email, sms: draft.sms },
      quietHours: draft.hasQuietHours ? { start: draft.quietStart, end: draft.quietEnd } : null,
      graceMinutes,
      caregiverEmail: caregiverEmail === '' ? null : caregiverEmail,
      notifyDoctor: draft.notifyDoctor,
      refillAlertDays,
    },
    errors,
  };
}
