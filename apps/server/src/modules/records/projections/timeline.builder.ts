import type { DiagnosticReport, Observation, Resource } from '@medplum/fhirtypes';
import type { ResultFlag, TimelineEntry } from '@nexus/contracts';
import { presentAllergy } from './allergy.presenter.ts';
import type { PatientContext } from './demographics.presenter.ts';
import { presentDocument } from './document.presenter.ts';
import { presentEncounter } from './encounter.presenter.ts';
import {
  instantOf,
  newestFirst,
  periodStart,
  referenceKey,
  resourceKeys,
  statusCode,
  toCoding,
} from './fhir-values.ts';
import { presentImmunization } from './immunization.presenter.ts';
import { effectiveOf, presentMeasurement, valueText } from './measurement.presenter.ts';
import { worstFlag } from './measurement-reading.ts';
import { presentMedication } from './medication.presenter.ts';
import type { NameLookup } from './name-lookup.ts';
import { displayCoding, isVoidObservation } from './observation-codes.ts';
import { presentProblem } from './problem.presenter.ts';
import { readableNumber } from './readable-number.ts';
import { questionnaireTitle } from './timeline-titles.ts';

type Draft = Omit<TimelineEntry, 'reference' | 'date'> & { dates: (string | null | undefined)[] };

/**
 * The record as events, newest first. A diagnostic report stands for its results (they are counted
 * in its detail, not listed again); resources without a usable date are left out, and so is
 * anything entered in error.
 */
export function buildTimeline(input: {
  resources: readonly Resource[];
  ctx: PatientContext;
  names: NameLookup;
}): TimelineEntry[] {
  const { resources, ctx, names } = input;
  const observations = new Map<string, Observation>();
  for (const resource of resources) {
    if (resource.resourceType !== 'Observation') continue;
    for (const key of resourceKeys(resource)) observations.set(key, resource);
  }
  const reported = new Set<string>();
  for (const resource of resources) {
    if (resource.resourceType !== 'DiagnosticReport' || resource.status === 'entered-in-error') continue;
    for (const result of resource.result ?? []) {
      const key = referenceKey(result);
      if (key) reported.add(key);
    }
  }
  const isReported = (o: Observation) => resourceKeys(o).some((key) => reported.has(key));

  const entries: TimelineEntry[] = [];
  for (const resource of resources) {
    const draft = draftOf(resource, { ctx, names, observations, isReported });
    const date = draft?.dates.find((value) => instantOf(value) !== null);
    if (!draft || !date || !resource.id) continue;
    const { dates: _dates, ...rest } = draft;
    entries.push({ reference: `${resource.resourceType}/${resource.id}`, date, ...rest });
  }
  return newestFirst(
    entries,
    (e) => e.date,
    (e) => e.reference,
  );
}

type Context = {
  ctx: PatientContext;
  names: NameLookup;
  observations: Map<string, Observation>;
  isReported: (o: Observation) => boolean;
};

function draftOf(resource: Resource, c: Context): Draft | null {
  const event = (
    kind: Draft['kind'],
    title: string,
    detail: (string | null | undefined)[],
    dates: Draft['dates'],
  ) => ({
    kind,
    title,
    detail: joinDetail(detail),
    flag: null,
    dates,
  });
  switch (resource.resourceType) {
    case 'Encounter': {
      if (resource.status === 'entered-in-error') return null;
      const e = presentEncounter(resource, c.names);
      return event('encounter', e.type, [capitalise(e.setting), e.provider, e.reason], [e.start, e.end]);
    }
    case 'Condition': {
      const p = presentProblem(resource, c.names);
      if (p.verificationStatus === 'entered-in-error') return null;
      return event(
        'condition',
        p.code.display,
        [capitalise(p.clinicalStatus), p.icd10?.code],
        [resource.onsetDateTime, periodStart(resource.onsetPeriod), resource.recordedDate],
      );
    }
    case 'DiagnosticReport':
      return reportDraft(resource, c);
    case 'Observation': {
      if (isVoidObservation(resource) || c.isReported(resource)) return null;
      const m = presentMeasurement(resource, c.ctx);
      const value = m.value ? valueText(m.value, readableNumber) : null;
      return { ...event('observation', m.code.display, [value], [effectiveOf(resource)]), flag: m.flag };
    }
    case 'Procedure':
      if (resource.status === 'entered-in-error') return null;
      return event(
        'procedure',
        toCoding(resource.code).display,
        [statusWord(resource.status)],
        [resource.performedDateTime, periodStart(resource.performedPeriod)],
      );
    case 'Immunization': {
      if (resource.status === 'entered-in-error') return null;
      const i = presentImmunization(resource);
      return event(
        'immunization',
        i.vaccine.display,
        [statusWord(i.status)],
        [resource.occurrenceDateTime, resource.recorded],
      );
    }
    case 'MedicationRequest':
    case 'MedicationStatement': {
      if (resource.status === 'entered-in-error') return null;
      const m = presentMedication(resource, c.names);
      const dates =
        resource.resourceType === 'MedicationRequest'
          ? [resource.authoredOn]
          : [resource.dateAsserted, resource.effectiveDateTime, periodStart(resource.effectivePeriod)];
      return event(
        'medication',
        m.medication.display,
        [m.source === 'prescribed' ? 'Prescribed' : 'Reported', m.dosage],
        dates,
      );
    }
    case 'AllergyIntolerance': {
      const verification = statusCode(resource.verificationStatus);
      if (verification === 'entered-in-error') return null;
      const a = presentAllergy(resource);
      return event(
        'allergy',
        a.substance.display,
        [a.reactions.join(', '), a.criticality ? `${a.criticality} criticality` : null],
        [resource.recordedDate, resource.onsetDateTime],
      );
    }
    case 'DocumentReference': {
      if (resource.status === 'entered-in-error') return null;
      const d = presentDocument(resource, c.names);
      return event('document', d.title, [d.author], [d.date]);
    }
    case 'QuestionnaireResponse':
      if (resource.status === 'entered-in-error') return null;
      return event(
        'questionnaire',
        questionnaireTitle(resource.questionnaire),
        [c.names(resource.author)],
        [resource.authored],
      );
    case 'CarePlan': {
      if (resource.status === 'entered-in-error') return null;
      const category = resource.category?.[0] ? toCoding(resource.category[0]).display : null;
      return event(
        'care-plan',
        resource.title?.trim() || category || 'Care plan',
        [statusWord(resource.status)],
        [periodStart(resource.period), resource.created],
      );
    }
    default:
      return null;
  }
}

/** A report titled by what was tested; its results summarised as "3 results, 1 out of range". */
function reportDraft(report: DiagnosticReport, c: Context): Draft | null {
  if (report.status === 'entered-in-error') return null;
  const members = (report.result ?? [])
    .map((result) => {
      const key = referenceKey(result);
      return key ? c.observations.get(key) : undefined;
    })
    .filter((o): o is Observation => o !== undefined && !isVoidObservation(o))
    .map((o) => presentMeasurement(o, c.ctx));
  const count = Math.max(report.result?.length ?? 0, members.length);
  const outOfRange = members.filter((m) => m.flag !== null && m.flag !== 'normal').length;
  const counted = count === 1 ? '1 result' : `${count} results`;
  const flag = reportFlag(members.map((m) => m.flag));
  return {
    kind: 'report',
    title: displayCoding(report.code).display,
    detail:
      count === 0
        ? report.conclusion?.trim() || null
        : outOfRange > 0
          ? `${counted}, ${outOfRange} out of range`
          : counted,
    flag,
    dates: [report.effectiveDateTime, periodStart(report.effectivePeriod), report.issued],
  };
}

/**
 * The report's flag: its most severe result's, except that results out of range in both directions
 * (one low, one high) make it 'abnormal' rather than whichever came first.
 */
function reportFlag(flags: readonly (ResultFlag | null)[]): ResultFlag | null {
  const worst = worstFlag(flags);
  if (worst === 'critical-low' || worst === 'critical-high') return worst;
  const isLow = flags.includes('low');
  const isHigh = flags.includes('high');
  return isLow && isHigh ? 'abnormal' : worst;
}

function joinDetail(parts: readonly (string | null | undefined)[]): string | null {
  const present = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  return present.length > 0 ? present.join(' · ') : null;
}

/** Only statuses worth saying: a completed procedure or vaccination needs no detail. */
function statusWord(status: string | undefined): string | null {
  if (!status || status === 'completed' || status === 'active') return null;
  return capitalise(status.replace(/-/g, ' '));
}

function capitalise(text: string | null | undefined): string | null {
  if (!text) return null;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
