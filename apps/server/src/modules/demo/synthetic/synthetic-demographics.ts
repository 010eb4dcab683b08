import type { Patient } from '@medplum/fhirtypes';
import type { Sex } from '@nexus/clinical';
import { fhirDate } from './synthetic-bundle.ts';
import { FAMILY_NAMES, GIVEN_NAMES, STREETS, TOWNS } from './synthetic-names.data.ts';
import type { SyntheticRandom } from './synthetic-random.ts';

/** The patient a history is generated for: given by the caller, or invented from the seed. */
export type SyntheticPerson = {
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate: Date;
};

/**
 * The record number the patient has in the (fictional) practice their history comes from; the
 * platform gives every imported patient a record number of its own as well.
 */
export const SOURCE_MRN_SYSTEM = 'urn:lifecare-nexus:demo:source-practice';

/** An invented adult (20–88 years old on `now`); `minAgeYears` lets an archetype ask for an older one. */
export function inventPerson(random: SyntheticRandom, now: Date, minAgeYears = 20): SyntheticPerson {
  const sex: Sex = random.chance(0.5) ? 'female' : 'male';
  const ageDays = random.int(minAgeYears * 365 + 5, 88 * 365);
  return {
    sex,
    givenName: random.pick(GIVEN_NAMES[sex]),
    familyName: random.pick(FAMILY_NAMES),
    birthDate: new Date(
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ageDays * 86_400_000,
    ),
  };
}

/** Parses a FHIR date (YYYY-MM-DD) as midnight UTC. */
export function parseBirthDate(birthDate: string): Date {
  const date = new Date(`${birthDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error('birthDate must be a FHIR date (YYYY-MM-DD)');
  return date;
}

/** The Patient resource: name, sex, birth date, a source-practice MRN and a fictional address and phone number. */
export function buildPatient(random: SyntheticRandom, person: SyntheticPerson): Patient {
  const town = random.pick(TOWNS);
  const mrn = `SP-${String(random.int(0, 999_999)).padStart(6, '0')}`;
  return {
    resourceType: 'Patient',
    identifier: [
      {
        type: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }],
          text: 'Medical record number',
        },
        system: SOURCE_MRN_SYSTEM,
        value: mrn,
      },
    ],
    active: true,
    name: [{ use: 'official', family: person.familyName, given: [person.givenName] }],
    gender: person.sex,
    birthDate: fhirDate(person.birthDate),
    // 555-01xx numbers are reserved for fiction.
    telecom: [{ system: 'phone', value: `555-01${String(random.int(0, 99)).padStart(2, '0')}`, use: 'home' }],
    address: [
      {
        use: 'home',
        line: [`${random.int(1, 240)} ${random.pick(STREETS)}`],
        city: town.city,
        postalCode: town.postalCode,
      },
    ],
  };
}
