import type { SafetyAlert } from '@nexus/contracts';

/** User-visible texts of prescribing and adherence for clinicians: the chart's tab, the dialog, the list. */
export const prescribingStrings = {
  retry: 'Try again',

  // The chart's tab.
  heading: 'Prescriptions',
  loading: 'Loading the prescriptions…',
  loadFailed: 'The prescriptions could not be loaded',
  empty: 'No prescriptions have been signed for this patient here.',
  prescribe: 'Prescribe',
  signedBy: (who: string, date: string) => `Signed by ${who} on ${date}`,
  expires: (date: string) => `valid until ${date}`,
  overriddenLabel: 'Alerts signed through',
  overridden: (title: string, severity: string) => `${title} (${severity})`,
  cancel: 'Cancel prescription',
  cancelLabel: (medicine: string) => `Cancel prescription: ${medicine}`,
  prescribed: (medicine: string) => `The prescription for ${medicine} is signed.`,
  cancelled: (medicine: string) => `The prescription for ${medicine} is cancelled.`,

  // Cancelling.
  cancelTitle: (medicine: string) => `Cancel ${medicine}?`,
  cancelBody:
    'Pharmacies can no longer dispense it, and the patient’s reminders for it stop. The patient is told.',
  cancelReasonLabel: 'Reason',
  cancelReasonHint: 'Kept in the record; the patient can read it.',
  cancelReasonRequired: 'Give a reason of at least 3 characters',
  cancelConfirm: 'Cancel prescription',
  keep: 'Keep it',
  cancelFailed: 'The prescription could not be cancelled',

  // The prescribe dialog.
  dialogTitle: 'Prescribe',
  closeDialog: 'Close',
  cancelDialog: 'Cancel',
  medicineLabel: 'Medicine',
  medicineHint: 'Search by generic or brand name, then choose the product.',
  medicineRequired: 'Choose a product from the catalogue',
  supplyHeading: 'Supply',
  quantityLabel: 'Quantity (units)',
  quantityHint: 'Tablets, capsules, mL… to dispense each time.',
  refillsLabel: 'Repeats',
  refillsHint: 'From 0 to 12.',
  validityLabel: 'Valid for (days)',
  validityHint: 'At most 30 days.',
  pharmacyLabel: 'Send to pharmacy (optional)',
  pharmacyHint: 'The pharmacy’s organisation ID. Leave empty to give the patient the code.',
  pharmacyInvalid: 'Enter an organisation ID like 00000000-0000-4000-8000-000000000001',
  remindersLabel: 'Remind the patient of each dose',
  wholeBetween: (min: number, max: number) => `Enter a whole number from ${min} to ${max}`,
  check: 'Check',
  checkAgain: 'Check again',
  checking: 'Checking…',
  checkFailed: 'The safety check did not work',
  sign: 'Sign prescription',
  signFailed: 'The prescription was not signed',
  needsCheck: 'Run the safety check before signing.',
  checkStale: 'The medicine or dosage changed since the check: check again before signing.',
  needsReasons: (count: number) =>
    count === 1
      ? 'Give a reason for the alert that needs one before signing.'
      : `Give a reason for each of the ${count} alerts that need one before signing.`,
  readyToSign: 'Checked. You can sign the prescription.',

  // Safety alerts.
  noAlerts: 'No interactions, duplicates, dose or allergy problems found.',
  alertsHeadingWithCount: (count: number) =>
    count === 0 ? 'Safety check' : `Safety check: ${count === 1 ? '1 alert' : `${count} alerts`}`,
  checkedStatus: (count: number) =>
    count === 0
      ? 'Safety check: no interactions, duplicates, dose or allergy problems found.'
      : `Safety check: ${count === 1 ? '1 alert' : `${count} alerts`}`,
  checkedAgainst: (medicines: string, allergies: string) =>
    `Checked against medicines: ${medicines || 'none'}; allergies: ${allergies || 'none'}.`,
  unmatched: (entries: string) => `Not in the catalogue, so not checked (check these yourself): ${entries}.`,
  alertKinds: {
    interaction: 'Interaction',
    'duplicate-therapy': 'Duplicate therapy',
    'dose-above-maximum': 'Dose above the maximum',
    allergy: 'Allergy',
    'allergy-cross-reactivity': 'Allergy cross-reactivity',
  } satisfies Record<SafetyAlert['kind'], string>,
  involvesLabel: 'Involves',
  mechanismLabel: 'Mechanism',
  managementLabel: 'Management',
  referenceLabel: 'Reference',
  needsOverride: 'Needs a reason to sign',
  overrideLabel: 'Reason to prescribe anyway',
  overrideHint: 'At least 5 characters. Kept, encrypted, with the prescription.',
  overrideTooShort: 'Write at least 5 characters',

  // Adherence across patients.
  adherenceNav: 'Adherence',
  adherenceTitle: 'Adherence',
  adherenceIntro: (percent: number) =>
    `Patients in your care who took fewer than ${percent}% of their doses over the last 30 days.`,
  adherenceLoading: 'Loading adherence…',
  adherenceLoadFailed: 'Adherence could not be loaded',
  adherenceEmpty: (percent: number) =>
    `Every patient in your care with reminders took at least ${percent}% of their doses.`,
  adherenceCaption: 'Patients missing doses, fewest taken first',
  patientColumn: 'Patient',
  takenColumn: 'Taken',
  percent: (percent: number) => `${percent}%`,
  missedColumn: 'Missed',
  dueColumn: 'Doses due',
  openChartLabel: (patient: string) => `${patient}: open prescriptions`,
  listHeading: 'Patients missing doses',
};
