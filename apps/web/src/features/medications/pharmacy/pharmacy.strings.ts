/** User-visible texts of the pharmacy's Dispense page: the code, scanning, verifying, dispensing, the queue. */
export const pharmacyStrings = {
  retry: 'Try again',
  dispenseNav: 'Dispense',
  dispenseTitle: 'Dispense',
  dispenseIntro:
    'Scan or type the code on a prescription, check what it says, and record what you hand over.',
  noPharmacyTitle: 'You are not a pharmacist at any organisation',
  noPharmacyDetail: 'Ask your organisation’s administrator to give you the pharmacist role.',
  pharmacyLabel: 'Dispensing for',

  codeHeading: 'Prescription code',
  codeLabel: 'Prescription code',
  codeHint: 'Scan it, paste it or type it exactly. Spaces and line breaks do not matter.',
  codeRequired: 'Scan, paste or type the prescription code',
  scan: 'Scan with camera',
  stopScan: 'Stop camera',
  cameraLabel: 'Camera view for scanning the QR code',
  cameraStarting: 'Starting the camera…',
  cameraScanning: 'Hold the QR code in front of the camera.',
  cameraNone: 'No camera was found on this device. Type or paste the code instead.',
  cameraDenied:
    'The browser was not allowed to use the camera. Allow it in the browser’s site settings, or type or paste the code.',
  cameraFailed: 'The camera could not be started. Type or paste the code instead.',
  verify: 'Verify',
  verifyFailed: 'The code could not be checked',

  validTitle: 'Valid prescription',
  invalidTitle: 'Do not dispense',
  patientLabel: 'Patient',
  bornLabel: 'Born',
  prescriberLabel: 'Prescriber',
  medicineLabel: 'Medicine',
  dosageLabel: 'Dosage',
  remainingLabel: 'Remaining',
  remaining: (left: number, total: number) => `${left} of ${total} units`,
  expiresLabel: 'Valid until',

  unitsLabel: 'Units to dispense',
  unitsHint: (max: number) => `From 1 to ${max}.`,
  unitsInvalid: (max: number) => `Enter a whole number from 1 to ${max}`,
  dispense: 'Dispense',
  dispenseRetry: 'Try again',
  dispensedResult: (units: number, left: number, isComplete: boolean) =>
    `Dispensed ${units} ${units === 1 ? 'unit' : 'units'}. ${left} ${left === 1 ? 'unit remains' : 'units remain'} on this prescription.${isComplete ? ' The prescription is now dispensed in full.' : ''}`,
  dispenseRefused: 'Not dispensed',
  dispenseFailedRetry:
    'The pharmacy system could not be reached, so it is not known whether this was recorded. Try again: a repeat is never counted twice.',

  queueHeading: 'Sent to this pharmacy',
  queueLoading: 'Loading the prescriptions sent here…',
  queueLoadFailed: 'The prescriptions sent here could not be loaded',
  queueEmpty: 'No prescriptions are waiting here.',
  queueItem: (medicine: string, left: number) => `${medicine}: ${left} units to dispense`,
  queueSigned: (date: string, expires: string) => `Signed ${date}, valid until ${expires}`,
  chooseCode: 'Use this code',
  codeChoiceLabel: (patient: string, medicine: string) => `Use this code: ${patient}, ${medicine}`,
};
