import { describe, expect, it } from 'vitest';
import { createPlatformHelp, type HelpTopic } from '../platform-help/platform-help.ts';
import { createShippedAssistant } from './assistant.ts';
import { type AssistantState, NEW_ASSISTANT_STATE } from './assistant-state.ts';

const passkeys: HelpTopic = {
  id: 'passkeys',
  title: 'Add a passkey',
  roles: ['patient', 'doctor'],
  keywords: ['passkey', 'passkeys', 'fingerprint', 'face id'],
  links: [{ label: 'Account', path: '/:portal/account' }],
  summary: 'A passkey lets you finish signing in with your fingerprint, face or device PIN.',
  body: '1. Open **Account**.\n2. Choose *Add a passkey*.',
};
const assistant = createShippedAssistant({
  help: createPlatformHelp([passkeys]),
  numbers: { emergencyNumber: '999', crisisLine: { label: 'Samaritans', number: '116 123' } },
});
const noRecord = async (): Promise<never> => {
  throw new Error('the record must not be read without permission');
};
const turn = (text: string, state: AssistantState = NEW_ASSISTANT_STATE) =>
  assistant.respond({
    mode: 'patient',
    role: 'patient',
    state,
    text,
    hasRecordConsent: false,
    readRecord: noRecord,
  });

describe('the assistant’s order of answers', () => {
  it('puts an emergency before a pending question, whatever it was about', async () => {
    const asked = await turn('I have a headache');
    expect(asked.state.triage.pending).not.toBeNull();
    const emergency = await turn('now my arm is weak and my speech is slurred', asked.state);
    expect(emergency.reply.card).toMatchObject({
      kind: 'emergency',
      rule: 'stroke',
      call: { number: '999' },
    });
    expect(emergency.state.outcome?.level).toBe('emergency');
  });

  it('answers a how-to question asked in the middle of triage, without markdown', async () => {
    const asked = await turn('I have a sore throat');
    const help = await turn('How do I add a passkey?', asked.state);
    expect(help.reply.card).toMatchObject({
      kind: 'help',
      links: [{ label: 'Account', path: '/patient/account' }],
    });
    expect(help.reply.text).toContain('Open Account');
    expect(help.reply.text).not.toContain('*');
  });

  it('reaches a result when every follow-up is answered “I don’t know”', async () => {
    let result = await turn('I have had diarrhoea and been sick since yesterday, 25 year old man');
    for (let i = 0; i < 10 && result.reply.card === null; i++)
      result = await turn('I don’t know', result.state);
    expect(result.reply.card?.kind).toBe('triage');
    expect(result.state.triage.pending).toBeNull();
  });

  it('warns about an emergency a general question names, and still answers it', async () => {
    const result = await turn(
      'What are the warning signs of a heart attack? Is chest pain with sweating one?',
    );
    expect(result.reply.text).toMatch(/If you or someone with you has these symptoms now, call 999/);
    expect(result.reply.card?.kind).not.toBe('triage');
  });

  it('asks before reading the record, and remembers the question', async () => {
    const asked = await turn('What was my last blood pressure?');
    expect(asked.reply.card?.kind).toBe('consent');
    expect(asked.state.awaitingConsentFor).toBe('What was my last blood pressure?');
    const refused = await turn('No', asked.state);
    expect(refused.consent).toBeNull();
    expect(refused.state.awaitingConsentFor).toBeNull();
  });

  it('says it does not know what it does not know', async () => {
    const result = await turn('What is the capital of France?');
    expect(result.reply.text).toMatch(/I don’t know/);
    expect(result.reply.card).toBeNull();
  });
});
