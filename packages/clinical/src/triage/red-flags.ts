import type { Severity } from './context-extraction.ts';

/**
 * The emergency rules. They run on every message before anything else, read only what the message
 * and the conversation so far say is present now, and are never left to a language model. Each rule
 * names the emergency and says what to do now. Sources: NHS "When to call 999", NHS 111 pathways,
 * the Stroke Association's FAST test, Resuscitation Council UK anaphylaxis guidance, NICE NG51
 * (sepsis), NICE CG102 (meningitis), Samaritans and 988 Lifeline crisis guidance.
 */

export interface RedFlagFacts {
  /** Findings present now (not denied, not in the past). */
  readonly present: ReadonlySet<string>;
  /** Findings the person says they do not have. */
  readonly absent?: ReadonlySet<string>;
  readonly ageYears: number | undefined;
  readonly severity: Severity | undefined;
}

export type RedFlagKind = 'emergency' | 'crisis';

export interface RedFlagRule {
  readonly id: string;
  readonly kind: RedFlagKind;
  readonly title: string;
  readonly matches: (facts: RedFlagFacts) => boolean;
  /** What to do now, after calling for help. */
  readonly actions: readonly string[];
}

/**
 * A drooping face that takes in the forehead or the eyelid, with arms, legs and speech said to be
 * normal, is the pattern of Bell's palsy (a stroke spares the forehead): urgent, not an ambulance.
 * Any other droop is a stroke until proven otherwise.
 */
function isBellsPalsyPattern(f: RedFlagFacts): boolean {
  return (
    f.present.has('forehead-or-eyelid-weakness') &&
    (f.absent?.has('limb-weakness') ?? false) &&
    (f.absent?.has('speech-difficulty') ?? false)
  );
}

const any = (facts: RedFlagFacts, ...ids: string[]) => ids.some((id) => facts.present.has(id));
const has = (facts: RedFlagFacts, id: string) => facts.present.has(id);

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  {
    id: 'suicide-risk',
    kind: 'crisis',
    title: 'You deserve support right now',
    matches: (f) => any(f, 'suicidal-thoughts', 'self-harm'),
    actions: [
      'If you might act on these thoughts or have hurt yourself, call the emergency number now or go to the nearest emergency department.',
      'You can talk to someone at a crisis line at any time of day or night, in confidence.',
      'If you can, stay with someone you trust and keep away from anything you could use to harm yourself.',
    ],
  },
  {
    id: 'unresponsive',
    kind: 'emergency',
    title: 'Someone is unconscious or not breathing normally',
    matches: (f) => has(f, 'unresponsive'),
    actions: [
      'Call the emergency number now and follow the call handler’s instructions.',
      'If they are not breathing normally, start chest compressions; the call handler will guide you.',
      'If they are breathing, lay them on their side in the recovery position.',
    ],
  },
  {
    id: 'heart-attack',
    kind: 'emergency',
    title: 'This could be a heart attack',
    matches: (f) =>
      (has(f, 'chest-pain') &&
        (any(
          f,
          'dyspnoea',
          'sweating',
          'radiating-arm-or-jaw-pain',
          'nausea',
          'vomiting',
          'fainting',
          'dizziness',
        ) ||
          f.severity === 'severe')) ||
      // Heart attacks in older people, women and people with diabetes often come without chest pain.
      (has(f, 'dyspnoea') && has(f, 'sweating')),
    actions: [
      'Call the emergency number now. Do not drive yourself to hospital.',
      'Sit down and rest while you wait.',
      'If you are not allergic to aspirin and have one, chew one adult tablet (300 mg) unless you have been told not to take it.',
      'Unlock the door and keep your phone nearby.',
    ],
  },
  {
    id: 'stroke',
    kind: 'emergency',
    title: 'These are signs of a stroke (FAST)',
    matches: (f) =>
      any(f, 'limb-weakness', 'speech-difficulty', 'vision-loss') ||
      (has(f, 'facial-droop') && !isBellsPalsyPattern(f)),
    actions: [
      'Call the emergency number now. Every minute matters for stroke treatment.',
      'Note the time the symptoms started (or when the person was last seen well).',
      'Do not give them anything to eat or drink.',
    ],
  },
  {
    id: 'anaphylaxis',
    kind: 'emergency',
    title: 'This could be a severe allergic reaction (anaphylaxis)',
    matches: (f) =>
      any(f, 'lip-or-tongue-swelling', 'throat-tightness') ||
      (any(f, 'hives', 'rash', 'itching') &&
        any(f, 'dyspnoea', 'wheeze', 'fainting', 'cyanosis', 'difficulty-swallowing', 'dizziness')),
    actions: [
      'Use an adrenaline auto-injector (EpiPen) now if there is one, into the outer thigh.',
      'Call the emergency number and say “anaphylaxis”.',
      'Lie down with legs raised, or sit up if breathing is hard. A second injector can be given after 5 minutes if there is no improvement.',
    ],
  },
  {
    id: 'breathing',
    kind: 'emergency',
    title: 'Severe difficulty breathing',
    matches: (f) =>
      any(f, 'cyanosis', 'breathless-speech') ||
      (has(f, 'reliever-not-working') && any(f, 'dyspnoea', 'wheeze', 'chest-tightness')) ||
      (has(f, 'dyspnoea') && (f.severity === 'severe' || any(f, 'confusion', 'chest-pain'))),
    actions: [
      'Call the emergency number now.',
      'Sit upright and loosen tight clothing. If you have a reliever inhaler, use it as your asthma plan says while you wait.',
    ],
  },
  {
    id: 'bleeding',
    kind: 'emergency',
    title: 'Serious bleeding',
    matches: (f) =>
      any(f, 'uncontrolled-bleeding', 'haematemesis') ||
      (any(f, 'melaena', 'blood-in-stool', 'haemoptysis', 'vaginal-bleeding') &&
        any(f, 'fainting', 'confusion')),
    actions: [
      'Call the emergency number now.',
      'For a wound, press firmly on it with a clean cloth and keep pressing; raise it if you can.',
      'Lie down if you feel faint.',
    ],
  },
  {
    id: 'meningitis',
    kind: 'emergency',
    title: 'These can be signs of meningitis or sepsis',
    matches: (f) =>
      has(f, 'non-blanching-rash') ||
      (has(f, 'neck-stiffness') && any(f, 'fever', 'headache', 'photophobia', 'vomiting', 'confusion')),
    actions: [
      'Call the emergency number now, or go straight to the emergency department.',
      'Do not wait for a rash: these illnesses can get worse within hours.',
    ],
  },
  {
    id: 'aortic-dissection',
    kind: 'emergency',
    title: 'A sudden tearing pain through to the back needs an ambulance now',
    matches: (f) => has(f, 'tearing-pain-to-back'),
    actions: [
      'Call the emergency number now. Sit or lie still while you wait; do not take aspirin for this.',
    ],
  },
  {
    id: 'blocked-bowel',
    kind: 'emergency',
    title: 'This could be a blocked bowel',
    matches: (f) => has(f, 'no-wind-or-stool') && any(f, 'vomiting', 'abdominal-pain', 'bloating'),
    actions: [
      'Go to the emergency department now, or call the emergency number.',
      'Do not eat, and do not take laxatives.',
    ],
  },
  {
    id: 'severe-pre-eclampsia',
    kind: 'emergency',
    title: 'These can be signs of severe pre-eclampsia',
    matches: (f) =>
      has(f, 'pregnant') &&
      any(f, 'headache', 'upper-abdominal-pain', 'right-upper-abdominal-pain') &&
      any(f, 'visual-aura', 'blurred-vision', 'pregnancy-swelling-headache', 'high-blood-pressure-reading'),
    actions: ['Call your maternity unit or the emergency number now.'],
  },
  {
    id: 'acute-glaucoma',
    kind: 'emergency',
    title: 'A sudden painful red eye with blurred sight can be acute glaucoma',
    matches: (f) =>
      has(f, 'eye-pain') &&
      any(f, 'blurred-vision', 'halos-around-lights', 'vision-loss') &&
      any(f, 'headache', 'vomiting', 'nausea', 'red-eye'),
    actions: ['Go to the emergency department (or an eye casualty) now: sight can be lost within hours.'],
  },
  {
    id: 'brain-bleed',
    kind: 'emergency',
    title: 'A sudden, severe headache needs checking now',
    matches: (f) => has(f, 'thunderclap-headache'),
    actions: ['Call the emergency number now, or go straight to the emergency department.'],
  },
  {
    id: 'seizure',
    kind: 'emergency',
    title: 'A seizure is happening or has just happened',
    matches: (f) => has(f, 'seizure'),
    actions: [
      'Call the emergency number if it is a first seizure, lasts more than 5 minutes, they are injured, or do not wake up.',
      'Move hard objects away and cushion their head. Do not put anything in their mouth or hold them down.',
      'When the shaking stops, lay them on their side.',
    ],
  },
  {
    id: 'head-injury',
    kind: 'emergency',
    title: 'A head injury with these signs needs checking now',
    matches: (f) =>
      has(f, 'recent-head-injury') &&
      any(f, 'vomiting', 'drowsiness', 'fainting', 'blurred-vision', 'double-vision'),
    actions: ['Go to the emergency department now, or call the emergency number.'],
  },
  {
    id: 'poisoning',
    kind: 'emergency',
    title: 'An overdose or poisoning',
    matches: (f) => has(f, 'overdose'),
    actions: [
      'Call the emergency number now, even if they seem well: some poisons act hours later.',
      'Keep the packets or bottle to show the ambulance crew or doctor. Do not make them vomit.',
    ],
  },
  {
    id: 'sudden-confusion',
    kind: 'emergency',
    title: 'Sudden confusion needs checking now',
    matches: (f) => has(f, 'confusion'),
    actions: [
      'Call the emergency number now: sudden confusion can come from a stroke, an infection, low blood sugar or other serious problems.',
      'If they have diabetes and can swallow, give a sugary drink while you wait.',
    ],
  },
  {
    id: 'blood-clot-lung',
    kind: 'emergency',
    title: 'This could be a blood clot in the lungs',
    matches: (f) =>
      has(f, 'dyspnoea') &&
      (any(f, 'haemoptysis', 'calf-pain', 'one-leg-swollen') ||
        (has(f, 'pleuritic-pain') && !(has(f, 'fever') && has(f, 'productive-cough')))),
    actions: ['Call the emergency number now.', 'Sit upright and rest while you wait.'],
  },
  {
    id: 'pregnancy-emergency',
    kind: 'emergency',
    title: 'Pain or bleeding in pregnancy needs checking now',
    matches: (f) =>
      has(f, 'pregnant') &&
      (any(f, 'vaginal-bleeding') ||
        (any(f, 'abdominal-pain', 'pelvic-pain') && f.severity === 'severe') ||
        any(f, 'fainting')),
    actions: [
      'Call the emergency number or go to the emergency department now; this can be an ectopic pregnancy or another emergency.',
      'If you have a maternity unit’s number, call them on the way.',
    ],
  },
  {
    id: 'testicular-torsion',
    kind: 'emergency',
    title: 'Sudden testicle pain needs surgery quickly',
    matches: (f) => has(f, 'testicular-pain') && (f.severity === 'severe' || any(f, 'vomiting', 'nausea')),
    actions: ['Go to the emergency department now: a twisted testicle can be saved only within hours.'],
  },
  {
    id: 'severe-abdominal-pain',
    kind: 'emergency',
    title: 'Severe tummy pain needs checking now',
    matches: (f) =>
      has(f, 'abdominal-pain') &&
      f.severity === 'severe' &&
      any(f, 'fever', 'vomiting', 'rigid-abdomen', 'fainting'),
    actions: [
      'Call the emergency number or go to the emergency department now.',
      'Do not eat or drink until you have been seen.',
    ],
  },
  {
    id: 'cauda-equina',
    kind: 'emergency',
    title: 'Back pain with these signs can mean pressure on the spinal nerves',
    matches: (f) => any(f, 'saddle-numbness', 'loss-of-bladder-or-bowel-control'),
    actions: ['Go to the emergency department now: cauda equina syndrome needs treatment within hours.'],
  },
  {
    id: 'diabetic-emergency',
    kind: 'emergency',
    title: 'This could be a diabetic emergency',
    matches: (f) =>
      has(f, 'known-diabetes') &&
      any(f, 'fruity-breath', 'rapid-breathing', 'vomiting') &&
      any(f, 'fruity-breath', 'rapid-breathing', 'abdominal-pain', 'dyspnoea', 'polydipsia'),
    actions: [
      'Call the emergency number now.',
      'If you can, check blood sugar and ketones and tell the call handler the readings.',
    ],
  },
  {
    id: 'young-infant-fever',
    kind: 'emergency',
    title: 'A baby under 3 months with a fever needs to be seen now',
    matches: (f) => has(f, 'fever') && f.ageYears !== undefined && f.ageYears < 0.25,
    actions: ['Call the emergency number or go to the emergency department now.'],
  },
];

/** The emergency rules a conversation's present findings meet, most pressing first. */
export function redFlagsOf(facts: RedFlagFacts): RedFlagRule[] {
  return RED_FLAG_RULES.filter((rule) => rule.matches(facts));
}
