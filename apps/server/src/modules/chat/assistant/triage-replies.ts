import type { RedFlagRule, TriageKnowledge, TriageOutcome } from '@nexus/clinical';
import type { EmergencyCard, TriageCard } from '@nexus/contracts';

/**
 * The assistant's words for triage: a follow-up question, the emergency advice, and the result card.
 * Written here, from the rules' output, so that what the patient is told to do never depends on a
 * language model.
 */

export interface EmergencyNumbers {
  readonly emergencyNumber: string;
  readonly crisisLine: { readonly label: string; readonly number: string };
}

export const TRIAGE_DISCLAIMER =
  'This is guidance from an automated assistant, not a diagnosis. If you are worried, or things get worse, contact a doctor or call the emergency number.';

export function emergencyCardOf(
  rule: RedFlagRule,
  numbers: EmergencyNumbers,
  isHypothetical: boolean,
): EmergencyCard {
  return {
    kind: 'emergency',
    rule: rule.id,
    title: isHypothetical ? `If this is happening now: ${lowerFirst(rule.title)}` : rule.title,
    actions: [...rule.actions],
    call: { label: `Call ${numbers.emergencyNumber}`, number: numbers.emergencyNumber },
    crisisLine:
      rule.kind === 'crisis' ? { label: numbers.crisisLine.label, number: numbers.crisisLine.number } : null,
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function emergencyText(rule: RedFlagRule, numbers: EmergencyNumbers, isHypothetical: boolean): string {
  if (rule.kind === 'crisis')
    return `I’m really sorry you’re going through this. You don’t have to face it alone. If you are in danger now, call ${numbers.emergencyNumber}. You can talk to ${numbers.crisisLine.label} on ${numbers.crisisLine.number}, any time.`;
  if (isHypothetical)
    return `If you or someone with you has these symptoms now, call ${numbers.emergencyNumber} straight away. ${rule.title}.`;
  return `${rule.title}. Call ${numbers.emergencyNumber} now. Don’t wait to see if it gets better.`;
}

function whyOf(
  knowledge: TriageKnowledge,
  supporting: readonly string[],
  against: readonly string[],
): string[] {
  const lay = (id: string) => knowledge.symptoms.get(id)?.lay ?? id;
  const why: string[] = [];
  if (supporting.length > 0) why.push(`Fits: ${supporting.slice(0, 4).map(lay).join(', ')}.`);
  if (against.length > 0) why.push(`Against it: no ${against.slice(0, 3).map(lay).join(', no ')}.`);
  return why;
}

export function triageCardOf(knowledge: TriageKnowledge, outcome: TriageOutcome): TriageCard {
  return {
    kind: 'triage',
    level: outcome.level,
    levelLabel: outcome.levelLabel,
    reasons: [...outcome.reasons],
    conditions: outcome.conditions.map((scored) => ({
      name: scored.condition.name,
      likelihood: scored.likelihood,
      why: whyOf(knowledge, scored.supporting, scored.against),
      summary: scored.condition.summary,
      advice: scored.condition.advice,
      source: { ...scored.condition.source },
    })),
    understood: { present: [...outcome.present], absent: [...outcome.absent] },
    disclaimer: TRIAGE_DISCLAIMER,
    sharedAt: null,
  };
}

export function outcomeText(outcome: TriageOutcome, numbers: EmergencyNumbers): string {
  const names = outcome.conditions
    .filter((c) => c.likelihood !== 'less likely')
    .slice(0, 2)
    .map((c) => c.condition.name);
  const fits =
    names.length > 0
      ? ` What you describe fits best with ${names.join(' or ')}, but only a clinician can tell for sure.`
      : '';
  switch (outcome.level) {
    case 'emergency':
      return `Please call ${numbers.emergencyNumber} or go to the emergency department now.${fits}`;
    case 'urgent':
      return `You should get medical help today: contact your doctor’s surgery for a same-day appointment, an urgent care centre, or your local urgent medical helpline.${fits}`;
    case 'doctor':
      return `It would be best to book an appointment with your doctor in the next few days.${fits}`;
    case 'self-care':
      return `This can usually be looked after at home, and a pharmacist can help.${fits} See a doctor if it gets worse or does not improve.`;
  }
}
