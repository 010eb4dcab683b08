import type { Gender, MyPatientsSort } from '@nexus/contracts';

/** User-visible texts of finding, sorting and opening patients in My patients. */
export const myPatientsStrings = {
  searchLabel: 'Find a patient',
  searchHint: 'Part of a name, a birth date (YYYY-MM-DD) or a record number.',
  sortLabel: 'Sort by',
  sorts: {
    name: 'Name, A to Z',
    '-name': 'Name, Z to A',
    birthDate: 'Birth date, oldest first',
    '-birthDate': 'Birth date, youngest first',
    '-since': 'Newest in your care first',
    since: 'Longest in your care first',
  } satisfies Record<MyPatientsSort, string>,
  searching: 'Searching…',
  matches: (count: number, query: string) =>
    count === 0
      ? `No patient matches “${query}”.`
      : count === 1
        ? `1 patient matches “${query}”.`
        : `${count} patients match “${query}”.`,
  born: (date: string) => `Born ${date}`,
  recordNumber: (mrn: string) => `Record number ${mrn}`,
  genders: { male: 'Male', female: 'Female', other: 'Other', unknown: 'Sex unknown' } satisfies Record<
    Gender,
    string
  >,
  openChart: (name: string) => `Open ${name}’s chart`,
};
