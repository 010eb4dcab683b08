import { z } from 'zod';

/**
 * The health assistant: conversations (kept per user, encrypted at rest), the assistant's replies
 * with their structured cards (emergency advice, a triage result, health information with its
 * source, platform help, answers from the patient's own record), and the triage summary a patient
 * shares with their doctors.
 */

export const ChatMode = z.enum(['patient', 'help']);
export type ChatMode = z.infer<typeof ChatMode>;

export const TriageLevelView = z.enum(['emergency', 'urgent', 'doctor', 'self-care']);
export type TriageLevelView = z.infer<typeof TriageLevelView>;

export const ChatSource = z.object({ title: z.string(), url: z.string() });
export type ChatSource = z.infer<typeof ChatSource>;

export const AppLink = z.object({ label: z.string(), path: z.string().startsWith('/') });
export type AppLink = z.infer<typeof AppLink>;

export const EmergencyCard = z.object({
  kind: z.literal('emergency'),
  /** Which emergency rule fired, e.g. "stroke". */
  rule: z.string(),
  title: z.string(),
  /** What to do now, in order. */
  actions: z.array(z.string()),
  call: z.object({ label: z.string(), number: z.string() }),
  /** A crisis line, for thoughts of suicide or self-harm. */
  crisisLine: z.object({ label: z.string(), number: z.string() }).nullable(),
});

export const LikelihoodView = z.enum(['more likely', 'possible', 'less likely']);
export const TriageConditionView = z.object({
  name: z.string(),
  likelihood: LikelihoodView,
  /** Why it is on the list: the findings that fit it, and those that argue against it. */
  why: z.array(z.string()),
  summary: z.string(),
  advice: z.string(),
  source: ChatSource,
});
export type TriageConditionView = z.infer<typeof TriageConditionView>;

export const TriageCard = z.object({
  kind: z.literal('triage'),
  level: TriageLevelView,
  /** "Call the emergency number now", "Get medical help today", ... */
  levelLabel: z.string(),
  reasons: z.array(z.string()),
  conditions: z.array(TriageConditionView),
  /** The symptoms as understood, for the patient to check. */
  understood: z.object({ present: z.array(z.string()), absent: z.array(z.string()) }),
  disclaimer: z.string(),
  /** Set once the patient has shared this result with their doctors. */
  sharedAt: z.iso.datetime().nullable(),
});
export type TriageCard = z.infer<typeof TriageCard>;

export const InformationCard = z.object({
  kind: z.literal('information'),
  title: z.string(),
  source: ChatSource,
  reviewed: z.string(),
  related: z.array(z.string()),
});

export const HelpCard = z.object({ kind: z.literal('help'), title: z.string(), links: z.array(AppLink) });

export const RecordCard = z.object({
  kind: z.literal('record'),
  items: z.array(z.object({ label: z.string(), value: z.string(), when: z.string().nullable() })),
  link: AppLink.nullable(),
});

export const ConsentCard = z.object({ kind: z.literal('consent'), question: z.string() });

export const ChatCard = z.discriminatedUnion('kind', [
  EmergencyCard,
  TriageCard,
  InformationCard,
  HelpCard,
  RecordCard,
  ConsentCard,
]);
export type ChatCard = z.infer<typeof ChatCard>;
export type EmergencyCard = z.infer<typeof EmergencyCard>;
export type InformationCard = z.infer<typeof InformationCard>;
export type HelpCard = z.infer<typeof HelpCard>;
export type RecordCard = z.infer<typeof RecordCard>;

export const ChatMessageView = z.object({
  id: z.uuid(),
  author: z.enum(['user', 'assistant']),
  text: z.string(),
  card: ChatCard.nullable(),
  /** Replies the user can send with one tap. */
  suggestions: z.array(z.string()),
  createdAt: z.iso.datetime(),
});
export type ChatMessageView = z.infer<typeof ChatMessageView>;

export const ConversationSummaryView = z.object({
  id: z.uuid(),
  mode: ChatMode,
  title: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ConversationSummaryView = z.infer<typeof ConversationSummaryView>;

export const ConversationList = z.object({ conversations: z.array(ConversationSummaryView) });
export type ConversationList = z.infer<typeof ConversationList>;

export const ConversationView = ConversationSummaryView.extend({
  messages: z.array(ChatMessageView),
  /** Whether the conversation holds a triage result that can be shared with the patient's doctors. */
  canShare: z.boolean(),
});
export type ConversationView = z.infer<typeof ConversationView>;

export const StartConversation = z.object({ mode: ChatMode });
export type StartConversation = z.infer<typeof StartConversation>;

export const ConversationParams = z.object({ conversationId: z.uuid() });

export const SendChatMessage = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'Write a message first.')
    .max(2000, 'Messages are limited to 2,000 characters.'),
});
export type SendChatMessage = z.infer<typeof SendChatMessage>;

/** The JSON answer to a message; with `Accept: text/event-stream` the same arrives as events. */
export const ChatExchange = z.object({ user: ChatMessageView, reply: ChatMessageView });
export type ChatExchange = z.infer<typeof ChatExchange>;

/**
 * Server-sent events of a streamed reply, in order: `user` (the stored message), `card` (at once
 * for an emergency), `delta` (text as it is written), then `done` with the stored reply, or `error`.
 */
export const ChatStreamEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), message: ChatMessageView }),
  z.object({ type: z.literal('card'), card: ChatCard }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('done'), message: ChatMessageView }),
  z.object({ type: z.literal('error'), title: z.string(), detail: z.string() }),
]);
export type ChatStreamEvent = z.infer<typeof ChatStreamEvent>;

export const ShareTriage = z.object({
  askForAppointment: z.boolean(),
  note: z.string().trim().max(500).optional(),
});
export type ShareTriage = z.infer<typeof ShareTriage>;

export const SharedTriageResult = z.object({
  summaryId: z.string(),
  sharedAt: z.iso.datetime(),
  appointmentRequested: z.boolean(),
});
export type SharedTriageResult = z.infer<typeof SharedTriageResult>;

/** A triage summary as the doctor reads it in the chart. */
export const TriageSummaryView = z.object({
  id: z.string(),
  sharedAt: z.iso.datetime(),
  level: TriageLevelView,
  levelLabel: z.string(),
  present: z.array(z.string()),
  absent: z.array(z.string()),
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
  reasons: z.array(z.string()),
  conditions: z.array(z.object({ name: z.string(), likelihood: LikelihoodView })),
  patientWords: z.string(),
  note: z.string().nullable(),
  appointmentRequested: z.boolean(),
});
export type TriageSummaryView = z.infer<typeof TriageSummaryView>;

export const TriageSummaryList = z.object({ summaries: z.array(TriageSummaryView) });
export type TriageSummaryList = z.infer<typeof TriageSummaryList>;

export const RecordConsentView = z.object({ granted: z.boolean(), grantedAt: z.iso.datetime().nullable() });
export type RecordConsentView = z.infer<typeof RecordConsentView>;
export const UpdateRecordConsent = z.object({ granted: z.boolean() });
