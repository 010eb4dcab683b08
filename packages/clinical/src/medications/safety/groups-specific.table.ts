import { group } from './drug-group.factory.ts';
import { CYP3A4_STRONG_INHIBITORS } from './groups-metabolism.table.ts';

/** Groups named by one label or one rule (the drugs a simvastatin or dofetilide label lists). */

export const SIMVASTATIN_LIKE = group(
  'statin-cyp3a4-dependent',
  'Statins cleared by CYP3A4 (simvastatin, lovastatin)',
  ['simvastatin', 'lovastatin'],
  'FDA labels: Zocor, Mevacor',
);

export const CYP3A4_LABEL_CONTRAINDICATED = group(
  'cyp3a4-inhibitor-label-contraindicated',
  'Strong CYP3A4 inhibitors and erythromycin',
  [...CYP3A4_STRONG_INHIBITORS.members, 'erythromycin'],
  'FDA labels: Zocor, Mevacor, Cafergot (contraindicated inhibitors)',
);

export const STATIN_DOSE_CAPPING = group(
  'statin-dose-capping-inhibitor',
  'CYP3A4 inhibitors that cap the simvastatin or lovastatin dose',
  ['verapamil', 'diltiazem', 'dronedarone', 'amiodarone'],
  'FDA Drug Safety Communication 2011 (simvastatin); FDA label: Mevacor',
);

export const PIMOZIDE_RAISING = group(
  'pimozide-contraindicated-inhibitor',
  'Inhibitors of pimozide metabolism named in its label',
  [
    'macrolide',
    'azole-antifungal',
    'hiv-protease-inhibitor',
    'cobicistat',
    'nirmatrelvir',
    'nefazodone',
    'zileuton',
    'fluvoxamine',
    'sertraline',
    'aprepitant',
  ],
  'FDA label: Orap (pimozide); FDA label: Emend (aprepitant)',
);

export const DOAC_CYP3A4_PGP = group(
  'doac-cyp3a4-pgp-substrate',
  'Factor Xa inhibitors cleared by CYP3A4 and P-gp',
  ['apixaban', 'rivaroxaban'],
  'FDA labels: Eliquis, Xarelto',
);

export const DABIGATRAN_CONTRAINDICATED = group(
  'dabigatran-contraindicated-inhibitor',
  'P-gp inhibitors contraindicated with dabigatran',
  ['ketoconazole', 'itraconazole', 'ciclosporin', 'dronedarone'],
  'EU SmPC: Pradaxa',
);

export const DABIGATRAN_DOSE_REDUCING = group(
  'dabigatran-dose-reducing-inhibitor',
  'P-gp inhibitors that raise dabigatran',
  ['verapamil', 'amiodarone', 'quinidine', 'clarithromycin', 'ticagrelor', 'posaconazole'],
  'EU SmPC: Pradaxa',
);

export const EDOXABAN_DOSE_REDUCING = group(
  'edoxaban-dose-reducing-inhibitor',
  'P-gp inhibitors that halve the edoxaban dose',
  ['ciclosporin', 'dronedarone', 'erythromycin', 'ketoconazole'],
  'EU SmPC: Lixiana',
);

export const AZOLES_CYP3A4_SUBSTRATE = group(
  'azole-cyp3a4-substrate',
  'Itraconazole, ketoconazole and posaconazole',
  ['itraconazole', 'ketoconazole', 'posaconazole'],
  'FDA labels: Sporanox, Noxafil, ketoconazole',
);

export const AZOLES_ACID_DEPENDENT = group(
  'azole-acid-dependent',
  'Azoles that need gastric acid for absorption',
  ['itraconazole', 'ketoconazole'],
  'FDA labels: Sporanox capsules, ketoconazole tablets',
);

export const AZOLES_CYP2C9_POTENT = group(
  'azole-cyp2c9-inhibitor',
  'Azoles that inhibit CYP2C9 (fluconazole, miconazole, voriconazole)',
  ['fluconazole', 'miconazole', 'voriconazole'],
  'Holbrook 2005; MHRA Drug Safety Update 2016 (miconazole oral gel and warfarin)',
);

export const MACROLIDES_INHIBITING = group(
  'macrolide-cyp3a4-inhibitor',
  'Clarithromycin and erythromycin',
  ['clarithromycin', 'erythromycin'],
  'Stockley’s Drug Interactions',
);

export const CYP2D6_ACTIVATED_OPIOIDS = group(
  'cyp2d6-activated-opioid',
  'Opioids activated by CYP2D6 (codeine, tramadol)',
  ['codeine', 'tramadol'],
  'FDA labels: codeine, Ultram',
);

export const DIGOXIN_RAISING_MAJOR = group(
  'digoxin-raising-major',
  'Drugs that raise digoxin levels markedly',
  [
    'amiodarone',
    'dronedarone',
    'verapamil',
    'clarithromycin',
    'erythromycin',
    'quinidine',
    'itraconazole',
    'propafenone',
    'ritonavir',
  ],
  'FDA label: Lanoxin; Stockley’s Drug Interactions',
);

export const DIGOXIN_RAISING_MODERATE = group(
  'digoxin-raising-moderate',
  'Drugs that raise digoxin levels moderately',
  ['diltiazem', 'ciclosporin', 'ranolazine', 'azithromycin', 'ticagrelor'],
  'FDA label: Lanoxin; Stockley’s Drug Interactions',
);

export const DOFETILIDE_CONTRAINDICATED = group(
  'dofetilide-contraindicated',
  'Drugs contraindicated with dofetilide (renal cation transport or CYP3A4)',
  [
    'verapamil',
    'cimetidine',
    'trimethoprim',
    'ketoconazole',
    'prochlorperazine',
    'dolutegravir',
    'hydrochlorothiazide',
  ],
  'FDA label: Tikosyn',
);

export const MAO_A_INHIBITORS = group(
  'mao-a-inhibitor',
  'Inhibitors of MAO-A',
  ['maoi', 'rima', 'linezolid', 'methylthioninium-chloride'],
  'FDA labels: Imitrex, Maxalt, Zomig',
);

export const SEROTONERGIC_OPIOIDS_POTENT = group(
  'serotonergic-opioid-potent',
  'Tramadol, tapentadol and pethidine',
  ['tramadol', 'tapentadol', 'pethidine'],
  'FDA Drug Safety Communication 2016 (opioids); Gillman 2005',
);

export const SEROTONERGIC_ANTIDEPRESSANTS = group(
  'serotonergic-antidepressant',
  'SSRIs, SNRIs, tricyclics and vortioxetine',
  ['ssri', 'snri', 'tricyclic-antidepressant', 'vortioxetine'],
  'BNF',
);

export const NON_SELECTIVE_BETA_BLOCKERS = group(
  'non-selective-beta-blocker',
  'Non-selective beta-blockers',
  ['propranolol', 'sotalol', 'carvedilol', 'labetalol'],
  'BNF',
);

export const RATE_SLOWING = group(
  'rate-slowing',
  'Beta-blockers and rate-limiting calcium-channel blockers',
  ['beta-blocker', 'rate-limiting-calcium-channel-blocker'],
  'BNF',
);

export const AMIODARONE_LIKE = group(
  'amiodarone-like',
  'Amiodarone and dronedarone',
  ['amiodarone', 'dronedarone'],
  'BNF',
);

export const SULFONYLUREA_POTENTIATORS = group(
  'sulfonylurea-potentiator',
  'Drugs that raise sulfonylurea levels (CYP2C9 or CYP3A4 inhibition)',
  ['fluconazole', 'miconazole', 'clarithromycin', 'sulfamethoxazole'],
  'Stockley’s Drug Interactions',
);

export const UGT_INDUCERS = group(
  'glucuronidation-inducer',
  'Inducers of lamotrigine glucuronidation',
  ['carbamazepine', 'phenytoin', 'fosphenytoin', 'phenobarbital', 'primidone', 'rifampicin'],
  'FDA label: Lamictal',
);

export const SPECIFIC_GROUPS = [
  SIMVASTATIN_LIKE,
  CYP3A4_LABEL_CONTRAINDICATED,
  STATIN_DOSE_CAPPING,
  PIMOZIDE_RAISING,
  DOAC_CYP3A4_PGP,
  DABIGATRAN_CONTRAINDICATED,
  DABIGATRAN_DOSE_REDUCING,
  EDOXABAN_DOSE_REDUCING,
  AZOLES_CYP3A4_SUBSTRATE,
  AZOLES_ACID_DEPENDENT,
  AZOLES_CYP2C9_POTENT,
  MACROLIDES_INHIBITING,
  CYP2D6_ACTIVATED_OPIOIDS,
  DIGOXIN_RAISING_MAJOR,
  DIGOXIN_RAISING_MODERATE,
  DOFETILIDE_CONTRAINDICATED,
  MAO_A_INHIBITORS,
  SEROTONERGIC_OPIOIDS_POTENT,
  SEROTONERGIC_ANTIDEPRESSANTS,
  NON_SELECTIVE_BETA_BLOCKERS,
  RATE_SLOWING,
  AMIODARONE_LIKE,
  SULFONYLUREA_POTENTIATORS,
  UGT_INDUCERS,
];
