import type { Procedure, QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { TimelineEntry } from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import {
  ADULT_MAN,
  condition,
  encounter,
  immunization,
  medicationRequest,
  practitioner,
  quantityObservation,
  report,
  verificationStatus,
} from './fhir-fixtures.test-helpers.ts';
import { createNameLookup } from './name-lookup.ts';
import { buildTimeline } from './timeline.builder.ts';

const lab = (id: string, code: string, value: number, unit: string) =>
  quantityObservation({ id, code, display: code, value, unit, effective: '2024-03-01T08:00:00+00:00' });

// Reference values: potassium 3.6–5.2 mmol/L and sodium 135–145 mmol/L (Mayo Clinic Laboratories),
// so 5.6 mmol/L potassium is high (below the 6.0 mmol/L panic value) and the other two are not.
const potassiumHigh = lab('k', '6298-4', 5.6, 'mmol/L');
const sodium = lab('na', '2947-0', 140, 'mmol/L');
const chloride = lab('cl', '2069-3', 102, 'mmol/L');
const heartRate = quantityObservation({
  id: 'hr',
  code: '8867-4',
  display: 'Heart rate',
  value: 72,
  unit: '/min',
  effective: '2024-04-01T08:00:00+00:00',
  category: 'vital-signs',
});

const procedure: Procedure = {
  resourceType: 'Procedure',
  id: 'proc',
  status: 'completed',
  subject: { reference: 'Patient/p' },
  code: { text: 'Suture open wound' },
  performedPeriod: { start: '2016-05-03T00:52:41+00:00', end: '2016-05-03T01:10:41+00:00' },
};
const response: QuestionnaireResponse = {
  resourceType: 'QuestionnaireResponse',
  id: 'qr',
  status: 'completed',
  questionnaire: 'urn:lifecare-nexus:questionnaire:symptoms-and-history|1',
  authored: '2024-05-01T10:00:00Z',
  author: { reference: 'Patient/p', display: 'Samuel Jones' },
};

const resources: Resource[] = [
  practitioner('0e99785d-8f2a-45c7-848c-d6b31d1aa50e', 'Cedrick', 'Runte'),
  report('bmp', '2024-03-01T08:00:00+00:00', ['k', 'na', 'cl']),
  potassiumHigh,
  sodium,
  chloride,
  heartRate,
  encounter('visit', '2024-03-01T07:30:00+00:00'),
  condition('htn', { onsetDateTime: undefined, recordedDate: '2015-04-02' }),
  condition('wrong', { verificationStatus: verificationStatus('entered-in-error') }),
  immunization('flu', '2023-10-01'),
  medicationRequest('lisinopril', { authoredOn: '2020-02-22T10:00:00+00:00' }),
  procedure,
  response,
  encounter('undated', '2024-01-01', { period: undefined }),
];

const timeline = buildTimeline({ resources, ctx: ADULT_MAN, names: createNameLookup(resources) });

describe('the timeline', () => {
  it('fits the contract and lists newest first', () => {
    for (const entry of timeline) expect(TimelineEntry.parse(entry)).toEqual(entry);
    const times = timeline.map((e) => Date.parse(e.date));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('titles a report and counts its results without listing them again', () => {
    const entry = timeline.find((e) => e.reference === 'DiagnosticReport/bmp');
    expect(entry).toMatchObject({
      kind: 'report',
      title: 'Basic Metabolic Panel',
      detail: '3 results, 1 out of range',
      flag: 'high',
    });
    for (const id of ['k', 'na', 'cl'])
      expect(timeline.some((e) => e.reference === `Observation/${id}`)).toBe(false);
  });

  it('also recognises results referenced as Observation/id', () => {
    const relative = buildTimeline({
      resources: [
        report('bmp2', '2024-03-01T08:00:00+00:00', ['k', 'na'], 'relative'),
        potassiumHigh,
        sodium,
      ],
      ctx: ADULT_MAN,
      names: createNameLookup([]),
    });
    expect(relative.map((e) => e.reference)).toEqual(['DiagnosticReport/bmp2']);
    expect(relative[0]?.detail).toBe('2 results, 1 out of range');
  });

  it('flags a report with results out of range both ways as abnormal, not by whichever came first', () => {
    // Sodium 130 mmol/L is below 135–145; potassium 5.6 mmol/L is above 3.6–5.2.
    const low = lab('na-low', '2947-0', 130, 'mmol/L');
    const mixed = buildTimeline({
      resources: [report('mixed', '2024-03-01T08:00:00+00:00', ['na-low', 'k']), low, potassiumHigh],
      ctx: ADULT_MAN,
      names: createNameLookup([]),
    });
    expect(mixed[0]).toMatchObject({ detail: '2 results, 2 out of range', flag: 'abnormal' });
  });

  it('lists a standalone observation with its value and flag', () => {
    expect(timeline.find((e) => e.reference === 'Observation/hr')).toMatchObject({
      kind: 'observation',
      title: 'Heart rate',
      flag: 'normal',
    });
  });

  it('dates each kind of resource by its own date element', () => {
    const dateOf = (reference: string) => timeline.find((e) => e.reference === reference)?.date;
    expect(dateOf('Condition/htn')).toBe('2015-04-02');
    expect(dateOf('Procedure/proc')).toBe('2016-05-03T00:52:41+00:00');
    expect(dateOf('MedicationRequest/lisinopril')).toBe('2020-02-22T10:00:00+00:00');
    expect(dateOf('Immunization/flu')).toBe('2023-10-01');
    expect(dateOf('Encounter/visit')).toBe('2024-03-01T07:30:00+00:00');
  });

  it('names the questionnaire a response answers and who answered it', () => {
    expect(timeline.find((e) => e.reference === 'QuestionnaireResponse/qr')).toMatchObject({
      kind: 'questionnaire',
      title: 'Your symptoms and health history',
      detail: 'Samuel Jones',
    });
  });

  it('leaves out what was entered in error and what has no date', () => {
    expect(timeline.some((e) => e.reference === 'Condition/wrong')).toBe(false);
    expect(timeline.some((e) => e.reference === 'Encounter/undated')).toBe(false);
    expect(timeline.some((e) => e.reference.startsWith('Practitioner/'))).toBe(false);
  });
});
