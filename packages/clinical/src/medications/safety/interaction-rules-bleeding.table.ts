import { type InteractionRule, interaction } from './interaction.factory.ts';

const BLEEDING = 'Increased risk of bleeding, including gastrointestinal and intracranial haemorrhage.';
const INR_RISE = 'Raised INR and bleeding.';

/** Antithrombotic combinations and drugs that change the effect of warfarin or clopidogrel. */
export const BLEEDING_RULES: readonly InteractionRule[] = [
  interaction('anticoagulant-nsaid', ['anticoagulant', 'nsaid'], {
    concern: 'bleeding',
    severity: 'major',
    effect: BLEEDING,
    mechanism:
      'NSAIDs inhibit platelet function and injure the gastric mucosa; with an anticoagulant, serious bleeding roughly doubles.',
    management:
      'Avoid NSAIDs in anticoagulated patients; use paracetamol or a topical NSAID. If essential, give the shortest course with a proton pump inhibitor and watch for bleeding (and the INR with warfarin).',
    references: ['lamberts-2014-nsaid-anticoagulant', 'bnf', 'stockley'],
  }),
  interaction('anticoagulant-antiplatelet', ['anticoagulant', 'antiplatelet'], {
    concern: 'bleeding',
    severity: 'major',
    effect: BLEEDING,
    mechanism: 'Inhibiting platelets and coagulation together adds antithrombotic effects.',
    management:
      'Combine only with a clear indication (recent acute coronary syndrome or stent) and for the shortest time set by the cardiology plan; add a proton pump inhibitor; review the need for each drug.',
    references: ['lamberts-2014-nsaid-anticoagulant', 'bnf'],
  }),
  interaction(
    'anticoagulant-serotonin-reuptake-inhibitor',
    ['anticoagulant', 'serotonin-reuptake-inhibitor'],
    {
      concern: 'bleeding',
      severity: 'moderate',
      effect: BLEEDING,
      mechanism: 'Serotonin reuptake inhibitors deplete platelet serotonin and impair aggregation.',
      management: 'Monitor for bleeding; consider a proton pump inhibitor in those at gastrointestinal risk.',
      references: ['stockley', 'bnf'],
    },
  ),
  interaction('antiplatelet-nsaid', ['antiplatelet', 'nsaid'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: `${BLEEDING} Ibuprofen and naproxen can also block the cardioprotective effect of low-dose aspirin.`,
    mechanism: 'Additive effects on platelets and gastric mucosa; competitive binding at platelet COX-1.',
    management:
      'Prefer paracetamol. If an NSAID is needed, add a proton pump inhibitor, and take immediate-release aspirin at least 30 minutes before ibuprofen (or ibuprofen 8 hours before aspirin).',
    references: ['fda-2006-ibuprofen-aspirin', 'bnf'],
  }),
  interaction('antiplatelet-serotonin-reuptake-inhibitor', ['antiplatelet', 'serotonin-reuptake-inhibitor'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: BLEEDING,
    mechanism: 'Serotonin reuptake inhibitors impair platelet aggregation.',
    management: 'Monitor for bleeding; consider gastroprotection.',
    references: ['stockley'],
  }),
  interaction('nsaid-serotonin-reuptake-inhibitor', ['nsaid', 'serotonin-reuptake-inhibitor'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: 'Upper gastrointestinal bleeding (risk several times that of either drug).',
    mechanism: 'Impaired platelet aggregation with NSAID mucosal injury.',
    management: 'Avoid if possible; otherwise add a proton pump inhibitor, especially over 65 years.',
    references: ['bnf', 'stockley'],
  }),
  interaction('nsaid-corticosteroid', ['nsaid', 'systemic-corticosteroid'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: 'Peptic ulceration and gastrointestinal bleeding.',
    mechanism: 'Both damage the gastric mucosa.',
    management: 'Avoid long-term; add a proton pump inhibitor if both are needed.',
    references: ['bnf'],
  }),
  interaction('ketorolac-nsaid', ['ketorolac', 'nsaid'], {
    concern: 'bleeding',
    severity: 'contraindicated',
    effect: 'Gastrointestinal bleeding and perforation, renal failure.',
    mechanism: 'Additive NSAID toxicity; ketorolac is among the most ulcerogenic NSAIDs.',
    management: 'Do not combine; stop other NSAIDs while ketorolac is given.',
    references: ['label-ketorolac'],
  }),
  interaction('ketorolac-aspirin', ['ketorolac', 'aspirin'], {
    concern: 'bleeding',
    severity: 'contraindicated',
    effect: 'Gastrointestinal bleeding and perforation.',
    mechanism: 'Additive NSAID and salicylate toxicity on platelets and mucosa.',
    management: 'Do not combine.',
    references: ['label-ketorolac'],
  }),
  interaction('vka-cyp2c9-azole', ['vitamin-k-antagonist', 'azole-cyp2c9-inhibitor'], {
    concern: 'bleeding',
    severity: 'major',
    effect: INR_RISE,
    mechanism:
      'Fluconazole, miconazole (including oral gel) and voriconazole inhibit CYP2C9, which clears S-warfarin; the INR can double within days.',
    management:
      'Avoid (use nystatin for oral thrush); if needed, reduce the warfarin dose in advance and check the INR within 3–5 days and after stopping.',
    references: ['holbrook-2005-warfarin', 'label-coumadin', 'stockley'],
  }),
  interaction('vka-other-azole', ['vitamin-k-antagonist', 'azole-cyp3a4-substrate'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: INR_RISE,
    mechanism: 'Inhibition of CYP3A4 (R-warfarin) raises the INR modestly.',
    management: 'Check the INR within a week of starting and after stopping.',
    references: ['holbrook-2005-warfarin'],
  }),
  interaction('vka-amiodarone', ['vitamin-k-antagonist', 'amiodarone'], {
    concern: 'bleeding',
    severity: 'major',
    effect: INR_RISE,
    mechanism:
      'Amiodarone inhibits CYP2C9, CYP1A2 and CYP3A4; the effect builds over weeks and lasts months after stopping.',
    management:
      'Reduce the warfarin dose by 30–50% when starting amiodarone and check the INR weekly for at least 6–8 weeks.',
    references: ['label-coumadin', 'holbrook-2005-warfarin'],
  }),
  interaction('vka-metronidazole', ['vitamin-k-antagonist', 'metronidazole'], {
    concern: 'bleeding',
    severity: 'major',
    effect: INR_RISE,
    mechanism: 'Metronidazole inhibits CYP2C9 metabolism of S-warfarin.',
    management:
      'Avoid if possible; otherwise reduce the warfarin dose by about a third and check the INR within 3–5 days.',
    references: ['holbrook-2005-warfarin', 'stockley'],
  }),
  interaction('vka-sulfamethoxazole', ['vitamin-k-antagonist', 'sulfamethoxazole'], {
    concern: 'bleeding',
    severity: 'major',
    effect: INR_RISE,
    mechanism:
      'Sulfamethoxazole inhibits CYP2C9 and displaces warfarin from albumin; bleeding admissions rise several-fold.',
    management:
      'Use another antibacterial where possible; otherwise check the INR within 3–5 days and adjust.',
    references: ['holbrook-2005-warfarin', 'stockley'],
  }),
  interaction('vka-macrolide', ['vitamin-k-antagonist', 'macrolide'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: INR_RISE,
    mechanism:
      'Clarithromycin and erythromycin inhibit CYP3A4 (R-warfarin); infection itself also raises the INR.',
    management: 'Check the INR within a week of starting.',
    references: ['holbrook-2005-warfarin'],
  }),
  interaction('vka-fluoroquinolone', ['vitamin-k-antagonist', 'fluoroquinolone'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: INR_RISE,
    mechanism: 'Ciprofloxacin inhibits CYP1A2 (R-warfarin); gut flora changes reduce vitamin K.',
    management: 'Check the INR within a week of starting.',
    references: ['holbrook-2005-warfarin'],
  }),
  interaction('vka-fibrate', ['vitamin-k-antagonist', 'fibrate'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: INR_RISE,
    mechanism:
      'Fibrates enhance the anticoagulant effect (mechanism uncertain; CYP2C9 inhibition by gemfibrozil).',
    management: 'Reduce the warfarin dose if needed; check the INR after starting.',
    references: ['label-coumadin'],
  }),
  interaction('vka-tramadol', ['vitamin-k-antagonist', 'tramadol'], {
    concern: 'bleeding',
    severity: 'moderate',
    effect: INR_RISE,
    mechanism: 'Raised INR is reported; the mechanism is uncertain.',
    management: 'Check the INR when starting regular tramadol.',
    references: ['stockley'],
  }),
  interaction('vka-paracetamol', ['vitamin-k-antagonist', 'paracetamol'], {
    concern: 'bleeding',
    severity: 'minor',
    effect: 'Regular paracetamol (2 g a day or more for several days) can raise the INR.',
    mechanism: 'A paracetamol metabolite (NAPQI) interferes with vitamin K-dependent carboxylation.',
    management: 'Occasional doses are fine; with regular use for more than a few days, check the INR.',
    references: ['holbrook-2005-warfarin'],
  }),
  interaction('clopidogrel-cyp2c19-inhibitor', ['clopidogrel', 'cyp2c19-inhibitor'], {
    concern: 'reduced-exposure',
    severity: 'moderate',
    effect: 'Less activation of clopidogrel: a weaker antiplatelet effect.',
    mechanism: 'Clopidogrel is a prodrug activated by CYP2C19; omeprazole and esomeprazole inhibit it.',
    management:
      'Use pantoprazole or lansoprazole as gastroprotection; avoid other strong CYP2C19 inhibitors.',
    references: ['label-plavix-ppi'],
  }),
  interaction('clopidogrel-repaglinide', ['clopidogrel', 'repaglinide'], {
    concern: 'dysglycaemia',
    severity: 'major',
    effect: 'Repaglinide levels rise about 5-fold: severe hypoglycaemia.',
    mechanism: 'Clopidogrel acyl-glucuronide is a strong CYP2C8 inhibitor.',
    management: 'Avoid; if unavoidable, do not exceed repaglinide 4 mg a day and monitor blood glucose.',
    references: ['label-repaglinide'],
  }),
];
