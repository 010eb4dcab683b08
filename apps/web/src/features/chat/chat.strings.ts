import type { TriageConditionView, TriageLevelView } from '@nexus/contracts';

/** The most a message may hold (the contract's SendChatMessage says the same). */
export const MESSAGE_MAX_LENGTH = 2000;
/** The most a note to the doctor may hold (the contract's ShareTriage says the same). */
export const SHARE_NOTE_MAX_LENGTH = 500;

const count = new Intl.NumberFormat('en-GB');

/**
 * User-visible texts of the health assistant: the patient's Assistant page, the chat panel and its
 * cards, the help assistant in the header, and the triage summaries in a patient's chart.
 */
export const chatStrings = {
  errorFallback: 'Something went wrong. Try again in a moment.',
  retry: 'Try again',

  // The patient's Assistant page.
  assistantNav: 'Assistant',
  assistantTitle: 'Health assistant',
  assistantIntro:
    'Describe how you feel, ask about a health topic or about your own record. The assistant gives guidance, not a diagnosis.',
  conversationsHeading: 'Conversations',
  conversationsLabel: 'Your conversations, newest first',
  conversationsLoading: 'Loading your conversations…',
  conversationsLoadFailed: 'Your conversations could not be loaded',
  conversationsEmpty: 'No conversations yet. Start one to talk to the assistant.',
  showConversations: 'Conversations',
  newConversation: 'New conversation',
  startFailed: 'A new conversation could not be started',
  updatedAt: (when: string) => `Last message ${when}`,
  currentConversation: 'current conversation',
  deleteConversation: 'Delete',
  deleteConversationLabel: (title: string) => `Delete conversation “${title}”`,
  deleteTitle: 'Delete this conversation?',
  deleteBody: (title: string) => `“${title}” and all its messages will be deleted. This cannot be undone.`,
  deleteConfirm: 'Delete conversation',
  deleteFailed: 'The conversation could not be deleted',
  deleted: 'The conversation was deleted.',
  noConversationChosen: 'Choose a conversation, or start a new one.',
  conversationLoading: 'Loading the conversation…',
  conversationLoadFailed: 'The conversation could not be loaded',

  // Settings (record consent).
  settings: 'Assistant settings',
  settingsHeading: 'Assistant settings',
  recordConsentLabel: 'Let the assistant read my record to answer questions about it',
  recordConsentDescription:
    'It then answers questions such as “What was my last blood pressure?” from your record. It never changes your record.',
  recordConsentLoading: 'Loading your settings…',
  recordConsentLoadFailed: 'Your settings could not be loaded',
  recordConsentSaveFailed: 'Your setting could not be saved',
  recordConsentSince: (when: string) => `Allowed since ${when}.`,

  // The chat panel.
  messagesLabel: 'Messages',
  you: 'You said:',
  assistant: 'Assistant said:',
  writing: 'The assistant is writing…',
  messageLabel: 'Message',
  messageDescription: 'Press Enter to send, Shift+Enter for a new line.',
  messageCounter: (used: number) => `${count.format(used)} / ${count.format(MESSAGE_MAX_LENGTH)} characters`,
  messageEmpty: 'Write a message first.',
  send: 'Send',
  suggestionsLabel: 'Suggested replies',
  sendFailed: 'The message could not be sent',
  patientDisclaimer:
    'The assistant gives guidance, not a diagnosis. In an emergency, call your local emergency number.',
  helpDisclaimer:
    'The help assistant explains how to use LifeCare Nexus and answers general health questions, with their sources. It does not diagnose.',

  // Cards.
  opensInNewTab: '(opens in a new tab)',
  call: (number: string) => `Call ${number}`,
  emergencyActionsLabel: 'What to do now',
  triageLevels: {
    emergency: 'Emergency',
    urgent: 'Urgent',
    doctor: 'See a doctor',
    'self-care': 'Self-care',
  } satisfies Record<TriageLevelView, string>,
  triageHeading: 'Triage result',
  reasonsHeading: 'Why this advice',
  understoodHeading: 'What we understood',
  presentLabel: 'You have',
  absentLabel: 'You do not have',
  noneNoted: 'None noted',
  conditionsHeading: 'Possible causes',
  likelihoods: {
    'more likely': 'More likely',
    possible: 'Possible',
    'less likely': 'Less likely',
  } satisfies Record<TriageConditionView['likelihood'], string>,
  whyLabel: 'Why it is on the list',
  adviceLabel: 'What to do',
  source: (title: string) => `Source: ${title}`,
  reviewed: (when: string) => `Reviewed ${when}`,
  relatedLabel: 'Related topics',
  recordHeading: 'From your record',
  recordCaption: 'What the assistant found in your record',
  recordItem: 'Item',
  recordValue: 'Value',
  recordWhen: 'When',
  recordWhenUnknown: '—',
  consentYes: 'Yes, use my record',
  consentNo: 'No',
  consentNote: 'You can change this at any time in the assistant’s settings.',

  // Sharing a triage result.
  share: 'Share with my doctor',
  shareTitle: 'Share this result with your doctor',
  shareIntro:
    'Your doctors will see the result, the symptoms as the assistant understood them and your own words. They can see it in your record.',
  askForAppointment: 'Ask for an appointment',
  noteLabel: 'Note for your doctor (optional)',
  noteCounter: (used: number) => `${count.format(used)} / ${count.format(SHARE_NOTE_MAX_LENGTH)} characters`,
  shareSubmit: 'Share',
  cancel: 'Cancel',
  closeDialog: 'Close',
  dismiss: 'Dismiss',
  shareFailed: 'The result could not be shared',
  sharedOn: (when: string) => `Shared with your doctor on ${when}`,

  // The help assistant in the header.
  helpButton: 'Help assistant',
  helpTitle: 'Help assistant',
  helpStarting: 'Starting the help assistant…',
  helpStartFailed: 'The help assistant could not be started',

  // The chart's Assistant tab.
  chartTab: 'Assistant',
  summariesHeading: 'Summaries from the health assistant',
  summariesLabel: 'Summaries shared by the patient, newest first',
  summariesLoading: 'Loading the assistant’s summaries…',
  summariesLoadFailed: 'The assistant’s summaries could not be loaded',
  summariesEmpty: 'No summaries from the health assistant yet.',
  summaryShared: (when: string) => `Shared ${when}`,
  appointmentRequested: 'Appointment requested',
  presentChartLabel: 'Symptoms present',
  absentChartLabel: 'Symptoms absent',
  factsLabel: 'Facts',
  conditionsLabel: 'Conditions considered',
  patientWordsLabel: 'In the patient’s words',
  noteFromPatient: 'Note from the patient',
};
