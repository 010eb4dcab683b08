import type { Bundle } from '@medplum/fhirtypes';
import { createRecordBuilder } from './synthetic-bundle.ts';
import {
  buildPatient,
  inventPerson,
  parseBirthDate,
  type SyntheticPerson,
} from './synthetic-demographics.ts';
import { CLINICIANS } from './synthetic-names.data.ts';
import { type Archetype, createProfile } from './synthetic-profile.ts';
import { createSyntheticRandom } from './synthetic-random.ts';
import { recordHistory } from './synthetic-record.ts';

/** An existing patient record whose history is being added (its Patient entry becomes PUT Patient/<id>). */
export type ExistingPatient = {
  id: string;
  givenName: string;
  familyName: string;
  gender: 'male' | 'female';
  birthDate: string;
};

function generate(key: string, now: Date, existing?: ExistingPatient, archetype?: Archetype): Bundle {
  const random = createSyntheticRandom(key);
  const person: SyntheticPerson = existing
    ? {
        givenName: existing.givenName,
        familyName: existing.familyName,
        sex: existing.gender,
        birthDate: parseBirthDate(existing.birthDate),
      }
    : inventPerson(random, now, archetype === 'lungCancer' ? 58 : 20);
  const builder = createRecordBuilder(random, buildPatient(random, person), existing?.id);
  const profile = createProfile(random, person, now, random.pick(CLINICIANS), archetype);
  recordHistory(builder, profile, random, now);
  return builder.bundle();
}

// Every sixth patient has type 2 diabetes and every twelfth lung cancer, so any demo of a dozen or more
// patients shows the diabetes and lung-cancer pathways; the others are drawn from prevalences.
function archetypeFor(index: number): Archetype | undefined {
  if (index % 12 === 7) return 'lungCancer';
  if (index % 6 === 1) return 'diabetes';
  return undefined;
}

/**
 * Deterministic synthetic patients, each a FHIR R4 transaction bundle (urn:uuid fullUrls, POST entries)
 * with a plausible history up to `now`: check-ups with vital signs and laboratory panels, chronic and
 * acute conditions with their treatment, allergies, immunizations, procedures and smoking history.
 * The same seed and `now` always give the same bundles.
 */
export function generateSyntheticPatients(options: { count: number; seed: number; now: Date }): Bundle[] {
  return Array.from({ length: options.count }, (_, index) =>
    generate(`${options.seed}:patient:${index}`, options.now, undefined, archetypeFor(index)),
  );
}

/**
 * One deterministic synthetic history. With `patient`, the history belongs to that existing record:
 * its Patient entry is `PUT Patient/<id>` and every other resource references `Patient/<id>`.
 */
export function generatePatientRecord(options: {
  seed: number;
  now: Date;
  patient?: ExistingPatient;
}): Bundle {
  const key = options.patient ? `${options.seed}:existing:${options.patient.id}` : `${options.seed}:record`;
  return generate(key, options.now, options.patient);
}
