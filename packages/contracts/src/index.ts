/**
 * The API's contract: zod schemas and inferred types shared by the server and the web app.
 * Each file covers one capability; this index re-exports them all.
 */
export * from './access.ts';
export * from './accounts.ts';
export * from './bloodbank.ts';
export * from './cds.ts';
export * from './chat.ts';
export * from './identity.ts';
export * from './medications.ts';
export * from './notifications.ts';
export * from './platform.ts';
export * from './problem.ts';
export * from './questionnaire.ts';
export * from './record-forms.ts';
export * from './records.ts';
export * from './reminders.ts';
export * from './second-factor.ts';
