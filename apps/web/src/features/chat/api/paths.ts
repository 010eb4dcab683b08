import type { ChatMode } from '@nexus/contracts';

/** Where the health assistant lives in the API. */
export const conversationsPath = '/api/v1/chat/conversations';
export const conversationsOfModePath = (mode: ChatMode) =>
  `${conversationsPath}?${new URLSearchParams({ mode })}`;
export const conversationPath = (conversationId: string) =>
  `${conversationsPath}/${encodeURIComponent(conversationId)}`;
export const messagesPath = (conversationId: string) => `${conversationPath(conversationId)}/messages`;
export const sharePath = (conversationId: string) => `${conversationPath(conversationId)}/share`;
export const recordConsentPath = '/api/v1/chat/record-consent';
export const triageSummariesPath = (patientId: string) =>
  `/api/v1/patients/${encodeURIComponent(patientId)}/triage-summaries`;
