import type { CareSource } from '@nexus/contracts';

/** What an audit action means to the patient whose record it touched. */
const accessActions: Record<string, string> = {
  'patient.read': 'Viewed your record',
  'patient.write': 'Changed your record',
  'patient.share': 'Tried to manage who can see your record',
  'patient.read_access_log': 'Tried to read this access log',
  'patient.break_glass': 'Asked for emergency access',
  'access.break_glass': 'Opened emergency access to your record',
  'access.admitted': 'Admitted you to their organisation',
  'access.granted': 'Was given access to your record',
  'access.revoked': 'Ended access to your record',
};

/** User-visible texts of sharing, care relationships and emergency access. */
export const accessStrings = {
  // The patient's page
  sharingNav: 'Sharing & access',
  sharingTitle: 'Sharing & access',
  sharingIntro:
    'Who can see your health record, and who has looked at it. Clinicians see your record only when you give them access, when you are admitted to their organisation, or in an emergency.',
  noPatientRecordTitle: 'You have no patient record',
  noPatientRecordDetail: 'Sharing is for patients. Your account does not have a patient record.',
  patientIdHeading: 'Your patient ID',
  patientIdIntro:
    'A clinic may ask for it to admit you, and emergency staff can use it to find your record. Keep it with your emergency contacts.',
  copyPatientId: 'Copy patient ID',
  copied: 'Copied',

  careTeamHeading: 'Who can see your record',
  careTeamIntro: 'You can end anyone’s access at any time. Your record stays as it is.',
  careTeamEmpty: 'Nobody but you can see your record.',
  careTeamLoading: 'Loading who can see your record…',
  careTeamLoadFailed: 'Who can see your record could not be loaded',
  viaGrant: 'You gave access',
  viaAdmission: 'You were admitted',
  since: (when: string) => `Since ${when}`,
  revoke: 'End access',
  revokeLabel: (name: string) => `End access for ${name}`,
  confirmRevokeTitle: 'End this access?',
  confirmRevokeBody: (name: string) =>
    `${name} will no longer be able to see your record. You can give access again later.`,
  confirmRevoke: 'End access',
  revoked: (name: string) => `${name} can no longer see your record.`,
  revokeFailed: 'Access could not be ended',
  emergencyHeading: 'Emergency access open now',
  emergencyItem: (name: string, organisation: string) => `${name}, ${organisation}`,
  emergencyReason: 'Reason given',
  emergencyUntil: (when: string) => `Until ${when}`,

  grantHeading: 'Give a clinician access',
  grantIntro: 'Search by name for a doctor, nurse, pharmacist or dietitian.',
  searchLabel: 'Clinician’s name',
  searchHint: 'Type at least 2 letters.',
  searching: 'Searching…',
  searchFailed: 'The search did not work',
  noClinicians: 'No clinician with that name.',
  resultsLabel: 'Clinicians found',
  grant: 'Give access',
  grantLabel: (name: string) => `Give ${name} access`,
  hasAccess: 'Has access',
  granted: (name: string) => `${name} can now see your record.`,
  grantFailed: 'Access could not be given',

  logHeading: 'Who looked at your record',
  logIntro: 'Every time someone else opened or tried to open your record. Your own visits are not listed.',
  logEmpty: 'Nobody else has looked at your record.',
  logLoading: 'Loading the access log…',
  logLoadFailed: 'The access log could not be loaded',
  logListLabel: 'Accesses to your record, newest first',
  unknownPerson: 'Someone whose account was removed',
  emergencyBadge: 'Emergency access',
  outcomes: { success: 'Allowed', failure: 'Failed', denied: 'Refused' } as Record<string, string>,
  actionOf: (action: string) => accessActions[action] ?? action,
  showOlder: 'Show older',
  loadingOlder: 'Loading older entries…',

  // Clinicians' page
  myPatientsNav: 'My patients',
  myPatientsTitle: 'My patients',
  myPatientsIntro:
    'Patients whose records you can see: they gave you access, or they are admitted to your organisation.',
  myPatientsEmpty: 'You are not looking after any patients yet.',
  myPatientsLoading: 'Loading your patients…',
  myPatientsLoadFailed: 'Your patients could not be loaded',
  patientsLabel: 'Your patients',
  via: (source: CareSource, organisation: string | null) =>
    source === 'patient_grant'
      ? 'Access given by the patient'
      : `Admitted to ${organisation ?? 'your organisation'}`,
  emergencyListHeading: 'Your emergency access',
  emergencyListLabel: 'Emergency access you hold',
  emergencyExpires: (when: string) => `Ends ${when}`,

  admitHeading: 'Admit a patient',
  admitIntro: 'Admitting gives every clinician of the organisation access until the patient ends it.',
  admitEmailLabel: 'Patient’s e-mail address',
  admitOrganisationLabel: 'Organisation',
  admit: 'Admit',
  admitted: (name: string) => `${name} is admitted.`,
  admitFailed: 'The patient could not be admitted',

  breakGlassOpen: 'Emergency access',
  breakGlassTitle: 'Emergency access to a record',
  breakGlassWarning:
    'Use this only when a patient needs care now and cannot give you access. The patient and your organisation’s administrators will be told, and your reason is kept with the access.',
  breakGlassPatientLabel: 'Patient ID',
  breakGlassPatientHint: 'From the patient’s card or wristband.',
  breakGlassPatientInvalid: 'Enter a patient ID like 1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  breakGlassReasonLabel: 'Reason',
  breakGlassReasonHint: (count: number, min: number) =>
    count >= min ? `${count} characters` : `At least ${min} characters (${count} so far)`,
  breakGlassReasonTooShort: (min: number) => `Give a reason of at least ${min} characters`,
  breakGlassOrganisationLabel: 'Acting for',
  breakGlassDuration: (hours: number) => `Access ends by itself after ${hours} hours.`,
  breakGlassConfirm: 'Open emergency access',
  breakGlassOpened: (name: string, until: string) =>
    `Emergency access to ${name}’s record is open until ${until}.`,
  breakGlassFailed: 'Emergency access could not be opened',
  cancel: 'Cancel',

  // Administrators' alerts
  alertsNav: 'Emergency alerts',
  alertsTitle: 'Emergency access alerts',
  alertsIntro:
    'Every time one of your clinicians opened emergency access to a record. Check that each was justified.',
  alertsEmpty: 'Nobody in this organisation has used emergency access.',
  alertsLoading: 'Loading alerts…',
  alertsLoadFailed: 'The alerts could not be loaded',
  alertsLabel: 'Emergency accesses, newest first',
  alertActive: 'Open now',
  alertEnded: 'Ended',
  alertWho: (clinician: string, patient: string) => `${clinician} opened ${patient}’s record`,
  notOrgAdminTitle: 'For organisation administrators',
  notOrgAdminDetail: 'This page is for the administrators of an organisation.',
  organisationLabel: 'Organisation',

  errorFallback: 'Something went wrong. Try again in a moment.',
  retry: 'Try again',
};
