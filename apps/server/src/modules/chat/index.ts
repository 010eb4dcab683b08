import type { Logger } from 'pino';
import type { Clock } from '../../platform/clock.ts';
import type { ChatConfig } from '../../platform/config.ts';
import type { EnvelopeCipher } from '../../platform/crypto/envelope.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { FhirServices } from '../fhir/index.ts';
import type { NotificationDispatcher } from '../notifications/index.ts';
import { createShippedAssistant } from './assistant/assistant.ts';
import type { RecordFacts } from './assistant/record-questions.ts';
import { chatRoutes } from './chat.routes.ts';
import { createChatService } from './chat.service.ts';
import { createConversationsRepo } from './conversations.repo.ts';
import { type LanguageModel, offlineWriter } from './language-model/language-model.ts';
import { createOpenAiCompatibleModel } from './language-model/openai-compatible.ts';
import { loadPlatformHelp } from './platform-help/platform-help.ts';
import { createTriageSharingService } from './triage-sharing.service.ts';

/** The configured language model: the OpenAI-compatible endpoint when set, else the offline writer. */
function languageModelFor(config: ChatConfig): LanguageModel {
  return config.languageModel ? createOpenAiCompatibleModel(config.languageModel) : offlineWriter;
}

/**
 * The health assistant: the offline engine (emergency rules, symptom triage, the health library,
 * the platform's help pages, the patient's own record with permission), conversations kept per user
 * and encrypted, streamed replies, and triage summaries shared with the patient's doctors.
 */
export function createChatModule(deps: {
  db: Executor;
  cipher: EnvelopeCipher;
  audit: AuditRecorder;
  clock: Clock;
  log: Logger;
  config: ChatConfig;
  fhir: Pick<FhirServices, 'writer' | 'records'>;
  dispatcher: Pick<NotificationDispatcher, 'notifyMany'>;
  responsibleDoctors(db: Executor, patientId: string): Promise<{ userId: string }[]>;
  readRecord(patientId: string): Promise<RecordFacts>;
}) {
  const repo = createConversationsRepo();
  const assistant = createShippedAssistant({
    help: loadPlatformHelp(),
    numbers: { emergencyNumber: deps.config.emergencyNumber, crisisLine: deps.config.crisisLine },
  });
  const chat = createChatService({
    ...deps,
    repo,
    assistant,
    model: languageModelFor(deps.config),
  });
  const sharing = createTriageSharingService({ ...deps, repo, chat });
  return { chat, sharing, routes: chatRoutes({ chat, sharing }) };
}
export type ChatModule = ReturnType<typeof createChatModule>;
