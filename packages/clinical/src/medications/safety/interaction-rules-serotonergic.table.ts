import { type InteractionRule, interaction } from './interaction.factory.ts';

const SEROTONIN_SYNDROME =
  'Serotonin toxicity: agitation, tremor, clonus, hyperreflexia, sweating, hyperthermia; can be fatal.';
const MAOI_SEROTONIN_MECHANISM =
  'MAO inhibition stops the breakdown of serotonin while the other drug blocks its reuptake or releases it, so synaptic serotonin rises steeply.';
const HYPERTENSIVE_CRISIS =
  'Hypertensive crisis: severe headache, hypertension, arrhythmia, intracranial haemorrhage.';
const PRESSOR_MECHANISM =
  'MAO inhibition increases the noradrenaline stored in nerve endings; indirect sympathomimetics release it and noradrenaline reuptake inhibitors prolong its action.';
const WASHOUT =
  'Allow 14 days after stopping an irreversible MAO inhibitor before starting the other drug, and at least 7 days after stopping most serotonergic drugs (5 weeks after fluoxetine) before starting an MAO inhibitor.';

/** Monoamine oxidase inhibitors, serotonin toxicity and pressor reactions. */
export const SEROTONERGIC_RULES: readonly InteractionRule[] = [
  interaction('maoi-serotonergic', ['maoi', 'serotonergic-maoi-contraindicated'], {
    concern: 'serotonin-toxicity',
    severity: 'contraindicated',
    effect: SEROTONIN_SYNDROME,
    mechanism: MAOI_SEROTONIN_MECHANISM,
    management: `Do not combine. ${WASHOUT}`,
    references: ['label-maoi', 'boyer-2005-serotonin', 'gillman-2005-maoi-opioids'],
  }),
  interaction('maoi-pressor', ['maoi', 'pressor-with-maoi'], {
    concern: 'hypertensive-crisis',
    severity: 'contraindicated',
    effect: HYPERTENSIVE_CRISIS,
    mechanism: PRESSOR_MECHANISM,
    management:
      'Do not combine, also for 14 days after the MAO inhibitor is stopped. For nasal congestion use saline or a corticosteroid spray.',
    references: ['label-maoi', 'stockley'],
  }),
  interaction('maoi-levodopa', ['maoi', 'levodopa'], {
    concern: 'hypertensive-crisis',
    severity: 'contraindicated',
    effect: HYPERTENSIVE_CRISIS,
    mechanism:
      'Dopamine and noradrenaline made from levodopa are not broken down when MAO-A and MAO-B are both inhibited.',
    management:
      'Do not combine; stop a non-selective MAO inhibitor at least 14 days before starting levodopa.',
    references: ['label-maoi', 'bnf'],
  }),
  interaction('maoi-carbamazepine', ['maoi', 'carbamazepine'], {
    concern: 'hypertensive-crisis',
    severity: 'contraindicated',
    effect: 'Hypertensive crisis, hyperpyrexia and seizures have been reported.',
    mechanism:
      'Carbamazepine is structurally a tricyclic compound; its label contraindicates MAO inhibitors.',
    management: 'Do not combine; stop the MAO inhibitor at least 14 days before starting carbamazepine.',
    references: ['label-maoi', 'stockley'],
  }),
  interaction('maoi-fentanyl', ['maoi', 'fentanyl'], {
    concern: 'serotonin-toxicity',
    severity: 'major',
    effect: SEROTONIN_SYNDROME,
    mechanism: 'Fentanyl has weak serotonergic activity; toxicity is reported with MAO inhibitors.',
    management:
      'Avoid within 14 days of an MAO inhibitor; if an opioid is essential, use morphine at a low dose with monitoring.',
    references: ['fda-dsc-2016-opioid-serotonin', 'gillman-2005-maoi-opioids'],
  }),
  interaction('mao-inhibitor-pair', ['mao-inhibitor', 'mao-inhibitor'], {
    concern: 'hypertensive-crisis',
    severity: 'contraindicated',
    effect: `${HYPERTENSIVE_CRISIS} Serotonin toxicity is also possible.`,
    mechanism: 'Two MAO inhibitors inhibit both enzyme forms more completely than either alone.',
    management:
      'Do not combine two MAO inhibitors; allow the washout of the first (14 days for irreversible ones).',
    references: ['label-maoi', 'label-mao-b'],
  }),
  interaction(
    'reversible-maoi-serotonergic',
    ['mao-inhibitor-reversible-or-weak', 'serotonergic-maoi-contraindicated'],
    {
      concern: 'serotonin-toxicity',
      severity: 'major',
      effect: SEROTONIN_SYNDROME,
      mechanism: `${MAOI_SEROTONIN_MECHANISM} Linezolid and methylene blue are reversible MAO inhibitors; moclobamide inhibits MAO-A.`,
      management:
        'Avoid. If linezolid or methylene blue is urgent, stop the serotonergic drug and monitor for serotonin toxicity for 2 weeks (5 weeks after fluoxetine) or until 24 hours after the last dose of linezolid or methylene blue.',
      references: ['fda-dsc-2011-linezolid', 'fda-dsc-2011-methylene-blue', 'bnf'],
    },
  ),
  interaction('reversible-maoi-pressor', ['mao-inhibitor-reversible-or-weak', 'pressor-with-maoi'], {
    concern: 'hypertensive-crisis',
    severity: 'major',
    effect: 'Rise in blood pressure; hypertensive reactions are reported.',
    mechanism: PRESSOR_MECHANISM,
    management:
      'Avoid if possible; if needed, start the sympathomimetic at a low dose and monitor blood pressure.',
    references: ['stockley', 'bnf'],
  }),
  interaction('mao-b-serotonergic-opioid', ['mao-b-inhibitor', 'serotonergic-opioid'], {
    concern: 'serotonin-toxicity',
    severity: 'contraindicated',
    effect: SEROTONIN_SYNDROME,
    mechanism: `${MAOI_SEROTONIN_MECHANISM} Fatal reactions with pethidine are reported with selegiline.`,
    management:
      'Do not combine; allow 14 days after stopping the MAO-B inhibitor. Use a non-serotonergic analgesic (paracetamol, morphine at low dose).',
    references: ['label-mao-b', 'gillman-2005-maoi-opioids'],
  }),
  interaction('mao-b-st-johns-wort', ['mao-b-inhibitor', 'st-johns-wort'], {
    concern: 'serotonin-toxicity',
    severity: 'contraindicated',
    effect: SEROTONIN_SYNDROME,
    mechanism: MAOI_SEROTONIN_MECHANISM,
    management: "Do not combine; stop St John's wort.",
    references: ['label-mao-b'],
  }),
  interaction('mao-b-cyclobenzaprine', ['mao-b-inhibitor', 'cyclobenzaprine'], {
    concern: 'serotonin-toxicity',
    severity: 'contraindicated',
    effect: SEROTONIN_SYNDROME,
    mechanism: 'Cyclobenzaprine is a tricyclic compound; MAO-B inhibitor labels contraindicate it.',
    management: 'Do not combine; choose another muscle relaxant.',
    references: ['label-mao-b'],
  }),
  interaction('mao-b-serotonergic-antidepressant', ['mao-b-inhibitor', 'serotonergic-maoi-contraindicated'], {
    concern: 'serotonin-toxicity',
    severity: 'major',
    effect: SEROTONIN_SYNDROME,
    mechanism: `${MAOI_SEROTONIN_MECHANISM} Selectivity for MAO-B is partial and lost at higher doses.`,
    management:
      'Avoid where possible; if an antidepressant is needed, use the lowest doses of both and monitor for serotonin toxicity (the transdermal selegiline label contraindicates them).',
    references: ['label-mao-b', 'boyer-2005-serotonin'],
  }),
  interaction('mao-b-pressor', ['mao-b-inhibitor', 'pressor-with-maoi'], {
    concern: 'hypertensive-crisis',
    severity: 'major',
    effect: 'Rise in blood pressure; hypertensive reactions are reported.',
    mechanism: PRESSOR_MECHANISM,
    management:
      'Avoid sympathomimetic decongestants and stimulants; if needed, monitor blood pressure closely.',
    references: ['label-mao-b', 'stockley'],
  }),
  interaction('triptan-mao-a-inhibitor', ['triptan-mao-a-substrate', 'mao-a-inhibitor'], {
    concern: 'serotonin-toxicity',
    severity: 'contraindicated',
    effect: 'Raised triptan levels with a risk of coronary vasospasm, hypertension and serotonin toxicity.',
    mechanism:
      'Sumatriptan, rizatriptan and zolmitriptan are broken down by MAO-A; inhibiting it raises their levels several-fold.',
    management:
      'Do not combine, or within 2 weeks of stopping the MAO inhibitor. Naratriptan, eletriptan and frovatriptan are not MAO substrates.',
    references: ['label-triptans'],
  }),
  interaction(
    'serotonergic-opioid-antidepressant',
    ['serotonergic-opioid-potent', 'serotonergic-antidepressant'],
    {
      concern: 'serotonin-toxicity',
      severity: 'major',
      effect: `${SEROTONIN_SYNDROME} Tramadol also lowers the seizure threshold.`,
      mechanism:
        'Tramadol, tapentadol and pethidine inhibit serotonin reuptake; with an antidepressant that does the same, serotonin toxicity is reported. Fluoxetine and paroxetine also block the CYP2D6 activation of tramadol, lowering analgesia and raising serotonergic parent drug.',
      management:
        'Prefer a non-serotonergic analgesic. If combined, use the lowest effective doses, and tell the patient the early signs of serotonin toxicity and of seizures.',
      references: ['fda-dsc-2016-opioid-serotonin', 'boyer-2005-serotonin', 'stockley'],
    },
  ),
  interaction('serotonergic-combination', ['serotonergic', 'serotonergic'], {
    concern: 'serotonin-toxicity',
    severity: 'moderate',
    effect: 'Additive serotonergic effects: a risk of serotonin toxicity, usually mild.',
    mechanism:
      'Both drugs increase serotonergic neurotransmission by different routes (reuptake block, release, 5-HT agonism).',
    management:
      'Often used together: start low, increase slowly, and tell the patient the signs of serotonin toxicity (agitation, tremor, sweating, diarrhoea).',
    references: ['boyer-2005-serotonin', 'orlova-2018-triptan-ssri', 'fda-dsc-2016-opioid-serotonin'],
  }),
];
