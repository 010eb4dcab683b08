import { group } from './drug-group.factory.ts';

/** Serotonergic drugs whose labels contraindicate a monoamine oxidase inhibitor. */
export const SEROTONERGIC_MAOI_CONTRAINDICATED = group(
  'serotonergic-maoi-contraindicated',
  'Serotonergic drugs contraindicated with MAO inhibitors',
  [
    'ssri',
    'snri',
    'tricyclic-antidepressant',
    'vortioxetine',
    'mirtazapine',
    'trazodone',
    'nefazodone',
    'st-johns-wort',
    'buspirone',
    'cyclobenzaprine',
    'tramadol',
    'tapentadol',
    'pethidine',
    'methadone',
    'dextromethorphan',
  ],
  'FDA labels of the MAO inhibitors and of each drug; Gillman 2005',
);

export const SEROTONERGIC_OPIOIDS = group(
  'serotonergic-opioid',
  'Opioids with serotonin reuptake inhibition',
  ['tramadol', 'tapentadol', 'pethidine', 'methadone', 'dextromethorphan'],
  'Gillman PK, Br J Anaesth 2005;95:434-41',
);

/** Triptans broken down by MAO-A, which MAO-A inhibitors raise several-fold. */
export const TRIPTANS_MAO_A_METABOLISED = group(
  'triptan-mao-a-substrate',
  'Triptans metabolised by MAO-A',
  ['sumatriptan', 'rizatriptan', 'zolmitriptan'],
  'FDA labels: Imitrex, Maxalt, Zomig',
);

export const MAO_INHIBITORS_OTHER = group(
  'mao-inhibitor-reversible-or-weak',
  'Reversible or weaker MAO inhibitors',
  ['rima', 'linezolid', 'methylthioninium-chloride', 'procarbazine'],
  'FDA Drug Safety Communications 2011 (linezolid, methylene blue); FDA label: Matulane',
);

export const MAO_INHIBITORS_ANY = group(
  'mao-inhibitor',
  'Monoamine oxidase inhibitors (any)',
  ['maoi', 'mao-b-inhibitor', ...MAO_INHIBITORS_OTHER.members],
  'FDA labels of the MAO inhibitors',
);

export const SEROTONERGIC = group(
  'serotonergic',
  'Serotonergic drugs',
  [
    ...SEROTONERGIC_MAOI_CONTRAINDICATED.members,
    'triptan',
    'fentanyl',
    'lithium',
    ...MAO_INHIBITORS_ANY.members,
  ],
  'Boyer EW, Shannon M. N Engl J Med 2005; FDA Drug Safety Communication 2016 (opioids)',
);

/** Drugs that release or block the reuptake of noradrenaline: a hypertensive crisis with an MAO inhibitor. */
export const PRESSOR_WITH_MAOI = group(
  'pressor-with-maoi',
  'Indirect sympathomimetics and noradrenergic drugs',
  [
    'methylphenidate',
    'dexmethylphenidate',
    'amfetamine',
    'dexamfetamine',
    'lisdexamfetamine',
    'metamfetamine',
    'atomoxetine',
    'phentermine',
    'diethylpropion',
    'benzphetamine',
    'phendimetrazine',
    'pseudoephedrine',
    'phenylephrine',
    'ephedrine',
    'cocaine',
    'bupropion',
  ],
  'FDA labels of the MAO inhibitors and of each drug',
);

export const BENZODIAZEPINE_LIKE = group(
  'benzodiazepine-or-z-drug',
  'Benzodiazepines and Z-drugs',
  ['benzodiazepine', 'z-drug'],
  'FDA Drug Safety Communication 2016 (opioids and benzodiazepines)',
);

export const SEDATIVES_OTHER = group(
  'sedative-other',
  'Other sedating drugs',
  ['sedating-antihistamine', 'baclofen', 'tizanidine', 'cyclobenzaprine'],
  'Stockley’s Drug Interactions; BNF',
);

export const RAAS_INHIBITORS = group(
  'raas-inhibitor',
  'ACE inhibitors, ARBs and aliskiren',
  ['ace-inhibitor', 'angiotensin-receptor-blocker', 'renin-inhibitor'],
  'BNF',
);

export const MINERALOCORTICOID_ANTAGONISTS = group(
  'mineralocorticoid-antagonist',
  'Aldosterone antagonists',
  ['spironolactone', 'eplerenone'],
  'BNF',
);

export const ENAC_BLOCKERS = group(
  'enac-blocker',
  'Amiloride and triamterene',
  ['amiloride', 'triamterene'],
  'BNF',
);

export const SEROTONIN_REUPTAKE_INHIBITORS = group(
  'serotonin-reuptake-inhibitor',
  'SSRIs, SNRIs and vortioxetine (platelet serotonin depletion)',
  ['ssri', 'snri', 'vortioxetine', 'clomipramine'],
  'Stockley’s Drug Interactions',
);

export const POTASSIUM_DEPLETING_DIURETICS = group(
  'potassium-depleting-diuretic',
  'Loop and thiazide diuretics',
  ['loop-diuretic', 'thiazide-diuretic'],
  'BNF',
);

export const NITRATE_LIKE = group(
  'nitric-oxide-cgmp-vasodilator',
  'Nitrates, nicorandil and riociguat',
  ['nitrate', 'nicorandil', 'riociguat'],
  'FDA labels: Viagra, Cialis, Levitra, Adempas',
);

export const GLUCOSE_LOWERING_HYPOGLYCAEMIC = group(
  'hypoglycaemia-causing',
  'Insulins, sulfonylureas and meglitinides',
  ['sulfonylurea', 'meglitinide', 'basal-insulin', 'prandial-insulin'],
  'FDA Drug Safety Communication 2018 (fluoroquinolones)',
);

export const EFFECT_GROUPS = [
  SEROTONERGIC_MAOI_CONTRAINDICATED,
  SEROTONERGIC_OPIOIDS,
  TRIPTANS_MAO_A_METABOLISED,
  MAO_INHIBITORS_OTHER,
  MAO_INHIBITORS_ANY,
  SEROTONERGIC,
  PRESSOR_WITH_MAOI,
  BENZODIAZEPINE_LIKE,
  SEDATIVES_OTHER,
  RAAS_INHIBITORS,
  MINERALOCORTICOID_ANTAGONISTS,
  ENAC_BLOCKERS,
  SEROTONIN_REUPTAKE_INHIBITORS,
  POTASSIUM_DEPLETING_DIURETICS,
  NITRATE_LIKE,
  GLUCOSE_LOWERING_HYPOGLYCAEMIC,
];
