import {
  absorbMessage,
  createHealthLibrary,
  defaultTriageKnowledge,
  EMPTY_TRIAGE,
  emergenciesOf,
  extractFindings,
  type HealthAnswer,
  hasSymptoms,
  nextStep,
  normaliseText,
  readYesNo,
  redFlagsOf,
  type TriageKnowledge,
} from '@nexus/clinical';
import type { ChatCard, ChatMode, Role } from '@nexus/contracts';
import type { HelpAnswer } from '../platform-help/platform-help.ts';
import type { AssistantState } from './assistant-state.ts';
import { answerRecordQuestion, type RecordFacts, recordQuestionOf } from './record-questions.ts';
import {
  type EmergencyNumbers,
  emergencyCardOf,
  emergencyText,
  outcomeText,
  triageCardOf,
} from './triage-replies.ts';

/**
 * The offline assistant: one turn of a conversation, decided by rules in a fixed order. Safety first
 * (the emergency rules on every message), then the pending question or permission, the patient's own
 * record, how to use the platform, symptoms, and health information; "I don't know" last.
 */

export interface AssistantReply {
  readonly text: string;
  readonly card: ChatCard | null;
  readonly suggestions: readonly string[];
  /**
   * What a language model may reword the text from (the retrieved article or help page); null when
   * the words are final (emergency advice, triage questions and results, the patient's record).
   */
  readonly grounding: string | null;
}

export interface AssistantTurn {
  readonly reply: AssistantReply;
  readonly state: AssistantState;
  /** A change to the patient's permission for the assistant to read their record. */
  readonly consent: 'grant' | null;
}

export interface AssistantTurnInput {
  readonly mode: ChatMode;
  readonly role: Role | null;
  readonly state: AssistantState;
  readonly text: string;
  readonly hasRecordConsent: boolean;
  /** Reads the patient's record; null when the asker has no record of their own. */
  readonly readRecord: (() => Promise<RecordFacts>) | null;
}

export interface AssistantDeps {
  readonly knowledge: TriageKnowledge;
  readonly library: { answer(question: string): HealthAnswer };
  readonly help: { answer(question: string, role: Role | null): HelpAnswer };
  readonly numbers: EmergencyNumbers;
}

const START_AGAIN = /^(start again|start over|restart|reset|new symptoms?|something else)$/;
const PATIENT_SUGGESTIONS = [
  'I have a headache and a fever',
  'What is HbA1c?',
  'When is my next dose?',
  'How do I add a passkey?',
];
const HELP_SUGGESTIONS = [
  'How do I add a passkey?',
  'Where is the audit log?',
  'What is a normal blood pressure?',
];

export function createAssistant(deps: AssistantDeps) {
  const { knowledge, numbers } = deps;
  const reply = (
    text: string,
    card: ChatCard | null,
    suggestions: readonly string[] = [],
    grounding: string | null = null,
  ) => ({
    text,
    card,
    suggestions,
    grounding,
  });

  function greeting(mode: ChatMode): AssistantReply {
    return mode === 'patient'
      ? reply(
          `Hello, I’m the health assistant. Tell me what’s bothering you, ask a health question, ask about your own record, or ask how to do something here. I give guidance, not a diagnosis. In an emergency, call ${numbers.emergencyNumber}.`,
          null,
          PATIENT_SUGGESTIONS,
        )
      : reply(
          'Hello, I can help you find your way around the platform and answer general health questions, with their sources.',
          null,
          HELP_SUGGESTIONS,
        );
  }

  function triageTurn(state: AssistantState, triage: AssistantState['triage']): AssistantTurn {
    const { state: asked, step } = nextStep(knowledge, triage);
    if (step.kind === 'question')
      return {
        reply: reply(step.question.text, null, step.question.suggestions),
        state: { ...state, triage: asked },
        consent: null,
      };
    const card = triageCardOf(knowledge, step.outcome);
    const top = step.outcome.conditions[0]?.condition.name;
    return {
      reply: reply(
        outcomeText(step.outcome, numbers),
        card,
        top ? [`What is ${top}?`, 'Start again'] : ['Start again'],
      ),
      state: { ...state, triage: asked, outcome: card },
      consent: null,
    };
  }

  async function recordTurn(
    input: AssistantTurnInput,
    question: string,
    state: AssistantState,
  ): Promise<AssistantTurn | undefined> {
    const asked = recordQuestionOf(question);
    if (!asked || !input.readRecord) return undefined;
    if (!input.hasRecordConsent)
      return {
        reply: reply(
          'To answer that I need to look at your health record. May I?',
          {
            kind: 'consent',
            question: 'Let the assistant read your record to answer questions about it?',
          },
          ['Yes, use my record', 'No'],
        ),
        state: { ...state, awaitingConsentFor: question },
        consent: null,
      };
    const answer = answerRecordQuestion(asked, await input.readRecord());
    return {
      reply: reply(answer.text, answer.card),
      state: { ...state, awaitingConsentFor: null },
      consent: null,
    };
  }

  function informationReply(question: string, prefix: string): AssistantReply | undefined {
    const found = deps.library.answer(question);
    if (found.kind === 'unknown') return undefined;
    const { article, section } = found;
    const body = section ? `${article.summary}\n\n${section.heading}: ${section.text}` : article.summary;
    return reply(
      `${prefix}${body}`,
      {
        kind: 'information',
        title: article.title,
        source: { ...article.source },
        reviewed: article.reviewed,
        related: found.related.slice(0, 3).map((r) => r.title),
      },
      found.related.slice(0, 3).map((r) => `Tell me about ${r.title}`),
      [article.title, article.summary, ...article.sections.map((s) => `${s.heading}: ${s.text}`)].join('\n'),
    );
  }

  async function respond(input: AssistantTurnInput): Promise<AssistantTurn> {
    const text = input.text.trim();
    const normalised = normaliseText(text);
    let state = input.state;

    if (START_AGAIN.test(normalised))
      return {
        reply: reply(
          'All right, let’s start again. What symptoms would you like to talk about?',
          null,
          PATIENT_SUGGESTIONS,
        ),
        state: { ...state, triage: EMPTY_TRIAGE, outcome: null },
        consent: null,
      };

    // 1. Safety: the emergency rules on this message, with what the conversation already knows.
    const found = extractFindings(text, knowledge.matcher);
    const isPatient = input.mode === 'patient';
    const before = isPatient ? emergenciesOf(knowledge, state.triage).map((rule) => rule.id) : [];
    const triage = isPatient ? absorbMessage(knowledge, state.triage, text, found) : state.triage;
    const emergencies = isPatient
      ? emergenciesOf(knowledge, triage)
      : redFlagsOf({
          present: new Set(found.filter((f) => f.status === 'present').map((f) => f.id)),
          ageYears: undefined,
          severity: undefined,
        });
    const namesRedFlagNow = found.some((f) => f.status === 'present' && emergencies.length > 0);
    const isNewEmergency = emergencies.some((rule) => !before.includes(rule.id));
    const [emergency] = emergencies;
    if (emergency && (isNewEmergency || namesRedFlagNow || state.triage.pending !== null)) {
      return {
        reply: reply(emergencyText(emergency, numbers, false), emergencyCardOf(emergency, numbers, false), [
          'What should I do while I wait?',
        ]),
        // The outcome is kept (an emergency leaves no question pending), so it can be shared.
        state: isPatient ? triageTurn(state, triage).state : state,
        consent: null,
      };
    }
    const mentioned = new Set(found.filter((f) => f.status === 'mentioned').map((f) => f.id));
    const [hypothetical] = redFlagsOf({ present: mentioned, ageYears: undefined, severity: undefined });
    const safetyPrefix = hypothetical ? `${emergencyText(hypothetical, numbers, true)}\n\n` : '';

    // 2. The permission the assistant asked for.
    if (state.awaitingConsentFor) {
      const answer = readYesNo(text);
      if (answer === 'yes') {
        const question = state.awaitingConsentFor;
        const turn = await recordTurn({ ...input, hasRecordConsent: true }, question, {
          ...state,
          awaitingConsentFor: null,
        });
        if (turn) return { ...turn, consent: 'grant' };
      }
      if (answer === 'no')
        return {
          reply: reply(
            'All right, I won’t look at your record. You can change this in the assistant’s settings.',
            null,
          ),
          state: { ...state, awaitingConsentFor: null },
          consent: null,
        };
      state = { ...state, awaitingConsentFor: null };
    }

    // 3. The answer to a triage question.
    if (isPatient && state.triage.pending !== null) {
      const addsFindings = found.some((f) => f.status !== 'mentioned');
      const answered = triage.pending === null && (addsFindings || isAnswerTo(state.triage.pending, text));
      if (answered) return triageTurn(state, triage);
    }

    // 4. The patient's own record.
    const record = isPatient ? await recordTurn(input, text, state) : undefined;
    if (record) return record;

    // 5. Symptoms.
    const namesSymptoms = found.some((f) => f.status === 'present' || f.status === 'resolved');
    if (isPatient && namesSymptoms && hasSymptoms(triage)) return triageTurn(state, triage);

    // 6. How to use the platform.
    const help = deps.help.answer(text, input.role);
    if (help.kind === 'answer')
      return {
        reply: reply(
          plainText(help.text),
          { kind: 'help', title: help.topic.title, links: help.links },
          [],
          help.text,
        ),
        state,
        consent: null,
      };

    // 7. Health information.
    const information = informationReply(text, safetyPrefix);
    if (information)
      return { reply: information, state: isPatient ? { ...state, triage } : state, consent: null };

    if (hypothetical)
      return {
        reply: reply(safetyPrefix.trim(), emergencyCardOf(hypothetical, numbers, true)),
        state,
        consent: null,
      };
    return {
      reply: reply(
        'I’m sorry, I don’t know the answer to that. I can help with symptoms, general health questions, your own record, and how to use the platform. For anything else, please ask your doctor.',
        null,
        isPatient ? PATIENT_SUGGESTIONS : HELP_SUGGESTIONS,
      ),
      state: isPatient ? { ...state, triage } : state,
      consent: null,
    };
  }

  return { greeting, respond };
}
export type Assistant = ReturnType<typeof createAssistant>;

/** The assistant on the shipped knowledge base and health library, with the given help pages and numbers. */
export function createShippedAssistant(deps: Pick<AssistantDeps, 'help' | 'numbers'>): Assistant {
  return createAssistant({ ...deps, knowledge: defaultTriageKnowledge(), library: createHealthLibrary() });
}

/** Numbers for evaluation and benchmarks, where no call is made. */
export const EVALUATION_NUMBERS: EmergencyNumbers = {
  emergencyNumber: '112',
  crisisLine: { label: 'a crisis line', number: '116 123' },
};

/** The help pages' light markdown as the chat shows it: emphasis and link syntax dropped. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(?<![\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
}

/** Whether a reply reads as an answer to the pending question (rather than a new question). */
function isAnswerTo(pending: string, text: string): boolean {
  if (pending.startsWith('finding:')) return readYesNo(text) !== undefined;
  return text.length <= 60 && !/\?\s*$/.test(text);
}
