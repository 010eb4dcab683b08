/** Where medicines, prescriptions, doses, adherence and dispensing live in the API. */
const patientPath = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;

/** Search-as-you-type over the catalogue's generic and brand names. */
export const medicineSearchPath = (query: string, limit: number) =>
  `/api/v1/medicines?${new URLSearchParams({ q: query, limit: String(limit) })}`;

export const safetyCheckPath = (patientId: string) => `${patientPath(patientId)}/medications/check`;
export const ownMedicationsPath = (patientId: string) => `${patientPath(patientId)}/own-medications`;
export const prescriptionsPath = (patientId: string) => `${patientPath(patientId)}/prescriptions`;
export const prescriptionPath = (patientId: string, prescriptionId: string) =>
  `${prescriptionsPath(patientId)}/${encodeURIComponent(prescriptionId)}`;

/** The prescription's code as a QR image, and as a printable PDF; plain GETs the session cookie authenticates. */
export const prescriptionQrHref = (patientId: string, prescriptionId: string) =>
  `${prescriptionPath(patientId, prescriptionId)}/qr.svg`;
export const prescriptionPdfHref = (patientId: string, prescriptionId: string) =>
  `${prescriptionPath(patientId, prescriptionId)}/pdf`;

export const dosesTodayPath = (patientId: string) => `${patientPath(patientId)}/doses/today`;
export const dosePath = (patientId: string, doseId: string) =>
  `${patientPath(patientId)}/doses/${encodeURIComponent(doseId)}`;
export const reminderPreferencesPath = (patientId: string) =>
  `${patientPath(patientId)}/reminder-preferences`;
export const adherencePath = (patientId: string) => `${patientPath(patientId)}/adherence`;
export const poorAdherencePath = '/api/v1/adherence/poor';

export const pharmacyPath = (organisationId: string) =>
  `/api/v1/pharmacies/${encodeURIComponent(organisationId)}`;
