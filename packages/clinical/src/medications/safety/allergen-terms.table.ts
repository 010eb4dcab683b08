import type { DrugId } from '../catalogue/drugs.ts';
import type { ClassId } from './groups.ts';

/** What a free-text allergy names: drugs or classes. */
export type AllergenTarget = { kind: 'drug'; drugId: DrugId } | { kind: 'class'; classId: ClassId };

const classes = (...ids: ClassId[]): AllergenTarget[] => ids.map((classId) => ({ kind: 'class', classId }));
const drugs = (...ids: DrugId[]): AllergenTarget[] => ids.map((drugId) => ({ kind: 'drug', drugId }));

/**
 * Free-text allergy words (normalised: lower case, no accents or punctuation) that name a class or a
 * combination. Names of single drugs, their aliases and brands are found in the catalogue instead.
 */
export const ALLERGEN_TERMS: Readonly<Record<string, readonly AllergenTarget[]>> = {
  penicillin: classes('penicillin'),
  penicillins: classes('penicillin'),
  pcn: classes('penicillin'),
  cephalosporin: classes('cephalosporin'),
  cephalosporins: classes('cephalosporin'),
  carbapenems: classes('carbapenem'),
  'beta lactam': classes('penicillin', 'cephalosporin', 'carbapenem'),
  'beta lactams': classes('penicillin', 'cephalosporin', 'carbapenem'),
  sulfa: classes('sulfonamide-antibacterial'),
  sulpha: classes('sulfonamide-antibacterial'),
  'sulfa drugs': classes('sulfonamide-antibacterial'),
  sulfonamide: classes('sulfonamide-antibacterial'),
  sulfonamides: classes('sulfonamide-antibacterial'),
  sulphonamide: classes('sulfonamide-antibacterial'),
  sulphonamides: classes('sulfonamide-antibacterial'),
  'sulfonamide antibiotics': classes('sulfonamide-antibacterial'),
  quinolones: classes('fluoroquinolone'),
  fluoroquinolones: classes('fluoroquinolone'),
  macrolides: classes('macrolide'),
  tetracyclines: classes('tetracycline-antibacterial'),
  nsaid: classes('nsaid'),
  nsaids: classes('nsaid'),
  'non steroidal anti inflammatory drugs': classes('nsaid'),
  'ace inhibitor': classes('ace-inhibitor'),
  'ace inhibitors': classes('ace-inhibitor'),
  opioids: classes('opioid'),
  opiates: classes('opioid'),
  'aromatic anticonvulsants': classes('aromatic-antiepileptic'),
  'aromatic antiepileptics': classes('aromatic-antiepileptic'),
  'co trimoxazole': drugs('sulfamethoxazole', 'trimethoprim'),
  cotrimoxazole: drugs('sulfamethoxazole', 'trimethoprim'),
  'co amoxiclav': drugs('amoxicillin', 'clavulanic-acid'),
  'co codamol': drugs('codeine', 'paracetamol'),
  'piperacillin tazobactam': drugs('piperacillin', 'tazobactam'),
};
