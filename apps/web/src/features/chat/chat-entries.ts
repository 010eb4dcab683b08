import { IconMessageChatbot } from '@tabler/icons-react';
import type { NavPageEntry } from '../../portals/shared/portal.types.ts';
import { chatStrings as s } from './chat.strings.ts';

/** The patient's health assistant: conversations, triage results to share, answers from their record. */
export const assistantEntry: NavPageEntry = {
  kind: 'page',
  id: 'assistant',
  path: 'assistant',
  label: s.assistantNav,
  icon: IconMessageChatbot,
  load: () => import('./patient/AssistantPage.tsx').then((module) => module.AssistantPage),
};

/** The chart tab that holds the triage summaries a patient shared (`?tab=assistant`). */
export const ASSISTANT_TAB = 'assistant';
