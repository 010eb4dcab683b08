import type { ClassId } from './groups.ts';
import type { Participant } from './membership.ts';
import type { ReferenceId } from './references.ts';
import type { Severity } from './safety.types.ts';

/**
 * How a recorded class allergy applies. `classSeverity`: a drug of the recorded class. `siblingSeverity`:
 * a drug of the same class as a recorded drug (amoxicillin recorded, flucloxacillin prescribed); null
 * where the class is too diverse and the cross-reactivity rules decide (cephalosporins, NSAIDs).
 */
export type AllergyClassPolicy = {
  classId: ClassId;
  classSeverity: Severity;
  siblingSeverity: Severity | null;
  rationale: string;
  references: readonly [ReferenceId, ...ReferenceId[]];
};

export const ALLERGY_CLASS_POLICIES: readonly AllergyClassPolicy[] = [
  {
    classId: 'penicillin',
    classSeverity: 'contraindicated',
    siblingSeverity: 'contraindicated',
    rationale: 'All penicillins share the beta-lactam–thiazolidine core and its penicilloyl determinant.',
    references: ['bnf', 'nice-cg183-drug-allergy'],
  },
  {
    classId: 'cephalosporin',
    classSeverity: 'major',
    siblingSeverity: null,
    rationale: 'Cross-reactivity between cephalosporins follows their R1 side chains.',
    references: ['khan-2022-drug-allergy'],
  },
  {
    classId: 'carbapenem',
    classSeverity: 'major',
    siblingSeverity: 'major',
    rationale: 'Carbapenems share the carbapenem nucleus.',
    references: ['khan-2022-drug-allergy'],
  },
  {
    classId: 'sulfonamide-antibacterial',
    classSeverity: 'major',
    siblingSeverity: 'major',
    rationale:
      'Allergy is to the N4 arylamine and N1 heterocycle of sulfonamide antibacterials; non-antibacterial sulfonamides (furosemide, thiazides, celecoxib, sulfonylureas) lack them and do not cross-react.',
    references: ['strom-2003-sulfonamide', 'khan-2022-drug-allergy'],
  },
  {
    classId: 'fluoroquinolone',
    classSeverity: 'major',
    siblingSeverity: 'major',
    rationale: 'Cross-reactivity between fluoroquinolones is common in immediate reactions.',
    references: ['khan-2022-drug-allergy'],
  },
  {
    classId: 'macrolide',
    classSeverity: 'major',
    siblingSeverity: 'moderate',
    rationale: 'Cross-reactivity between macrolides is uncommon but reported.',
    references: ['khan-2022-drug-allergy'],
  },
  {
    classId: 'tetracycline-antibacterial',
    classSeverity: 'major',
    siblingSeverity: 'moderate',
    rationale: 'Tetracyclines share a four-ring core; cross-reactions are reported.',
    references: ['bnf'],
  },
  {
    classId: 'nsaid',
    classSeverity: 'major',
    siblingSeverity: null,
    rationale: 'NSAID hypersensitivity is mostly through COX-1 inhibition, so it follows COX-1 potency.',
    references: ['kowalski-2013-nsaid'],
  },
  {
    classId: 'ace-inhibitor',
    classSeverity: 'contraindicated',
    siblingSeverity: 'contraindicated',
    rationale: 'ACE inhibitor angioedema is from bradykinin and recurs with any ACE inhibitor.',
    references: ['bnf', 'haymore-2008-ace-arb'],
  },
  {
    classId: 'aromatic-antiepileptic',
    classSeverity: 'major',
    siblingSeverity: null,
    rationale: 'Aromatic antiepileptics form reactive arene oxides; rashes recur with others of the group.',
    references: ['hirsch-2008-antiepileptic-rash'],
  },
];

/** A recorded allergy to `allergen` (a drug, or any drug of a class, or the class itself) and a drug of `candidate`. */
export type CrossReactivityRule = {
  id: string;
  allergen: Participant;
  candidate: Participant;
  severity: Severity;
  rationale: string;
  management: string;
  references: readonly [ReferenceId, ...ReferenceId[]];
};

const AVOID_OR_TEST = 'Avoid, or give only after allergy assessment (skin test or graded challenge).';
const USUALLY_SAFE =
  'Usually safe to give; with a history of anaphylaxis or a severe delayed reaction, seek allergy advice first.';

export const CROSS_REACTIVITY_RULES: readonly CrossReactivityRule[] = [
  {
    id: 'aminobenzyl-side-chain',
    allergen: 'r1-aminobenzyl-side-chain',
    candidate: 'r1-aminobenzyl-side-chain',
    severity: 'major',
    rationale:
      'Amoxicillin, ampicillin, cefalexin, cefadroxil, cefaclor and cefprozil share an identical or similar R1 side chain; cross-reactivity is far higher than between dissimilar beta-lactams.',
    management: `${AVOID_OR_TEST} Choose a beta-lactam with a dissimilar side chain (e.g. ceftriaxone, cefazolin).`,
    references: ['khan-2022-drug-allergy', 'romano-2018-beta-lactam'],
  },
  {
    id: 'oxyimino-side-chain',
    allergen: 'r1-aminothiazolyl-oxyimino-side-chain',
    candidate: 'r1-aminothiazolyl-oxyimino-side-chain',
    severity: 'major',
    rationale:
      'Ceftriaxone, cefotaxime, cefepime, cefpodoxime and cefuroxime share similar methoxyimino R1 side chains.',
    management: `${AVOID_OR_TEST} Choose a cephalosporin with a dissimilar side chain.`,
    references: ['khan-2022-drug-allergy'],
  },
  {
    id: 'ceftazidime-aztreonam',
    allergen: 'r1-ceftazidime-aztreonam-side-chain',
    candidate: 'r1-ceftazidime-aztreonam-side-chain',
    severity: 'major',
    rationale: 'Ceftazidime and aztreonam have an identical R1 side chain.',
    management: AVOID_OR_TEST,
    references: ['khan-2022-drug-allergy'],
  },
  {
    id: 'penicillin-to-aminobenzyl-cephalosporin',
    allergen: 'penicillin',
    candidate: 'r1-aminobenzyl-side-chain',
    severity: 'moderate',
    rationale:
      'Penicillin allergy cross-reacts with cephalosporins in about 1–2%, more with cephalosporins whose side chain is that of amoxicillin and ampicillin (cefalexin, cefadroxil, cefaclor); the risk is highest when the recorded reaction was to an aminopenicillin.',
    management:
      'Prefer a cephalosporin with a dissimilar side chain; if the reaction was to amoxicillin or ampicillin, avoid.',
    references: ['pichichero-2007-cephalosporin', 'khan-2022-drug-allergy'],
  },
  {
    id: 'penicillin-to-cephalosporin',
    allergen: 'penicillin',
    candidate: 'cephalosporin',
    severity: 'minor',
    rationale:
      'Cross-reactivity of penicillin allergy with cephalosporins of dissimilar side chains is about 1–2% or less.',
    management: USUALLY_SAFE,
    references: ['pichichero-2007-cephalosporin', 'khan-2022-drug-allergy'],
  },
  {
    id: 'cephalosporin-to-penicillin',
    allergen: 'cephalosporin',
    candidate: 'penicillin',
    severity: 'minor',
    rationale:
      'Cephalosporin allergy is usually side-chain specific; cross-reactivity with penicillins is low.',
    management: USUALLY_SAFE,
    references: ['khan-2022-drug-allergy'],
  },
  {
    id: 'cephalosporin-to-cephalosporin',
    allergen: 'cephalosporin',
    candidate: 'cephalosporin',
    severity: 'minor',
    rationale: 'Cephalosporins with dissimilar R1 side chains rarely cross-react.',
    management: USUALLY_SAFE,
    references: ['khan-2022-drug-allergy'],
  },
  {
    id: 'beta-lactam-to-carbapenem',
    allergen: 'penicillin-or-cephalosporin',
    candidate: 'carbapenem',
    severity: 'minor',
    rationale: 'Carbapenems cross-react with penicillins and cephalosporins in under 1%.',
    management: USUALLY_SAFE,
    references: ['khan-2022-drug-allergy'],
  },
  {
    id: 'ace-inhibitor-to-arb',
    allergen: 'ace-inhibitor',
    candidate: 'angiotensin-receptor-blocker',
    severity: 'moderate',
    rationale: 'After ACE inhibitor angioedema, angioedema recurs with an ARB in a few per cent.',
    management:
      'An ARB can be used with caution after ACE inhibitor angioedema; tell the patient to stop it if swelling occurs.',
    references: ['haymore-2008-ace-arb'],
  },
  {
    id: 'ace-inhibitor-to-sacubitril',
    allergen: 'ace-inhibitor',
    candidate: 'sacubitril',
    severity: 'contraindicated',
    rationale:
      'Sacubitril/valsartan is contraindicated after angioedema with an ACE inhibitor or ARB (neprilysin also breaks down bradykinin).',
    management: 'Do not give.',
    references: ['label-entresto'],
  },
  {
    id: 'nsaid-cox1-cross-intolerance',
    allergen: 'nsaid-cox1-inhibitor',
    candidate: 'nsaid-cox1-inhibitor',
    severity: 'major',
    rationale:
      'Most NSAID hypersensitivity (respiratory disease, urticaria, angioedema) comes from COX-1 inhibition and recurs with any COX-1 inhibiting NSAID or aspirin.',
    management: 'Avoid; a COX-2 selective NSAID or paracetamol (up to 500 mg–1 g) is usually tolerated.',
    references: ['kowalski-2013-nsaid'],
  },
  {
    id: 'nsaid-to-aspirin',
    allergen: 'nsaid',
    candidate: 'aspirin',
    severity: 'major',
    rationale: 'NSAID hypersensitivity through COX-1 inhibition extends to aspirin.',
    management: 'Avoid unless aspirin tolerance is known; aspirin desensitisation is a specialist procedure.',
    references: ['kowalski-2013-nsaid'],
  },
  {
    id: 'nsaid-cox1-to-cox2',
    allergen: 'nsaid-cox1-inhibitor',
    candidate: 'nsaid-cox2-preferring',
    severity: 'minor',
    rationale:
      'COX-2 selective and preferential NSAIDs are tolerated by most patients with COX-1 cross-intolerance.',
    management: 'Usually tolerated; give the first dose under observation if the reaction was severe.',
    references: ['kowalski-2013-nsaid'],
  },
  {
    id: 'aromatic-antiepileptic-cross-sensitivity',
    allergen: 'aromatic-antiepileptic',
    candidate: 'aromatic-antiepileptic',
    severity: 'major',
    rationale:
      'Rash or hypersensitivity with one aromatic antiepileptic (carbamazepine, oxcarbazepine, phenytoin, phenobarbital, lamotrigine) recurs with another in a large minority; severe reactions (SJS/TEN, DRESS) can recur.',
    management:
      'Avoid after a severe reaction; choose a non-aromatic antiepileptic (levetiracetam, valproate, topiramate).',
    references: ['hirsch-2008-antiepileptic-rash'],
  },
];
