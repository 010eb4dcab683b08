import { z } from 'zod';

/**
 * What a signed prescription says, in two shapes:
 *
 * - `PrescriptionClaims`: the readable shape the server works with (long names, Dates);
 * - `PrescriptionPayloadV1`: the JSON inside the token, with short names, so that the token — and
 *   so the QR code — stays small enough to scan from a phone screen or from paper.
 *
 * Every claim is described in docs/e-prescriptions.md. The payload is a JWT claims set (RFC 7519:
 * `iss`, `jti`, `iat`, `exp` keep their registered meaning), so any JWT library can check the
 * signature, issuer, type and expiry; `v` versions the rest. Only what a pharmacist needs to dispense
 * and to check the patient's identity is in it: no diagnosis, no address, no record number.
 */

/** A prescription is valid for 30 days unless the prescriber chooses fewer. */
export const DEFAULT_VALIDITY_DAYS = 30;
/** The longest validity a token may carry; a retired key stays published this long (see signing-keys.ts). */
export const MAX_VALIDITY_DAYS = 30;
/** Each item adds 85–130 characters to the token (measured); more would make the QR code hard to scan. */
export const MAX_ITEMS = 4;

const DAY_MS = 86_400_000;
export const MAX_VALIDITY_MS = MAX_VALIDITY_DAYS * DAY_MS;

/** No control characters (a line break would let one field pose as another on screen or on paper). */
const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;
const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(PRINTABLE)
    .refine((value) => value.trim() === value, 'no leading or trailing spaces');

/** A catalogue product id: a UUID or a code (e.g. an RxNorm or dm+d id), never free text. */
const ProductId = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/);
/** A FHIR date: year, year-month or full date (some records know only the year of birth). */
const BirthDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
const SiteUrl = z.url({ protocol: /^https?$/ }).max(200);
const Quantity = z.int().min(1).max(10_000);
const Refills = z.int().min(0).max(12);

export const PrescriptionItem = z.strictObject({
  /** The medicine's id in the catalogue. */
  productId: ProductId,
  /** The medicine as the prescriber chose it, e.g. "Amoxicillin". */
  name: text(100),
  /** Strength and form, e.g. "500 mg capsules"; null when the name already says it. */
  strengthAndForm: text(60).nullable(),
  /** How to take it, as the label will say: "1 capsule three times a day for 7 days". */
  dosage: text(200),
  /** Units handed out per dispense (capsules, tablets, inhalers …), a whole number. */
  quantity: Quantity,
  /** Repeat dispenses allowed after the first: 0 means one dispense in all. */
  refills: Refills,
});
export type PrescriptionItem = z.infer<typeof PrescriptionItem>;

/** The readable claims; `signPrescription` takes these and `verifyPrescriptionToken` returns them. */
export const PrescriptionClaims = z
  .strictObject({
    version: z.literal(1),
    /** The prescription's id (the token's `jti`): dispenses are counted against it. */
    prescriptionId: z.uuid(),
    /** The site that issued it: its public base URL, where the JWKS and the pharmacy portal are. */
    issuer: SiteUrl,
    issuedAt: z.date(),
    expiresAt: z.date(),
    prescriber: z.strictObject({
      userId: z.uuid(),
      name: text(100),
      /** Professional registration (e.g. "GMC 1234567"), when the platform knows it. */
      registrationNumber: text(40).nullable(),
      organisation: z.strictObject({ id: z.uuid(), name: text(100) }),
    }),
    patient: z.strictObject({
      id: z.uuid(),
      name: text(100),
      birthDate: BirthDate,
    }),
    items: z.array(PrescriptionItem).min(1).max(MAX_ITEMS),
  })
  .refine((claims) => claims.expiresAt.getTime() > claims.issuedAt.getTime(), {
    message: 'a prescription expires after it is issued',
    path: ['expiresAt'],
  })
  .refine((claims) => claims.expiresAt.getTime() - claims.issuedAt.getTime() <= MAX_VALIDITY_MS, {
    message: `a prescription is valid for at most ${MAX_VALIDITY_DAYS} days`,
    path: ['expiresAt'],
  });
export type PrescriptionClaims = z.infer<typeof PrescriptionClaims>;

const NumericDate = z.int().min(0).max(253_402_300_799);

/** The token's payload, version 1 (short names are documented in docs/e-prescriptions.md). */
export const PrescriptionPayloadV1 = z.strictObject({
  v: z.literal(1),
  jti: z.string(),
  iss: z.string(),
  iat: NumericDate,
  exp: NumericDate,
  pr: z.strictObject({
    id: z.string(),
    n: z.string(),
    reg: z.string().optional(),
    o: z.strictObject({ id: z.string(), n: z.string() }),
  }),
  pt: z.strictObject({ id: z.string(), n: z.string(), bd: z.string() }),
  it: z
    .array(
      z.strictObject({
        p: z.string(),
        n: z.string(),
        sf: z.string().optional(),
        d: z.string(),
        q: z.number(),
        r: z.number(),
      }),
    )
    .max(MAX_ITEMS),
});
export type PrescriptionPayloadV1 = z.infer<typeof PrescriptionPayloadV1>;

/** Claims → payload. Times are carried to the second (JWT NumericDate); optional fields are left out. */
export function toPayload(claims: PrescriptionClaims): PrescriptionPayloadV1 {
  const { prescriber, patient } = claims;
  return {
    v: 1,
    jti: claims.prescriptionId,
    iss: claims.issuer,
    iat: toSeconds(claims.issuedAt),
    exp: toSeconds(claims.expiresAt),
    pr: {
      id: prescriber.userId,
      n: prescriber.name,
      ...(prescriber.registrationNumber === null ? {} : { reg: prescriber.registrationNumber }),
      o: { id: prescriber.organisation.id, n: prescriber.organisation.name },
    },
    pt: { id: patient.id, n: patient.name, bd: patient.birthDate },
    it: claims.items.map((item) => ({
      p: item.productId,
      n: item.name,
      ...(item.strengthAndForm === null ? {} : { sf: item.strengthAndForm }),
      d: item.dosage,
      q: item.quantity,
      r: item.refills,
    })),
  };
}

/** Payload → claims, not yet validated: the caller checks them with `PrescriptionClaims`. */
export function fromPayload(payload: PrescriptionPayloadV1): PrescriptionClaims {
  return {
    version: payload.v,
    prescriptionId: payload.jti,
    issuer: payload.iss,
    issuedAt: new Date(payload.iat * 1000),
    expiresAt: new Date(payload.exp * 1000),
    prescriber: {
      userId: payload.pr.id,
      name: payload.pr.n,
      registrationNumber: payload.pr.reg ?? null,
      organisation: { id: payload.pr.o.id, name: payload.pr.o.n },
    },
    patient: { id: payload.pt.id, name: payload.pt.n, birthDate: payload.pt.bd },
    items: payload.it.map((item) => ({
      productId: item.p,
      name: item.n,
      strengthAndForm: item.sf ?? null,
      dosage: item.d,
      quantity: item.q,
      refills: item.r,
    })),
  };
}

/**
 * When a prescription issued at `issuedAt` expires: the default validity, or the prescriber's
 * shorter choice. Throws a RangeError for a validity outside 1 … MAX_VALIDITY_DAYS days.
 */
export function expiryFor(issuedAt: Date, validityDays: number = DEFAULT_VALIDITY_DAYS): Date {
  if (!Number.isInteger(validityDays) || validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
    throw new RangeError(`validity must be a whole number of days from 1 to ${MAX_VALIDITY_DAYS}`);
  }
  return new Date(issuedAt.getTime() + validityDays * DAY_MS);
}

const toSeconds = (at: Date) => Math.floor(at.getTime() / 1000);
