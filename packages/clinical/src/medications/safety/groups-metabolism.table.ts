import { group } from './drug-group.factory.ts';

const FDA_TABLE = 'FDA Table of Substrates, Inhibitors and Inducers; Stockley’s Drug Interactions';

/**
 * Strong CYP3A4 inhibitors. HIV protease inhibitors are given with ritonavir or cobicistat, which makes
 * every boosted regimen a strong inhibitor; nirmatrelvir is always given with ritonavir.
 */
export const CYP3A4_STRONG_INHIBITORS = group(
  'cyp3a4-strong-inhibitor',
  'Strong CYP3A4 inhibitors',
  [
    'clarithromycin',
    'ketoconazole',
    'itraconazole',
    'posaconazole',
    'voriconazole',
    'hiv-protease-inhibitor',
    'cobicistat',
    'nefazodone',
    'nirmatrelvir',
  ],
  FDA_TABLE,
);

export const CYP3A4_MODERATE_INHIBITORS = group(
  'cyp3a4-moderate-inhibitor',
  'Moderate CYP3A4 inhibitors',
  ['erythromycin', 'fluconazole', 'diltiazem', 'verapamil', 'dronedarone', 'aprepitant'],
  FDA_TABLE,
);

export const CYP3A4_STRONG_INDUCERS = group(
  'cyp3a4-strong-inducer',
  'Strong CYP3A4 inducers',
  [
    'rifampicin',
    'rifapentine',
    'carbamazepine',
    'phenytoin',
    'fosphenytoin',
    'phenobarbital',
    'primidone',
    'st-johns-wort',
  ],
  FDA_TABLE,
);

export const CYP3A4_MODERATE_INDUCERS = group(
  'cyp3a4-moderate-inducer',
  'Moderate CYP3A4 inducers',
  ['rifabutin', 'efavirenz', 'bosentan'],
  FDA_TABLE,
);

/** Enzyme inducers that make hormonal contraception unreliable (FSRH list). */
export const CONTRACEPTION_REDUCING_INDUCERS = group(
  'contraception-reducing-inducer',
  'Enzyme inducers that reduce hormonal contraceptive levels',
  [
    ...CYP3A4_STRONG_INDUCERS.members,
    ...CYP3A4_MODERATE_INDUCERS.members,
    'oxcarbazepine',
    'eslicarbazepine',
    'topiramate',
    'modafinil',
    'nevirapine',
  ],
  'FSRH Clinical Guidance: Drug Interactions with Hormonal Contraception',
);

export const CYP1A2_STRONG_INHIBITORS = group(
  'cyp1a2-strong-inhibitor',
  'Strong CYP1A2 inhibitors',
  ['fluvoxamine', 'ciprofloxacin'],
  FDA_TABLE,
);

/** The other CYP1A2 inhibitors the tizanidine label names. */
export const CYP1A2_OTHER_INHIBITORS = group(
  'cyp1a2-other-inhibitor',
  'Moderate and weak CYP1A2 inhibitors',
  [
    'zileuton',
    'mexiletine',
    'propafenone',
    'amiodarone',
    'verapamil',
    'cimetidine',
    'famotidine',
    'aciclovir',
    'ticlopidine',
    'norfloxacin',
    'ofloxacin',
    'ethinylestradiol',
  ],
  'FDA label: Zanaflex (tizanidine); FDA Table of Substrates, Inhibitors and Inducers',
);

export const CYP2D6_STRONG_INHIBITORS = group(
  'cyp2d6-strong-inhibitor',
  'Strong CYP2D6 inhibitors',
  ['paroxetine', 'fluoxetine', 'bupropion', 'quinidine'],
  FDA_TABLE,
);

/** CYP2C19 inhibitors that reduce the activation of clopidogrel. */
export const CYP2C19_INHIBITORS = group(
  'cyp2c19-inhibitor',
  'CYP2C19 inhibitors',
  ['omeprazole', 'esomeprazole', 'fluconazole', 'voriconazole', 'fluvoxamine', 'fluoxetine', 'ticlopidine'],
  'FDA label: Plavix (clopidogrel); FDA Table of Substrates, Inhibitors and Inducers',
);

/** Drugs whose blood levels strong CYP3A4 inhibition raises enough to need a dose change or avoidance. */
export const CYP3A4_SENSITIVE_OPIOIDS = group(
  'cyp3a4-sensitive-opioid',
  'Opioids metabolised by CYP3A4',
  ['fentanyl', 'oxycodone', 'hydrocodone', 'methadone'],
  'FDA labels of fentanyl, oxycodone, hydrocodone and methadone (boxed warning)',
);

export const CYP3A4_SENSITIVE_BENZODIAZEPINES = group(
  'cyp3a4-sensitive-benzodiazepine',
  'Benzodiazepines metabolised by CYP3A4',
  ['midazolam', 'triazolam', 'alprazolam'],
  'FDA labels of Halcion, Xanax and midazolam',
);

export const CYP3A4_SENSITIVE_CORTICOSTEROIDS = group(
  'cyp3a4-sensitive-inhaled-corticosteroid',
  'Inhaled and nasal corticosteroids metabolised by CYP3A4',
  ['fluticasone', 'budesonide'],
  'FDA labels: Flovent, Pulmicort',
);

export const NARROW_MARGIN_IMMUNOSUPPRESSANTS = group(
  'level-guided-immunosuppressant',
  'Calcineurin and mTOR inhibitors',
  ['calcineurin-inhibitor', 'mtor-inhibitor'],
  'FDA labels: Prograf, Neoral, Rapamune, Zortress',
);

export const POLYVALENT_CATIONS = group(
  'polyvalent-cation',
  'Calcium, iron, magnesium and aluminium preparations',
  ['calcium-carbonate', 'ferrous-sulfate', 'magnesium-hydroxide', 'aluminium-hydroxide'],
  'Stockley’s Drug Interactions (chelation)',
);

export const CHELATED_BY_CATIONS = group(
  'chelated-by-cation',
  'Drugs whose absorption polyvalent cations reduce',
  ['fluoroquinolone', 'tetracycline-antibacterial', 'dolutegravir'],
  'FDA labels: Cipro, Vibramycin, Tivicay',
);

export const METABOLISM_GROUPS = [
  CYP3A4_STRONG_INHIBITORS,
  CYP3A4_MODERATE_INHIBITORS,
  CYP3A4_STRONG_INDUCERS,
  CYP3A4_MODERATE_INDUCERS,
  CONTRACEPTION_REDUCING_INDUCERS,
  CYP1A2_STRONG_INHIBITORS,
  CYP1A2_OTHER_INHIBITORS,
  CYP2D6_STRONG_INHIBITORS,
  CYP2C19_INHIBITORS,
  CYP3A4_SENSITIVE_OPIOIDS,
  CYP3A4_SENSITIVE_BENZODIAZEPINES,
  CYP3A4_SENSITIVE_CORTICOSTEROIDS,
  NARROW_MARGIN_IMMUNOSUPPRESSANTS,
  POLYVALENT_CATIONS,
  CHELATED_BY_CATIONS,
];
