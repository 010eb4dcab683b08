import type {
  ChatMessageView,
  ChatStreamEvent,
  ConversationView,
  EmergencyCard,
  TriageCard,
  TriageSummaryView,
} from '@nexus/contracts';

export const CONVERSATION_ID = '00000000-0000-4000-8000-000000000c01';
export const OTHER_CONVERSATION_ID = '00000000-0000-4000-8000-000000000c02';

let messageNumber = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++messageNumber).padStart(12, '0')}`;

export function buildChatMessage(overrides: Partial<ChatMessageView> = {}): ChatMessageView {
  return {
    id: nextId(),
    author: 'assistant',
    text: 'Hello, I am the health assistant. How can I help?',
    card: null,
    suggestions: [],
    createdAt: '2026-03-04T09:00:00.000Z',
    ...overrides,
  };
}

export function buildConversation(overrides: Partial<ConversationView> = {}): ConversationView {
  return {
    id: CONVERSATION_ID,
    mode: 'patient',
    title: 'Headache since this morning',
    createdAt: '2026-03-04T09:00:00.000Z',
    updatedAt: '2026-03-04T09:05:00.000Z',
    messages: [buildChatMessage({ suggestions: ['I have a headache', 'What is blood pressure?'] })],
    canShare: false,
    ...overrides,
  };
}

export function buildTriageCard(overrides: Partial<TriageCard> = {}): TriageCard {
  return {
    kind: 'triage',
    level: 'doctor',
    levelLabel: 'See a doctor in the next few days',
    reasons: ['The headache has lasted more than three days.'],
    conditions: [
      {
        name: 'Tension-type headache',
        likelihood: 'more likely',
        why: ['Pressing pain on both sides'],
        summary: 'The most common kind of headache.',
        advice: 'Rest, drink water and take paracetamol if you need to.',
        source: { title: 'NHS: Tension headaches', url: 'https://www.nhs.uk/conditions/tension-headaches/' },
      },
    ],
    understood: { present: ['headache', 'tiredness'], absent: ['fever', 'stiff neck'] },
    disclaimer: 'This is not a diagnosis.',
    sharedAt: null,
    ...overrides,
  };
}

export function buildEmergencyCard(overrides: Partial<EmergencyCard> = {}): EmergencyCard {
  return {
    kind: 'emergency',
    rule: 'stroke',
    title: 'This could be a stroke',
    actions: ['Call the emergency number now.', 'Note the time the symptoms started.'],
    call: { label: 'Emergency services', number: '112' },
    crisisLine: null,
    ...overrides,
  };
}

export function buildTriageSummary(overrides: Partial<TriageSummaryView> = {}): TriageSummaryView {
  return {
    id: 'summary-1',
    sharedAt: '2026-03-04T09:10:00.000Z',
    level: 'urgent',
    levelLabel: 'Get medical help today',
    present: ['chest pain on breathing', 'fever'],
    absent: ['shortness of breath'],
    facts: [
      { label: 'Age', value: '52 years' },
      { label: 'Duration', value: '2 days' },
      { label: 'Severity', value: '6 out of 10' },
    ],
    reasons: ['Fever with chest pain needs a doctor today.'],
    conditions: [{ name: 'Pneumonia', likelihood: 'possible' }],
    patientWords: 'It hurts when I breathe in',
    note: 'I can come in after 3 pm.',
    appointmentRequested: true,
    ...overrides,
  };
}

/** One event as the server writes it. */
export const sseEvent = (event: ChatStreamEvent) => `data: ${JSON.stringify(event)}\n\n`;

/**
 * A streamed answer the test writes into as it goes: `write` sends text (any part of an event),
 * `close` ends the stream. The response is given once the handler is called.
 */
export function controlledStream() {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
    },
  });
  return {
    response: () =>
      new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } }),
    write: (text: string) => controller?.enqueue(encoder.encode(text)),
    close: () => controller?.close(),
  };
}

/** A whole streamed answer at once. */
export function sseResponse(events: readonly ChatStreamEvent[]) {
  const stream = controlledStream();
  for (const event of events) stream.write(sseEvent(event));
  stream.close();
  return stream.response();
}
