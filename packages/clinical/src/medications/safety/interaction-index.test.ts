import { describe, expect, it } from 'vitest';
import type { DrugId } from '../catalogue/drugs.ts';
import { interactionsBetween } from './interaction-index.ts';
import type { Severity } from './safety.types.ts';

/** The most serious severity the rules give a pair, or null when nothing applies. */
const severityOf = (a: DrugId, b: DrugId) => interactionsBetween(a, b)[0]?.rule.severity ?? null;

const EXPECTED: readonly (readonly [DrugId, DrugId, Severity | null])[] = [
  // Class rules expanded to their members.
  ['warfarin', 'ibuprofen', 'major'],
  ['apixaban', 'naproxen', 'major'],
  ['rivaroxaban', 'clopidogrel', 'major'],
  ['phenelzine', 'sertraline', 'contraindicated'],
  ['tranylcypromine', 'pseudoephedrine', 'contraindicated'],
  ['selegiline', 'pethidine', 'contraindicated'],
  ['linezolid', 'citalopram', 'major'],
  ['moclobamide', 'sumatriptan', 'contraindicated'],
  ['sumatriptan', 'sertraline', 'moderate'],
  ['sumatriptan', 'ergotamine', 'contraindicated'],
  ['ritonavir', 'ergotamine', 'contraindicated'],
  ['lovastatin', 'itraconazole', 'contraindicated'],
  ['simvastatin', 'amiodarone', 'major'],
  ['atorvastatin', 'clarithromycin', 'moderate'],
  ['pravastatin', 'clarithromycin', null],
  ['rifampicin', 'darunavir', 'contraindicated'],
  ['rifampicin', 'ciclosporin', 'major'],
  ['tacrolimus', 'clarithromycin', 'major'],
  ['fentanyl', 'ritonavir', 'major'],
  ['midazolam', 'ketoconazole', 'contraindicated'],
  ['oxycodone', 'diazepam', 'major'],
  ['morphine', 'pregabalin', 'major'],
  ['naltrexone', 'morphine', 'contraindicated'],
  ['spironolactone', 'ramipril', 'moderate'],
  ['amiloride', 'potassium-chloride', 'contraindicated'],
  ['lisinopril', 'losartan', 'major'],
  ['perindopril', 'sacubitril', 'contraindicated'],
  ['trimethoprim', 'spironolactone', 'major'],
  ['methotrexate', 'trimethoprim', 'major'],
  ['methotrexate', 'naproxen', 'moderate'],
  ['glyceryl-trinitrate', 'tadalafil', 'contraindicated'],
  ['nicorandil', 'sildenafil', 'contraindicated'],
  ['warfarin', 'fluconazole', 'major'],
  ['warfarin', 'miconazole', 'major'],
  ['warfarin', 'metronidazole', 'major'],
  ['warfarin', 'amiodarone', 'major'],
  ['warfarin', 'clarithromycin', 'moderate'],
  ['clopidogrel', 'omeprazole', 'moderate'],
  ['clopidogrel', 'pantoprazole', null],
  ['theophylline', 'ciprofloxacin', 'major'],
  ['theophylline', 'fluvoxamine', 'major'],
  ['tizanidine', 'ciprofloxacin', 'contraindicated'],
  ['ramelteon', 'fluvoxamine', 'contraindicated'],
  ['lithium', 'bendroflumethiazide', 'major'],
  ['lithium', 'ramipril', 'major'],
  ['lithium', 'ibuprofen', 'major'],
  ['digoxin', 'amiodarone', 'major'],
  ['digoxin', 'verapamil', 'major'],
  ['digoxin', 'clarithromycin', 'major'],
  ['ciclosporin', 'ketoconazole', 'major'],
  ['allopurinol', 'azathioprine', 'major'],
  ['febuxostat', 'mercaptopurine', 'contraindicated'],
  ['dofetilide', 'verapamil', 'contraindicated'],
  ['valproic-acid', 'meropenem', 'major'],
  ['metoprolol', 'verapamil', 'major'],
  ['ethinylestradiol', 'carbamazepine', 'major'],
  ['tamoxifen', 'paroxetine', 'major'],
  // QT by CredibleMeds category.
  ['citalopram', 'haloperidol', 'contraindicated'],
  ['amiodarone', 'moxifloxacin', 'major'],
  ['ondansetron', 'quetiapine', 'moderate'],
  ['quetiapine', 'mirtazapine', null],
  ['venlafaxine', 'trazodone', 'moderate'],
  ['risperidone', 'olanzapine', null],
  // Pairs that do not interact.
  ['amlodipine', 'paracetamol', null],
  ['metformin', 'atorvastatin', null],
  ['levothyroxine', 'ramipril', null],
];

describe('interaction index', () => {
  it.each(EXPECTED)('%s with %s: %s', (a, b, severity) => {
    expect(severityOf(a, b)).toBe(severity);
    expect(severityOf(b, a)).toBe(severity);
  });

  it('shows one rule per concern for a pair: the most specific, then the most serious', () => {
    const concerns = interactionsBetween('clarithromycin', 'simvastatin').map((entry) => entry.rule.concern);
    expect(concerns).toEqual(['myopathy']);
    const forPimozide = interactionsBetween('pimozide', 'clarithromycin').map(
      (entry) => `${entry.rule.concern}:${entry.rule.severity}`,
    );
    expect(forPimozide).toEqual(['qt-prolongation:contraindicated', 'raised-exposure:contraindicated']);
    const forSelegiline = interactionsBetween('selegiline', 'st-johns-wort').map((entry) => entry.rule.id);
    expect(forSelegiline).toEqual(['mao-b-st-johns-wort']);
  });

  it('orders the drugs as the rule names them, whatever the query order', () => {
    expect(interactionsBetween('aspirin', 'warfarin')[0]?.drugIds).toEqual(['warfarin', 'aspirin']);
    expect(interactionsBetween('warfarin', 'aspirin')[0]?.drugIds).toEqual(['warfarin', 'aspirin']);
    expect(interactionsBetween('warfarin', 'warfarin')).toEqual([]);
  });
});
