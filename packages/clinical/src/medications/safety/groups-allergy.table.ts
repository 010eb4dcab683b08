import { group } from './drug-group.factory.ts';

/** Groups the allergy cross-reactivity rules name: shared R1 side chains, COX-1 inhibition, aromatic rings. */

export const R1_AMINOBENZYL = group(
  'r1-aminobenzyl-side-chain',
  'Beta-lactams with the aminobenzyl R1 side chain of ampicillin and amoxicillin',
  ['amoxicillin', 'ampicillin', 'cefalexin', 'cefadroxil', 'cefaclor', 'cefprozil'],
  'Khan DA et al. Drug allergy: a 2022 practice parameter update. J Allergy Clin Immunol 2022 (side-chain table)',
);

export const R1_AMINOTHIAZOLYL_OXYIMINO = group(
  'r1-aminothiazolyl-oxyimino-side-chain',
  'Cephalosporins with a methoxyimino R1 side chain (ceftriaxone group)',
  ['ceftriaxone', 'cefotaxime', 'cefepime', 'cefpodoxime', 'cefuroxime'],
  'Khan DA et al. Drug allergy: a 2022 practice parameter update (side-chain table)',
);

export const R1_CEFTAZIDIME_AZTREONAM = group(
  'r1-ceftazidime-aztreonam-side-chain',
  'Ceftazidime and aztreonam (identical R1 side chain)',
  ['ceftazidime', 'aztreonam'],
  'Khan DA et al. Drug allergy: a 2022 practice parameter update',
);

export const PENICILLIN_OR_CEPHALOSPORIN = group(
  'penicillin-or-cephalosporin',
  'Penicillins and cephalosporins',
  ['penicillin', 'cephalosporin'],
  'BNF',
);

/** NSAIDs that inhibit COX-1 at usual doses (and aspirin): cross-intolerant in NSAID hypersensitivity. */
export const NSAID_COX1_INHIBITORS = group(
  'nsaid-cox1-inhibitor',
  'COX-1 inhibiting NSAIDs and aspirin',
  [
    'aspirin',
    'ibuprofen',
    'naproxen',
    'diclofenac',
    'indometacin',
    'ketorolac',
    'ketoprofen',
    'piroxicam',
    'mefenamic-acid',
    'nabumetone',
    'sulindac',
    'flurbiprofen',
    'diflunisal',
  ],
  'Kowalski ML et al. EAACI/ENDA classification of NSAID hypersensitivity. Allergy 2013;68:1219-32',
);

export const NSAID_COX2_PREFERRING = group(
  'nsaid-cox2-preferring',
  'COX-2 selective and preferential NSAIDs',
  ['celecoxib', 'etoricoxib', 'meloxicam', 'etodolac'],
  'Kowalski ML et al. Allergy 2013;68:1219-32',
);

export const AROMATIC_ANTIEPILEPTICS = group(
  'aromatic-antiepileptic',
  'Aromatic antiepileptics',
  [
    'carbamazepine',
    'oxcarbazepine',
    'eslicarbazepine',
    'phenytoin',
    'fosphenytoin',
    'phenobarbital',
    'primidone',
    'lamotrigine',
  ],
  'Hirsch LJ et al. Cross-sensitivity of skin rashes with antiepileptic drug use. Neurology 2008;71:1527-34',
);

export const ALLERGY_GROUPS = [
  R1_AMINOBENZYL,
  R1_AMINOTHIAZOLYL_OXYIMINO,
  R1_CEFTAZIDIME_AZTREONAM,
  PENICILLIN_OR_CEPHALOSPORIN,
  NSAID_COX1_INHIBITORS,
  NSAID_COX2_PREFERRING,
  AROMATIC_ANTIEPILEPTICS,
];
