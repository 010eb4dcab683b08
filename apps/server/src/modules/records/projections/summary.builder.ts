import type {
  AllergyIntolerance,
  Condition,
  Encounter,
  Immunization,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
  Resource,
} from '@medplum/fhirtypes';
import { LOINC, VITAL_SIGNS } from '@nexus/clinical';
import type { Allergy, Measurement, ProblemEntry, RecordSummary } from '@nexus/contracts';
import { isRetractedAllergy, presentAllergy } from './allergy.presenter.ts';
import { patientContext, presentDemographics } from './demographics.presenter.ts';
import { presentEncounter } from './encounter.presenter.ts';
import { instantOf, isEnteredInError, newestFirst, statusCode } from './fhir-values.ts';
import { presentImmunization } from './immunization.presenter.ts';
import { effectiveOf, presentMeasurement } from './measurement.presenter.ts';
import { isCurrentMedication, presentMedication } from './medication.presenter.ts';
import { createNameLookup } from './name-lookup.ts';
import { isVoidObservation, loincCodeOf, measurementKey, observationCategory } from './observation-codes.ts';
import { presentProblem } from './problem.presenter.ts';

const RECENT_ENCOUNTERS = 5;
const RECENT_IMMUNIZATIONS = 10;
const ACTIVE_PROBLEM_STATUSES = new Set(['active', 'recurrence', 'relapse']);

/** Everything the health summary shows, from the patient and the rest of their record. */
export function buildSummary(input: {
  patient: Patient;
  resources: readonly Resource[];
  now: Date;
}): RecordSummary {
  const { patient, resources, now } = input;
  const names = createNameLookup([patient, ...resources]);
  const ctx = patientContext(patient, now);
  const byType = groupByType(resources);

  const observations = byType.Observation.filter((o) => !isVoidObservation(o));
  const measured = observations.map((o) => ({ o, m: presentMeasurement(o, ctx) })).filter(({ m }) => m.value);
  const latest = latestOfEach(measured);
  const smoking = latestOfEach(measured.filter(({ o }) => loincCodeOf(o.code) === LOINC.smokingStatus))[0];

  return {
    patient: presentDemographics(patient, now),
    problems: orderProblems(
      byType.Condition.filter((c) => !isRetractedCondition(c)).map((c) => presentProblem(c, names)),
    ),
    medications: newestFirst(
      [...byType.MedicationRequest, ...byType.MedicationStatement]
        .filter(isCurrentMedication)
        .map((m) => presentMedication(m, names)),
      (m) => m.since,
      (m) => m.id,
    ),
    allergies: orderAllergies(
      byType.AllergyIntolerance.filter((a) => !isRetractedAllergy(a)).map(presentAllergy),
    ),
    vitals: inTableOrder(
      latest.filter(({ o }) => observationCategory(o) === 'vital-signs'),
      VITAL_SIGNS.map((test) => test.code),
    ).map(({ m }) => m),
    labs: latest.filter(({ o }) => observationCategory(o) === 'laboratory').map(({ m }) => m),
    smoking: smoking?.m ?? null,
    recentEncounters: newestFirst(
      byType.Encounter.filter((e) => !isEnteredInError(e.status) && e.status !== 'cancelled'),
      (e) => e.period?.start ?? e.period?.end ?? null,
      (e) => e.id ?? '',
    )
      .slice(0, RECENT_ENCOUNTERS)
      .map((e) => presentEncounter(e, names)),
    immunizations: newestFirst(
      byType.Immunization.filter((i) => !isEnteredInError(i.status)).map(presentImmunization),
      (i) => i.date,
      (i) => i.id,
    ).slice(0, RECENT_IMMUNIZATIONS),
    generatedAt: now.toISOString(),
  };
}

type Measured = { o: Observation; m: Measurement };

/** The newest observation of each measurement (both BP panels as one), newest first. */
function latestOfEach(items: readonly Measured[]): Measured[] {
  const sorted = newestFirst(
    items,
    ({ o }) => effectiveOf(o),
    ({ o }) => o.id ?? '',
  );
  const seen = new Set<string>();
  return sorted.filter(({ o }) => {
    const key = measurementKey(o.code);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Vital signs in the order clinicians read them (the table's), unknown ones after, newest first. */
function inTableOrder(items: readonly Measured[], order: readonly string[]): Measured[] {
  const rank = (item: Measured) => {
    const index = order.indexOf(measurementKey(item.o.code).replace(/^loinc\|/, ''));
    return index === -1 ? order.length : index;
  };
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** Active, recurring or relapsed problems first, then the rest; newest first within each. */
function orderProblems(problems: readonly ProblemEntry[]): ProblemEntry[] {
  const isActive = (p: ProblemEntry) =>
    p.clinicalStatus !== null && ACTIVE_PROBLEM_STATUSES.has(p.clinicalStatus);
  // An onset in words ("childhood") cannot be ordered; the recorded date can.
  const dateOf = (p: ProblemEntry) =>
    [p.onset, p.recordedAt].find((value) => instantOf(value) !== null) ?? null;
  const dated = newestFirst(problems, dateOf, (p) => p.id);
  return [...dated.filter(isActive), ...dated.filter((p) => !isActive(p))];
}

/** Current allergies first (inactive and resolved ones after), newest first within each. */
function orderAllergies(allergies: readonly Allergy[]): Allergy[] {
  const isPast = (a: Allergy) => a.clinicalStatus === 'inactive' || a.clinicalStatus === 'resolved';
  const dated = newestFirst(
    allergies,
    (a) => a.recordedAt,
    (a) => a.id,
  );
  return [...dated.filter((a) => !isPast(a)), ...dated.filter(isPast)];
}

/** Entered in error or refuted: not a problem of this patient. */
export function isRetractedCondition(c: Condition): boolean {
  const verification = statusCode(c.verificationStatus);
  return verification === 'entered-in-error' || verification === 'refuted';
}

type ByType = {
  Observation: Observation[];
  Condition: Condition[];
  MedicationRequest: MedicationRequest[];
  MedicationStatement: MedicationStatement[];
  AllergyIntolerance: AllergyIntolerance[];
  Encounter: Encounter[];
  Immunization: Immunization[];
};

function groupByType(resources: readonly Resource[]): ByType {
  const groups: ByType = {
    Observation: [],
    Condition: [],
    MedicationRequest: [],
    MedicationStatement: [],
    AllergyIntolerance: [],
    Encounter: [],
    Immunization: [],
  };
  for (const resource of resources) {
    switch (resource.resourceType) {
      case 'Observation':
        groups.Observation.push(resource);
        break;
      case 'Condition':
        groups.Condition.push(resource);
        break;
      case 'MedicationRequest':
        groups.MedicationRequest.push(resource);
        break;
      case 'MedicationStatement':
        groups.MedicationStatement.push(resource);
        break;
      case 'AllergyIntolerance':
        groups.AllergyIntolerance.push(resource);
        break;
      case 'Encounter':
        groups.Encounter.push(resource);
        break;
      case 'Immunization':
        groups.Immunization.push(resource);
        break;
    }
  }
  return groups;
}
