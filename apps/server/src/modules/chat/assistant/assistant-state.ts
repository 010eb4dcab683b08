import { EMPTY_TRIAGE, type TriageState } from '@nexus/clinical';
import { TriageCard } from '@nexus/contracts';
import { z } from 'zod';

/**
 * What a conversation remembers between turns (stored encrypted): the symptom conversation, the last
 * triage result (what a share sends to the doctor), and a record question waiting for permission.
 */
export interface AssistantState {
  readonly triage: TriageState;
  readonly outcome: TriageCard | null;
  readonly awaitingConsentFor: string | null;
}

export const NEW_ASSISTANT_STATE: AssistantState = {
  triage: EMPTY_TRIAGE,
  outcome: null,
  awaitingConsentFor: null,
};

const StoredState = z.object({
  triage: z.object({
    findings: z.record(z.string(), z.enum(['present', 'absent', 'resolved', 'past'])),
    ageYears: z.number().nullable().optional(),
    sex: z.enum(['female', 'male']).nullable().optional(),
    durationDays: z.number().nullable().optional(),
    severity: z.enum(['mild', 'moderate', 'severe']).nullable().optional(),
    asked: z.array(z.string().regex(/^(age|sex|duration|severity|finding:[a-z0-9-]+)$/)),
    pending: z
      .string()
      .regex(/^(age|sex|duration|severity|finding:[a-z0-9-]+)$/)
      .nullable(),
    words: z.array(z.string()),
  }),
  outcome: TriageCard.nullable(),
  awaitingConsentFor: z.string().nullable(),
});

/** Reads a stored state back; a state from an older release that no longer parses starts afresh. */
export function parseAssistantState(json: string): AssistantState {
  const parsed = StoredState.safeParse(JSON.parse(json));
  return parsed.success ? (parsed.data as AssistantState) : NEW_ASSISTANT_STATE;
}
