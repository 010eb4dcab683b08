import type {
  CarePlan,
  Condition,
  CarePlanActivity as FhirActivity,
  Goal,
  Practitioner,
  Reference,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { SYSTEMS } from '@nexus/clinical';
import {
  type CarePlanActivity,
  type CarePlanActivityKind,
  CarePlanDraft,
  type CarePlanView,
  type ConceptCode,
} from '@nexus/contracts';

export const PLAN_ACTIVITY_KIND_EXTENSION = 'urn:lifecare-nexus:fhir:extension:care-plan-activity-kind';

/** The FHIR request kind each plan activity is (R4 CarePlan.activity.detail.kind). */
const FHIR_KIND: Record<CarePlanActivityKind, NonNullable<FhirActivity['detail']>['kind']> = {
  referral: 'ServiceRequest',
  test: 'ServiceRequest',
  medication: 'MedicationRequest',
  lifestyle: 'Task',
  'follow-up': 'Appointment',
};

const concept = (code: ConceptCode) => ({ coding: [code], text: code.display });

type Author = Reference<Practitioner>;

/** A diagnosis the reviewing doctor confirms, with the risk result as its evidence. */
export function reviewedCondition(input: {
  code: ConceptCode;
  patientId: string;
  recorder: Author;
  recordedDate: string;
  riskAssessmentId: string;
}): Condition {
  return {
    resourceType: 'Condition',
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }],
    },
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-category',
            code: 'problem-list-item',
            display: 'Problem List Item',
          },
        ],
      },
    ],
    code: concept(input.code),
    subject: { reference: `Patient/${input.patientId}` },
    recordedDate: input.recordedDate,
    recorder: input.recorder,
    evidence: [{ detail: [{ reference: `RiskAssessment/${input.riskAssessmentId}` }] }],
  };
}

/** An order (a low-dose CT referral, an HbA1c test) that follows from the reviewed risk. */
export function reviewedServiceRequest(input: {
  code: ConceptCode;
  reason: string;
  patientId: string;
  requester: Author;
  authoredOn: string;
  riskAssessmentId: string;
}): ServiceRequest {
  return {
    resourceType: 'ServiceRequest',
    status: 'active',
    intent: 'order',
    code: concept(input.code),
    subject: { reference: `Patient/${input.patientId}` },
    authoredOn: input.authoredOn,
    requester: input.requester,
    reasonReference: [{ reference: `RiskAssessment/${input.riskAssessmentId}` }],
    ...(input.reason ? { reasonCode: [{ text: input.reason }] } : {}),
  };
}

export function planGoal(input: {
  description: string;
  targetDate: string | null;
  patientId: string;
  conditionRef: string | null;
  expressedBy: Author;
  startDate: string;
}): Goal {
  return {
    resourceType: 'Goal',
    lifecycleStatus: 'active',
    description: { text: input.description },
    subject: { reference: `Patient/${input.patientId}` },
    startDate: input.startDate,
    expressedBy: input.expressedBy,
    ...(input.targetDate ? { target: [{ dueDate: input.targetDate }] } : {}),
    ...(input.conditionRef ? { addresses: [{ reference: input.conditionRef }] } : {}),
  };
}

function activityOf(activity: CarePlanActivity): FhirActivity {
  return {
    detail: {
      extension: [{ url: PLAN_ACTIVITY_KIND_EXTENSION, valueCode: activity.kind }],
      kind: FHIR_KIND[activity.kind],
      ...(activity.code ? { code: concept(activity.code) } : {}),
      status: activity.scheduledDate ? 'scheduled' : 'not-started',
      description: activity.description,
      ...(activity.scheduledDate ? { scheduledPeriod: { start: activity.scheduledDate } } : {}),
    },
  };
}

/** The treatment plan as a FHIR CarePlan: goals (Goal references), activities, orders and the follow-up. */
export function carePlanOf(input: {
  draft: CarePlanDraft;
  patientId: string;
  author: Author;
  created: string;
  riskAssessmentId: string;
  conditionRef: string | null;
  goalRefs: readonly string[];
  serviceRequests: readonly { ref: string; code: ConceptCode; reason: string }[];
}): CarePlan {
  const draft = CarePlanDraft.parse(input.draft);
  const followUp: CarePlanActivity[] = draft.followUpDate
    ? [
        {
          kind: 'follow-up',
          description: 'Follow-up appointment',
          scheduledDate: draft.followUpDate,
          code: null,
        },
      ]
    : [];
  return {
    resourceType: 'CarePlan',
    status: 'active',
    intent: 'plan',
    title: draft.title,
    ...(draft.description ? { description: draft.description } : {}),
    category: [
      {
        coding: [{ system: SYSTEMS.snomed, code: '734163000', display: 'Care plan' }],
      },
    ],
    subject: { reference: `Patient/${input.patientId}` },
    created: input.created,
    author: input.author,
    period: { start: input.created.slice(0, 10) },
    ...(input.conditionRef ? { addresses: [{ reference: input.conditionRef }] } : {}),
    supportingInfo: [{ reference: `RiskAssessment/${input.riskAssessmentId}` }],
    ...(input.goalRefs.length > 0 ? { goal: input.goalRefs.map((reference) => ({ reference })) } : {}),
    activity: [
      ...input.serviceRequests.map((request) => ({
        reference: { reference: request.ref, display: request.code.display },
      })),
      ...draft.activities.map(activityOf),
      ...followUp.map(activityOf),
    ],
  };
}

const kindOf = (activity: FhirActivity): CarePlanActivityKind => {
  const code = activity.detail?.extension?.find((ext) => ext.url === PLAN_ACTIVITY_KIND_EXTENSION)?.valueCode;
  return code === 'referral' ||
    code === 'test' ||
    code === 'medication' ||
    code === 'lifestyle' ||
    code === 'follow-up'
    ? code
    : activity.detail?.kind === 'MedicationRequest'
      ? 'medication'
      : 'referral';
};

const codeOf = (
  value: { coding?: { system?: string; code?: string; display?: string }[]; text?: string } | undefined,
) => {
  const coding = value?.coding?.[0];
  return coding?.system && coding.code
    ? { system: coding.system, code: coding.code, display: coding.display ?? value?.text ?? coding.code }
    : null;
};

/** A stored CarePlan with its Goals and orders, as the patient and doctor read it. */
export function presentCarePlan(
  plan: CarePlan,
  related: { goals: ReadonlyMap<string, Goal>; serviceRequests: ReadonlyMap<string, ServiceRequest> },
): CarePlanView {
  const goals = (plan.goal ?? []).flatMap((ref) => {
    const goal = ref.reference ? related.goals.get(ref.reference) : undefined;
    return goal
      ? [{ description: goal.description?.text ?? '', targetDate: goal.target?.[0]?.dueDate ?? null }]
      : [];
  });
  const activities = (plan.activity ?? []).flatMap((activity): CarePlanView['activities'] => {
    if (activity.reference?.reference) {
      const request = related.serviceRequests.get(activity.reference.reference);
      if (!request) return [];
      return [
        {
          kind: 'referral',
          description: request.code?.text ?? activity.reference.display ?? 'Order',
          scheduledDate: request.occurrenceDateTime?.slice(0, 10) ?? null,
          code: codeOf(request.code),
          status:
            request.status === 'completed'
              ? 'completed'
              : request.status === 'revoked'
                ? 'cancelled'
                : 'ordered',
        },
      ];
    }
    const detail = activity.detail;
    if (!detail) return [];
    return [
      {
        kind: kindOf(activity),
        description: detail.description ?? detail.code?.text ?? '',
        scheduledDate: detail.scheduledPeriod?.start?.slice(0, 10) ?? detail.scheduledString ?? null,
        code: codeOf(detail.code),
        status: detail.status ?? 'not-started',
      },
    ];
  });
  const followUp = activities.find((activity) => activity.kind === 'follow-up');
  const open = activities.filter(
    (activity) => !['completed', 'cancelled', 'stopped'].includes(activity.status),
  );
  const nextSteps = [...open]
    .sort((a, b) => (a.scheduledDate ?? '9999').localeCompare(b.scheduledDate ?? '9999'))
    .map((activity) => ({ description: activity.description, date: activity.scheduledDate }));
  const riskAssessmentId =
    plan.supportingInfo
      ?.map((ref) => ref.reference ?? '')
      .find((ref) => ref.startsWith('RiskAssessment/'))
      ?.slice('RiskAssessment/'.length) ?? null;
  return {
    id: plan.id ?? '',
    title: plan.title ?? 'Care plan',
    description: plan.description ?? '',
    status: plan.status,
    created: plan.created ?? null,
    author: plan.author?.display ?? null,
    goals,
    activities,
    followUpDate: followUp?.scheduledDate ?? null,
    riskAssessmentId,
    nextSteps,
  };
}
