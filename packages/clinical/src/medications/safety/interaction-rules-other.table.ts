import { type InteractionRule, interaction } from './interaction.factory.ts';

const MARROW = 'Bone marrow suppression: neutropenia, thrombocytopenia, pancytopenia (deaths reported).';
const SEPARATE_CATIONS =
  'Give the affected drug at least 2 hours before or 4–6 hours after calcium, iron, magnesium or aluminium.';

/** Immunology, anti-infective, absorption and glucose interactions. */
export const OTHER_RULES: readonly InteractionRule[] = [
  interaction('methotrexate-trimethoprim', ['methotrexate', 'trimethoprim'], {
    concern: 'myelosuppression',
    severity: 'major',
    effect: MARROW,
    mechanism:
      'Both are folate antagonists; trimethoprim (and sulfamethoxazole) also reduce methotrexate renal clearance.',
    management:
      'Avoid, including co-trimoxazole; choose another antibacterial. If unavoidable, check the blood count within a week.',
    references: ['bourre-tessier-2010-methotrexate', 'bnf'],
  }),
  interaction('methotrexate-nsaid', ['methotrexate', 'nsaid'], {
    concern: 'myelosuppression',
    severity: 'moderate',
    effect: 'Methotrexate toxicity (marrow, mucositis, renal) from reduced excretion.',
    mechanism: 'NSAIDs reduce renal methotrexate clearance.',
    management:
      'With low-dose weekly methotrexate, usually acceptable with routine blood and renal monitoring; avoid NSAIDs around high-dose (oncology) methotrexate.',
    references: ['bourre-tessier-2010-methotrexate'],
  }),
  interaction('methotrexate-salicylate', ['methotrexate', 'salicylate'], {
    concern: 'myelosuppression',
    severity: 'moderate',
    effect: 'Methotrexate toxicity from reduced excretion (analgesic salicylate doses).',
    mechanism: 'Salicylates reduce renal tubular secretion of methotrexate.',
    management:
      'Low-dose aspirin is acceptable; avoid analgesic doses, and all salicylates with high-dose methotrexate.',
    references: ['bourre-tessier-2010-methotrexate'],
  }),
  interaction('methotrexate-ppi', ['methotrexate', 'proton-pump-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'minor',
    effect: 'Delayed methotrexate elimination at high (oncology) doses.',
    mechanism: 'Proton pump inhibitors may inhibit renal tubular secretion of methotrexate.',
    management:
      'Withhold the proton pump inhibitor around high-dose methotrexate (use an H2 antagonist); low doses are unaffected.',
    references: ['bourre-tessier-2010-methotrexate'],
  }),
  interaction('methotrexate-penicillin', ['methotrexate', 'penicillin'], {
    concern: 'myelosuppression',
    severity: 'moderate',
    effect: 'Methotrexate toxicity from reduced excretion.',
    mechanism: 'Penicillins compete for renal tubular secretion.',
    management: 'Monitor the blood count, particularly with high-dose methotrexate.',
    references: ['stockley'],
  }),
  interaction('methotrexate-leflunomide', ['methotrexate', 'leflunomide'], {
    concern: 'hepatotoxicity',
    severity: 'moderate',
    effect: 'Additive liver toxicity and marrow suppression.',
    mechanism: 'Both are hepatotoxic and immunosuppressive.',
    management: 'Used together in rheumatology with monthly liver tests and blood counts.',
    references: ['bourre-tessier-2010-methotrexate'],
  }),
  interaction('thiopurine-allopurinol', ['thiopurine', 'allopurinol'], {
    concern: 'myelosuppression',
    severity: 'major',
    effect: MARROW,
    mechanism:
      'Xanthine oxidase inactivates mercaptopurine; allopurinol blocks it and thiopurine levels rise several-fold.',
    management:
      'Reduce azathioprine or mercaptopurine to a quarter (to a third) of the dose and check the blood count weekly at first.',
    references: ['label-thiopurine-allopurinol'],
  }),
  interaction('thiopurine-febuxostat', ['thiopurine', 'febuxostat'], {
    concern: 'myelosuppression',
    severity: 'contraindicated',
    effect: MARROW,
    mechanism: 'Febuxostat inhibits xanthine oxidase, which inactivates mercaptopurine.',
    management: 'Do not combine.',
    references: ['label-uloric'],
  }),
  interaction('thiopurine-trimethoprim', ['thiopurine', 'trimethoprim'], {
    concern: 'myelosuppression',
    severity: 'moderate',
    effect: MARROW,
    mechanism: 'Additive marrow suppression (folate antagonism).',
    management: 'Check the blood count if a course is needed.',
    references: ['stockley'],
  }),
  interaction('cation-chelation', ['chelated-by-cation', 'polyvalent-cation'], {
    concern: 'reduced-absorption',
    severity: 'moderate',
    effect: 'Much lower absorption (fluoroquinolones and tetracyclines by up to 90%): treatment failure.',
    mechanism: 'Calcium, iron, magnesium and aluminium form insoluble chelates in the gut.',
    management: SEPARATE_CATIONS,
    references: ['label-chelation', 'stockley'],
  }),
  interaction('levothyroxine-cation', ['levothyroxine', 'polyvalent-cation'], {
    concern: 'reduced-absorption',
    severity: 'moderate',
    effect: 'Lower levothyroxine absorption: hypothyroidism.',
    mechanism: 'Binding in the gut.',
    management:
      'Take levothyroxine at least 4 hours apart from calcium, iron or antacids; check TSH after changes.',
    references: ['bnf'],
  }),
  interaction('bisphosphonate-cation', ['bisphosphonate', 'polyvalent-cation'], {
    concern: 'reduced-absorption',
    severity: 'minor',
    effect: 'Lower bisphosphonate absorption.',
    mechanism: 'Chelation in the gut.',
    management: 'Take alendronic acid with water at least 30 minutes before food, drink or other medicines.',
    references: ['bnf'],
  }),
  interaction('atazanavir-ppi', ['atazanavir', 'proton-pump-inhibitor'], {
    concern: 'reduced-absorption',
    severity: 'major',
    effect: 'Atazanavir levels fall by up to 75%: virological failure and resistance.',
    mechanism: 'Atazanavir needs gastric acid to dissolve.',
    management:
      'Avoid; in treatment-naive patients on boosted atazanavir, omeprazole 20 mg (or equivalent) at most, 12 hours apart. Prefer an antacid or H2 antagonist with spacing.',
    references: ['label-atazanavir'],
  }),
  interaction('atazanavir-h2-antagonist', ['atazanavir', 'h2-antagonist'], {
    concern: 'reduced-absorption',
    severity: 'moderate',
    effect: 'Lower atazanavir levels.',
    mechanism: 'Reduced gastric acid lowers atazanavir dissolution.',
    management:
      'Give atazanavir with ritonavir at the same time as, or 10 hours after, the H2 antagonist; cap the H2 dose.',
    references: ['label-atazanavir'],
  }),
  interaction('rilpivirine-ppi', ['rilpivirine', 'proton-pump-inhibitor'], {
    concern: 'reduced-absorption',
    severity: 'contraindicated',
    effect: 'Rilpivirine levels fall markedly: virological failure.',
    mechanism: 'Rilpivirine needs gastric acid to be absorbed.',
    management: 'Do not combine; an H2 antagonist can be used 12 hours before or 4 hours after rilpivirine.',
    references: ['label-rilpivirine'],
  }),
  interaction('azole-acid-suppression', ['azole-acid-dependent', 'proton-pump-inhibitor'], {
    concern: 'reduced-absorption',
    severity: 'moderate',
    effect: 'Lower itraconazole (capsules) or ketoconazole absorption.',
    mechanism: 'Absorption needs gastric acid.',
    management: 'Use itraconazole oral solution, or take the capsules with an acidic drink.',
    references: ['stockley'],
  }),
  interaction('fluoroquinolone-corticosteroid', ['fluoroquinolone', 'systemic-corticosteroid'], {
    concern: 'tendon-rupture',
    severity: 'moderate',
    effect: 'Tendinitis and tendon rupture, especially over 60 years.',
    mechanism: 'Additive tendon toxicity.',
    management:
      'Avoid fluoroquinolones in patients on corticosteroids where possible; stop at the first tendon pain.',
    references: ['ema-2018-fluoroquinolone'],
  }),
  interaction('fluoroquinolone-glucose-lowering', ['fluoroquinolone', 'hypoglycaemia-causing'], {
    concern: 'dysglycaemia',
    severity: 'moderate',
    effect: 'Severe hypoglycaemia (and hyperglycaemia), including coma.',
    mechanism: 'Fluoroquinolones affect pancreatic beta-cell potassium channels.',
    management:
      'Advise glucose monitoring during the course; prefer another antibacterial in older patients.',
    references: ['fda-dsc-2018-fluoroquinolone'],
  }),
  interaction('sulfonylurea-potentiator', ['sulfonylurea', 'sulfonylurea-potentiator'], {
    concern: 'dysglycaemia',
    severity: 'moderate',
    effect: 'Hypoglycaemia from raised sulfonylurea levels.',
    mechanism:
      'Inhibition of CYP2C9 (fluconazole, miconazole, sulfamethoxazole) or CYP3A4 (clarithromycin) metabolism.',
    management: 'Monitor blood glucose during the course and reduce the sulfonylurea dose if needed.',
    references: ['stockley'],
  }),
  interaction('repaglinide-gemfibrozil', ['repaglinide', 'gemfibrozil'], {
    concern: 'dysglycaemia',
    severity: 'contraindicated',
    effect: 'Repaglinide levels rise about 8-fold: prolonged, severe hypoglycaemia.',
    mechanism: 'Gemfibrozil glucuronide inhibits CYP2C8 and OATP1B1.',
    management: 'Do not combine.',
    references: ['label-repaglinide'],
  }),
  interaction('repaglinide-strong-cyp3a4', ['repaglinide', 'cyp3a4-strong-inhibitor'], {
    concern: 'dysglycaemia',
    severity: 'moderate',
    effect: 'Raised repaglinide levels: hypoglycaemia.',
    mechanism: 'CYP3A4 contributes to repaglinide clearance.',
    management: 'Monitor blood glucose; reduce the repaglinide dose if needed.',
    references: ['label-repaglinide'],
  }),
  interaction('bosentan-ciclosporin', ['bosentan', 'ciclosporin'], {
    concern: 'raised-exposure',
    severity: 'contraindicated',
    effect: 'Bosentan trough levels rise about 30-fold; ciclosporin levels halve.',
    mechanism: 'Ciclosporin inhibits OATP and CYP3A4; bosentan induces CYP3A4.',
    management: 'Do not combine.',
    references: ['label-bosentan'],
  }),
  interaction('bosentan-glibenclamide', ['bosentan', 'glibenclamide'], {
    concern: 'hepatotoxicity',
    severity: 'contraindicated',
    effect: 'Raised liver aminotransferases (liver injury).',
    mechanism: 'Both inhibit the bile salt export pump.',
    management: 'Do not combine; use another glucose-lowering drug.',
    references: ['label-bosentan'],
  }),
  interaction('aminoglycoside-loop-diuretic', ['aminoglycoside', 'loop-diuretic'], {
    concern: 'ototoxicity',
    severity: 'moderate',
    effect: 'Hearing loss, which may be permanent.',
    mechanism: 'Additive cochlear toxicity.',
    management: 'Avoid high-dose loop diuretics; monitor aminoglycoside levels, renal function and hearing.',
    references: ['bnf'],
  }),
  interaction('aminoglycoside-vancomycin', ['aminoglycoside', 'vancomycin'], {
    concern: 'kidney-injury',
    severity: 'moderate',
    effect: 'Acute kidney injury.',
    mechanism: 'Additive nephrotoxicity.',
    management: 'Monitor levels of both and creatinine closely.',
    references: ['bnf'],
  }),
  interaction('aminoglycoside-calcineurin', ['aminoglycoside', 'calcineurin-inhibitor'], {
    concern: 'kidney-injury',
    severity: 'moderate',
    effect: 'Acute kidney injury.',
    mechanism: 'Additive nephrotoxicity.',
    management: 'Avoid if possible; monitor creatinine and drug levels.',
    references: ['bnf'],
  }),
  interaction('lamotrigine-oestrogen', ['lamotrigine', 'ethinylestradiol'], {
    concern: 'reduced-exposure',
    severity: 'moderate',
    effect: 'Lamotrigine levels halve (seizures); they rise in the pill-free week (toxicity).',
    mechanism: 'Ethinylestradiol induces lamotrigine glucuronidation.',
    management:
      'Adjust the lamotrigine dose when starting or stopping the pill; consider a continuous regimen.',
    references: ['label-lamictal', 'fsrh-2022-contraception'],
  }),
];
