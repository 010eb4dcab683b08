import type { ClinicalImpression, Resource } from '@medplum/fhirtypes';
import type { TriageCard, TriageSummaryView } from '@nexus/contracts';
import { LikelihoodView, TriageLevelView } from '@nexus/contracts';
import { z } from 'zod';

/**
 * A triage summary the patient sends their doctors, stored in their record as a FHIR R4
 * ClinicalImpression: readable by any FHIR client (description, summary, findings, note), with the
 * structured summary the chart shows in one extension. Tagged so the chart finds it among others.
 */

export const TRIAGE_SUMMARY_TAG = { system: 'urn:lifecare-nexus:tag', code: 'assistant-triage' } as const;
export const TRIAGE_SUMMARY_EXTENSION = 'urn:lifecare-nexus:fhir:StructureDefinition:triage-summary';

const StoredSummary = z.object({
  level: TriageLevelView,
  levelLabel: z.string(),
  present: z.array(z.string()),
  absent: z.array(z.string()),
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
  reasons: z.array(z.string()),
  conditions: z.array(z.object({ name: z.string(), likelihood: LikelihoodView })),
  patientWords: z.string(),
  appointmentRequested: z.boolean(),
});
type StoredSummary = z.infer<typeof StoredSummary>;

export interface TriageFacts {
  readonly ageYears?: number | null | undefined;
  readonly durationDays?: number | null | undefined;
  readonly severity?: string | null | undefined;
}

function durationText(days: number): string {
  if (days < 1) return 'less than a day';
  if (days < 14) return `${Math.round(days)} day${Math.round(days) === 1 ? '' : 's'}`;
  if (days < 60) return `${Math.round(days / 7)} weeks`;
  return `${Math.round(days / 30)} months`;
}

function ageText(years: number): string {
  return years < 1 ? `${Math.max(1, Math.round(years * 12))} months` : `${Math.floor(years)} years`;
}

export function factsOfTriage(facts: TriageFacts): { label: string; value: string }[] {
  const list: { label: string; value: string }[] = [];
  if (typeof facts.ageYears === 'number') list.push({ label: 'Age', value: ageText(facts.ageYears) });
  if (typeof facts.durationDays === 'number')
    list.push({ label: 'Duration', value: durationText(facts.durationDays) });
  if (facts.severity) list.push({ label: 'Severity', value: facts.severity });
  return list;
}

export function buildTriageImpression(input: {
  patientId: string;
  card: TriageCard;
  words: readonly string[];
  facts: TriageFacts;
  note: string | undefined;
  appointmentRequested: boolean;
  sharedAt: Date;
}): ClinicalImpression {
  const { card } = input;
  const stored: StoredSummary = {
    level: card.level,
    levelLabel: card.levelLabel,
    present: card.understood.present,
    absent: card.understood.absent,
    facts: factsOfTriage(input.facts),
    reasons: card.reasons,
    conditions: card.conditions.map((c) => ({ name: c.name, likelihood: c.likelihood })),
    patientWords: input.words.join('\n').slice(0, 4000),
    appointmentRequested: input.appointmentRequested,
  };
  const conditions = stored.conditions.map((c) => `${c.name} (${c.likelihood})`).join('; ');
  return {
    resourceType: 'ClinicalImpression',
    meta: { tag: [{ ...TRIAGE_SUMMARY_TAG }] },
    extension: [{ url: TRIAGE_SUMMARY_EXTENSION, valueString: JSON.stringify(stored) }],
    status: 'completed',
    code: { text: 'Health assistant triage summary' },
    subject: { reference: `Patient/${input.patientId}` },
    date: input.sharedAt.toISOString(),
    description: `Shared by the patient from the health assistant${input.appointmentRequested ? ', asking for an appointment' : ''}. Automated guidance, not a clinical assessment.`,
    summary: `Triage: ${card.levelLabel}. ${card.reasons.join(' ')}${conditions ? ` Possible causes: ${conditions}.` : ''}`,
    finding: stored.present.map((text) => ({
      itemCodeableConcept: { text },
      basis: 'reported by the patient',
    })),
    ...(input.note ? { note: [{ text: input.note }] } : {}),
  };
}

const isTriageImpression = (resource: Resource): resource is ClinicalImpression =>
  resource.resourceType === 'ClinicalImpression' &&
  (resource.meta?.tag ?? []).some(
    (t) => t.system === TRIAGE_SUMMARY_TAG.system && t.code === TRIAGE_SUMMARY_TAG.code,
  );

/** The triage summaries among a patient's resources, newest first. */
export function triageSummariesOf(resources: readonly Resource[]): TriageSummaryView[] {
  const summaries: TriageSummaryView[] = [];
  for (const resource of resources) {
    if (!isTriageImpression(resource) || resource.status === 'entered-in-error') continue;
    const raw = resource.extension?.find((e) => e.url === TRIAGE_SUMMARY_EXTENSION)?.valueString;
    const parsed = raw ? StoredSummary.safeParse(JSON.parse(raw)) : undefined;
    if (!parsed?.success || !resource.id || !resource.date) continue;
    summaries.push({
      id: resource.id,
      sharedAt: new Date(resource.date).toISOString(),
      ...parsed.data,
      note: resource.note?.[0]?.text ?? null,
    });
  }
  return summaries.sort((a, b) => b.sharedAt.localeCompare(a.sharedAt));
}
