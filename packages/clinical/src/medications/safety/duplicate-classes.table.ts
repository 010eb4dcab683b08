import type { TherapeuticClassId } from '../catalogue/classes.ts';
import type { ReferenceId } from './references.ts';
import type { Severity } from './safety.types.ts';

/** A therapeutic class in which two different drugs at once are usually a duplication. */
export type DuplicateClassRule = {
  classId: TherapeuticClassId;
  severity: Severity;
  /** Why two of them are a problem, and when it is intended. */
  management: string;
  references: readonly [ReferenceId, ...ReferenceId[]];
};

const rule = (
  classId: TherapeuticClassId,
  severity: Severity,
  management: string,
  references: DuplicateClassRule['references'] = ['bnf'],
): DuplicateClassRule => ({ classId, severity, management, references });

const STOP_ONE =
  'Two drugs of the same class add side effects without added benefit: stop one unless the combination is intended.';

/**
 * Classes checked for duplicate therapy. Classes whose members are combined on purpose (antiplatelet
 * drugs in dual therapy, antiepileptics, antiretrovirals, basal with prandial insulin, levothyroxine
 * with liothyronine, penicillins with other antibacterials) are not listed.
 */
export const DUPLICATE_CLASS_RULES: readonly DuplicateClassRule[] = [
  rule(
    'anticoagulant',
    'major',
    'Two anticoagulants only while switching or bridging as planned (heparin until the INR is in range); otherwise stop one.',
    ['bnf', 'label-anticoagulant-doac'],
  ),
  rule(
    'p2y12-inhibitor',
    'major',
    'Two P2Y12 inhibitors add bleeding without benefit; when switching, follow the loading plan.',
  ),
  rule(
    'nsaid',
    'major',
    'Avoid two NSAIDs: gastrointestinal bleeding and kidney injury increase without better pain relief.',
    ['bnf', 'label-ketorolac'],
  ),
  rule('statin', 'moderate', STOP_ONE),
  rule('fibrate', 'moderate', STOP_ONE),
  rule('ace-inhibitor', 'moderate', STOP_ONE),
  rule(
    'angiotensin-receptor-blocker',
    'moderate',
    `${STOP_ONE} Sacubitril/valsartan already contains an ARB.`,
    ['bnf', 'label-entresto'],
  ),
  rule('beta-blocker', 'moderate', `${STOP_ONE} Ophthalmic timolol also adds systemic beta-blockade.`),
  rule('dihydropyridine-calcium-channel-blocker', 'moderate', STOP_ONE),
  rule(
    'rate-limiting-calcium-channel-blocker',
    'major',
    'Verapamil with diltiazem risks bradycardia and heart block: stop one.',
  ),
  rule('loop-diuretic', 'moderate', STOP_ONE),
  rule(
    'thiazide-diuretic',
    'moderate',
    `${STOP_ONE} (Adding metolazone-type diuretics in resistant oedema is specialist use.)`,
  ),
  rule(
    'potassium-sparing-diuretic',
    'major',
    'Two potassium-sparing diuretics risk severe hyperkalaemia: stop one.',
    ['bnf', 'label-potassium-sparing'],
  ),
  rule(
    'alpha-blocker',
    'moderate',
    `${STOP_ONE} Tamsulosin and doxazosin together cause postural hypotension.`,
  ),
  rule(
    'nitrate',
    'moderate',
    `${STOP_ONE} (Sublingual glyceryl trinitrate for attacks with a long-acting nitrate is intended.)`,
  ),
  rule('pde5-inhibitor', 'moderate', STOP_ONE, ['label-pde5-nitrates']),
  rule(
    'opioid',
    'moderate',
    'Two opioids add respiratory depression; intended only as a long-acting opioid with an immediate-release one for breakthrough pain.',
    ['fda-dsc-2016-opioid-benzodiazepine'],
  ),
  rule('triptan', 'major', 'Do not take two different triptans within 24 hours (vasospasm).', [
    'label-triptans',
  ]),
  rule('ergot-alkaloid', 'major', 'Two ergot alkaloids add vasoconstriction (ergotism).', ['label-ergot']),
  rule('xanthine-oxidase-inhibitor', 'moderate', STOP_ONE),
  rule('cephalosporin', 'moderate', STOP_ONE),
  rule('macrolide', 'moderate', STOP_ONE),
  rule('fluoroquinolone', 'moderate', STOP_ONE),
  rule('tetracycline-antibacterial', 'moderate', STOP_ONE),
  rule('azole-antifungal', 'moderate', STOP_ONE),
  rule('ssri', 'moderate', `${STOP_ONE} When switching, follow a cross-taper plan.`),
  rule('snri', 'moderate', STOP_ONE),
  rule('tricyclic-antidepressant', 'moderate', STOP_ONE),
  rule(
    'antipsychotic',
    'moderate',
    'Two antipsychotics add QT, metabolic and extrapyramidal risk; use only under specialist review.',
  ),
  rule('benzodiazepine', 'moderate', 'Two benzodiazepines add sedation and falls: use one.'),
  rule('z-drug', 'moderate', STOP_ONE),
  rule('sedating-antihistamine', 'moderate', STOP_ONE),
  rule('cns-stimulant', 'moderate', STOP_ONE),
  rule(
    'gabapentinoid',
    'moderate',
    'Gabapentin with pregabalin adds sedation and respiratory depression: use one.',
    ['fda-dsc-2019-gabapentinoid'],
  ),
  rule('sulfonylurea', 'moderate', `${STOP_ONE} Two sulfonylureas raise the risk of hypoglycaemia.`),
  rule('dpp4-inhibitor', 'moderate', STOP_ONE),
  rule('sglt2-inhibitor', 'moderate', STOP_ONE),
  rule('glp1-agonist', 'moderate', STOP_ONE),
  rule(
    'basal-insulin',
    'moderate',
    'Two basal insulins: check that the regimen is intended (switching products).',
  ),
  rule('antithyroid', 'moderate', STOP_ONE),
  rule('systemic-corticosteroid', 'moderate', STOP_ONE),
  rule(
    'inhaled-corticosteroid',
    'moderate',
    'Two inhaled corticosteroids add systemic exposure: use one (a combination inhaler counts).',
  ),
  rule(
    'long-acting-beta2-agonist',
    'moderate',
    'Two long-acting beta2 agonists (check combination inhalers): use one.',
  ),
  rule('long-acting-muscarinic-antagonist', 'moderate', STOP_ONE),
  rule('proton-pump-inhibitor', 'moderate', STOP_ONE),
  rule('h2-antagonist', 'moderate', STOP_ONE),
  rule(
    'dopamine-antagonist-antiemetic',
    'moderate',
    'Two dopamine antagonists add extrapyramidal and QT effects: use one.',
  ),
  rule('5ht3-antagonist', 'moderate', STOP_ONE),
  rule('bisphosphonate', 'moderate', STOP_ONE),
  rule(
    'calcineurin-inhibitor',
    'major',
    'Ciclosporin with tacrolimus adds nephrotoxicity: do not combine (stop ciclosporin 24 hours before tacrolimus).',
    ['label-immunosuppressant'],
  ),
  rule(
    'antiproliferative-immunosuppressant',
    'major',
    'Two antiproliferative immunosuppressants add marrow suppression: use one.',
  ),
  rule('mtor-inhibitor', 'major', STOP_ONE, ['label-immunosuppressant']),
  rule('urinary-antispasmodic', 'moderate', STOP_ONE),
  rule('aminosalicylate', 'moderate', STOP_ONE),
  rule('anorectic', 'moderate', STOP_ONE),
  rule('sympathomimetic-decongestant', 'moderate', STOP_ONE),
  rule(
    'hormonal-contraceptive',
    'moderate',
    'Two hormonal contraceptives: check that it is intended (switching method).',
    ['fsrh-2022-contraception'],
  ),
];
