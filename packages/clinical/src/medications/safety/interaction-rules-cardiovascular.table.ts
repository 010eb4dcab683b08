import { type InteractionRule, interaction } from './interaction.factory.ts';

const HYPERKALAEMIA =
  'Hyperkalaemia, which can cause fatal arrhythmias, especially with renal impairment, diabetes or older age.';
const CHECK_POTASSIUM =
  'Check potassium and creatinine before starting, within 1 week, and regularly after; stop or reduce if potassium exceeds 5.5 mmol/L.';

/** Blood pressure, potassium, heart rate and rhythm interactions. */
export const CARDIOVASCULAR_RULES: readonly InteractionRule[] = [
  interaction('nitrate-pde5-inhibitor', ['nitric-oxide-cgmp-vasodilator', 'pde5-inhibitor'], {
    concern: 'hypotension',
    severity: 'contraindicated',
    effect: 'Profound hypotension, syncope and myocardial ischaemia.',
    mechanism:
      'Nitrates and nicorandil raise cGMP (riociguat stimulates its synthesis); PDE5 inhibitors stop its breakdown.',
    management:
      'Do not combine. No nitrate within 24 hours of sildenafil or vardenafil, or 48 hours of tadalafil; treat angina by other means.',
    references: ['label-pde5-nitrates'],
  }),
  interaction('riociguat-nitrate', ['riociguat', 'nitrate'], {
    concern: 'hypotension',
    severity: 'contraindicated',
    effect: 'Profound hypotension.',
    mechanism: 'Riociguat and nitric oxide donors both increase cGMP.',
    management: 'Do not combine.',
    references: ['label-pde5-nitrates'],
  }),
  interaction('alpha-blocker-pde5-inhibitor', ['alpha-blocker', 'pde5-inhibitor'], {
    concern: 'hypotension',
    severity: 'moderate',
    effect: 'Symptomatic postural hypotension.',
    mechanism: 'Additive vasodilatation.',
    management: 'Start the PDE5 inhibitor at the lowest dose in patients stable on the alpha-blocker.',
    references: ['label-pde5-nitrates'],
  }),
  interaction('ace-inhibitor-arb', ['ace-inhibitor', 'angiotensin-receptor-blocker'], {
    concern: 'hyperkalaemia',
    severity: 'major',
    effect: `${HYPERKALAEMIA} Also acute kidney injury and hypotension, without cardiovascular benefit.`,
    mechanism: 'Dual blockade of the renin-angiotensin system.',
    management:
      'Avoid; specialist use only (some heart failure or proteinuric kidney disease), with close potassium, creatinine and blood pressure monitoring.',
    references: ['ontarget-2008', 'ema-2014-dual-raas'],
  }),
  interaction('aliskiren-ace-inhibitor-or-arb', ['renin-inhibitor', 'raas-inhibitor'], {
    concern: 'hyperkalaemia',
    severity: 'major',
    effect: `${HYPERKALAEMIA} Also acute kidney injury, hypotension and stroke.`,
    mechanism: 'Dual blockade of the renin-angiotensin system.',
    management: 'Avoid; contraindicated in diabetes or with an eGFR below 60 mL/min/1.73 m².',
    references: ['altitude-2012', 'ema-2014-dual-raas'],
  }),
  interaction('ace-inhibitor-sacubitril', ['ace-inhibitor', 'sacubitril'], {
    concern: 'angioedema',
    severity: 'contraindicated',
    effect: 'Angioedema, which can obstruct the airway.',
    mechanism: 'ACE and neprilysin both break down bradykinin.',
    management:
      'Do not combine; stop the ACE inhibitor at least 36 hours before the first dose of sacubitril/valsartan.',
    references: ['label-entresto'],
  }),
  interaction('raas-mineralocorticoid-antagonist', ['raas-inhibitor', 'mineralocorticoid-antagonist'], {
    concern: 'hyperkalaemia',
    severity: 'moderate',
    effect: HYPERKALAEMIA,
    mechanism: 'Both reduce aldosterone action and renal potassium excretion.',
    management: `Standard in heart failure at the recommended doses. ${CHECK_POTASSIUM} Avoid if potassium is above 5.0 mmol/L or eGFR below 30.`,
    references: ['juurlink-2004-hyperkalaemia', 'bnf'],
  }),
  interaction('raas-enac-blocker', ['raas-inhibitor', 'enac-blocker'], {
    concern: 'hyperkalaemia',
    severity: 'major',
    effect: HYPERKALAEMIA,
    mechanism:
      'Amiloride and triamterene block distal sodium channels and potassium excretion; RAAS blockade adds to it.',
    management: `Avoid unless hypokalaemia persists on one drug alone. ${CHECK_POTASSIUM}`,
    references: ['bnf', 'stockley'],
  }),
  interaction('raas-potassium-supplement', ['raas-inhibitor', 'potassium-supplement'], {
    concern: 'hyperkalaemia',
    severity: 'moderate',
    effect: HYPERKALAEMIA,
    mechanism: 'Potassium load with reduced aldosterone-mediated excretion.',
    management: `Give potassium only for documented hypokalaemia. ${CHECK_POTASSIUM}`,
    references: ['bnf'],
  }),
  interaction('enac-blocker-potassium', ['enac-blocker', 'potassium-supplement'], {
    concern: 'hyperkalaemia',
    severity: 'contraindicated',
    effect: HYPERKALAEMIA,
    mechanism: 'A potassium load with blocked renal potassium excretion.',
    management: 'Do not combine except in severe refractory hypokalaemia under close monitoring.',
    references: ['label-potassium-sparing'],
  }),
  interaction('eplerenone-potassium', ['eplerenone', 'potassium-supplement'], {
    concern: 'hyperkalaemia',
    severity: 'contraindicated',
    effect: HYPERKALAEMIA,
    mechanism: 'A potassium load with blocked aldosterone action.',
    management: 'Do not combine (contraindicated in the eplerenone label).',
    references: ['label-potassium-sparing'],
  }),
  interaction('spironolactone-potassium', ['spironolactone', 'potassium-supplement'], {
    concern: 'hyperkalaemia',
    severity: 'major',
    effect: HYPERKALAEMIA,
    mechanism: 'A potassium load with blocked aldosterone action.',
    management: `Stop potassium supplements when starting spironolactone unless potassium stays low. ${CHECK_POTASSIUM}`,
    references: ['bnf', 'juurlink-2004-hyperkalaemia'],
  }),
  interaction('trimethoprim-mineralocorticoid-antagonist', ['trimethoprim', 'mineralocorticoid-antagonist'], {
    concern: 'hyperkalaemia',
    severity: 'major',
    effect: `${HYPERKALAEMIA} Sudden death is more frequent in older patients on spironolactone given co-trimoxazole.`,
    mechanism: 'Trimethoprim blocks distal sodium channels like amiloride.',
    management:
      'Prefer another antibacterial (nitrofurantoin, amoxicillin); if used, check potassium within 3–5 days.',
    references: ['antoniou-2015-trimethoprim-spironolactone'],
  }),
  interaction('trimethoprim-raas', ['trimethoprim', 'raas-inhibitor'], {
    concern: 'hyperkalaemia',
    severity: 'moderate',
    effect: HYPERKALAEMIA,
    mechanism: 'Trimethoprim blocks distal sodium channels; RAAS blockade reduces potassium excretion.',
    management:
      'In older patients or with renal impairment prefer another antibacterial, or check potassium within a week.',
    references: ['antoniou-2010-trimethoprim-raas'],
  }),
  interaction('trimethoprim-enac-blocker', ['trimethoprim', 'enac-blocker'], {
    concern: 'hyperkalaemia',
    severity: 'major',
    effect: HYPERKALAEMIA,
    mechanism: 'Two blockers of the distal sodium channel.',
    management: 'Avoid; choose another antibacterial.',
    references: ['stockley'],
  }),
  interaction('calcineurin-potassium-sparing', ['calcineurin-inhibitor', 'potassium-sparing-diuretic'], {
    concern: 'hyperkalaemia',
    severity: 'moderate',
    effect: HYPERKALAEMIA,
    mechanism: 'Ciclosporin and tacrolimus reduce potassium excretion.',
    management: CHECK_POTASSIUM,
    references: ['label-immunosuppressant'],
  }),
  interaction('nsaid-raas', ['nsaid', 'raas-inhibitor'], {
    concern: 'kidney-injury',
    severity: 'moderate',
    effect: 'Acute kidney injury and a weaker antihypertensive effect; worse if a diuretic is also taken.',
    mechanism:
      'NSAIDs block prostaglandin-mediated afferent dilatation while RAAS blockade removes efferent constriction.',
    management:
      'Avoid regular NSAIDs; if needed, check creatinine and potassium within 1–2 weeks and keep the patient hydrated.',
    references: ['lapi-2013-triple-whammy', 'bnf'],
  }),
  interaction('nsaid-diuretic', ['nsaid', 'potassium-depleting-diuretic'], {
    concern: 'kidney-injury',
    severity: 'moderate',
    effect: 'Acute kidney injury and a weaker diuretic effect (worsening heart failure).',
    mechanism: 'NSAIDs reduce renal prostaglandins that sustain blood flow and natriuresis.',
    management: 'Avoid in heart failure; otherwise monitor weight, blood pressure and creatinine.',
    references: ['lapi-2013-triple-whammy', 'bnf'],
  }),
  interaction('nsaid-potassium-sparing', ['nsaid', 'potassium-sparing-diuretic'], {
    concern: 'hyperkalaemia',
    severity: 'moderate',
    effect: `${HYPERKALAEMIA} Also acute kidney injury.`,
    mechanism: 'NSAIDs reduce renin release and renal blood flow.',
    management: CHECK_POTASSIUM,
    references: ['bnf'],
  }),
  interaction('nsaid-calcineurin-inhibitor', ['nsaid', 'calcineurin-inhibitor'], {
    concern: 'kidney-injury',
    severity: 'moderate',
    effect: 'Nephrotoxicity.',
    mechanism: 'Additive afferent arteriolar vasoconstriction.',
    management: 'Avoid regular NSAIDs; check creatinine if used.',
    references: ['stockley'],
  }),
  interaction(
    'dihydropyridine-macrolide',
    ['dihydropyridine-calcium-channel-blocker', 'macrolide-cyp3a4-inhibitor'],
    {
      concern: 'hypotension',
      severity: 'moderate',
      effect:
        'Hypotension and acute kidney injury (older patients admitted more often than with azithromycin).',
      mechanism: 'Clarithromycin and erythromycin inhibit CYP3A4, raising calcium-channel blocker levels.',
      management:
        'Prefer azithromycin in older patients on a calcium-channel blocker; otherwise monitor blood pressure.',
      references: ['gandhi-2013-ccb-macrolide'],
    },
  ),
  interaction('beta-blocker-rate-limiting-ccb', ['beta-blocker', 'rate-limiting-calcium-channel-blocker'], {
    concern: 'bradycardia',
    severity: 'major',
    effect: 'Bradycardia, heart block, hypotension and heart failure; asystole with intravenous verapamil.',
    mechanism: 'Additive negative chronotropic, dromotropic and inotropic effects.',
    management:
      'Never give intravenous verapamil to a patient on a beta-blocker. Oral combinations only with specialist advice and normal ventricular function, monitoring heart rate and AV conduction.',
    references: ['bnf', 'stockley'],
  }),
  interaction('amiodarone-rate-slowing', ['amiodarone-like', 'rate-slowing'], {
    concern: 'bradycardia',
    severity: 'moderate',
    effect: 'Bradycardia and AV block.',
    mechanism: 'Additive depression of sinus and AV nodes.',
    management: 'Monitor heart rate and ECG; reduce doses if bradycardia occurs.',
    references: ['label-multaq', 'stockley'],
  }),
  interaction('clonidine-beta-blocker', ['clonidine', 'beta-blocker'], {
    concern: 'rebound-hypertension',
    severity: 'moderate',
    effect: 'Severe rebound hypertension if clonidine is stopped; additive bradycardia.',
    mechanism: 'Unopposed alpha-adrenergic vasoconstriction after clonidine withdrawal with beta-blockade.',
    management: 'When stopping, withdraw the beta-blocker first, then taper clonidine over days.',
    references: ['bnf'],
  }),
  interaction('adrenaline-non-selective-beta-blocker', ['adrenaline', 'non-selective-beta-blocker'], {
    concern: 'opposing-effects',
    severity: 'moderate',
    effect: 'Severe hypertension with reflex bradycardia; anaphylaxis may respond poorly to adrenaline.',
    mechanism: 'Unopposed alpha stimulation when beta-receptors are blocked.',
    management:
      'Use adrenaline when needed for anaphylaxis; monitor blood pressure; glucagon if it is resistant.',
    references: ['stockley'],
  }),
  interaction('digoxin-major-raising', ['digoxin', 'digoxin-raising-major'], {
    concern: 'digoxin-toxicity',
    severity: 'major',
    effect:
      'Digoxin toxicity: nausea, visual disturbance, bradycardia, heart block, ventricular arrhythmias.',
    mechanism: 'Inhibition of P-gp (renal and intestinal) raises digoxin levels by 50–100% or more.',
    management:
      'Halve the digoxin dose when starting amiodarone, dronedarone or quinidine (reduce by a third to a half with verapamil); check the level after 1–2 weeks. With a short macrolide course, monitor for toxicity.',
    references: ['label-lanoxin', 'stockley'],
  }),
  interaction('digoxin-moderate-raising', ['digoxin', 'digoxin-raising-moderate'], {
    concern: 'digoxin-toxicity',
    severity: 'moderate',
    effect: 'Raised digoxin levels.',
    mechanism: 'Modest P-gp inhibition.',
    management: 'Monitor the digoxin level and heart rate after starting.',
    references: ['label-lanoxin'],
  }),
  interaction('digoxin-diuretic', ['digoxin', 'potassium-depleting-diuretic'], {
    concern: 'digoxin-toxicity',
    severity: 'moderate',
    effect: 'Digoxin toxicity from low potassium or magnesium.',
    mechanism: 'Hypokalaemia increases digoxin binding to Na/K-ATPase.',
    management: 'Keep potassium in range (check it regularly).',
    references: ['label-lanoxin', 'bnf'],
  }),
  interaction('dofetilide-contraindicated', ['dofetilide', 'dofetilide-contraindicated'], {
    concern: 'raised-exposure',
    severity: 'contraindicated',
    effect: 'Raised dofetilide levels: QT prolongation and torsades de pointes.',
    mechanism:
      'These drugs inhibit renal cation secretion (cimetidine, trimethoprim, dolutegravir, prochlorperazine) or CYP3A4 (ketoconazole, verapamil), or cause hypokalaemia (hydrochlorothiazide).',
    management: 'Do not combine.',
    references: ['label-tikosyn'],
  }),
  interaction('class-ic-strong-cyp2d6', ['flecainide', 'cyp2d6-strong-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'moderate',
    effect: 'Raised flecainide levels: conduction disturbance and proarrhythmia.',
    mechanism: 'Flecainide is cleared partly by CYP2D6.',
    management: 'Reduce the flecainide dose and monitor the ECG (and level where available).',
    references: ['stockley'],
  }),
  interaction('propafenone-strong-cyp2d6', ['propafenone', 'cyp2d6-strong-inhibitor'], {
    concern: 'raised-exposure',
    severity: 'moderate',
    effect: 'Raised propafenone levels: proarrhythmia and beta-blockade.',
    mechanism: 'Propafenone is cleared by CYP2D6.',
    management: 'Avoid combining with a CYP3A4 inhibitor as well; monitor the ECG.',
    references: ['stockley'],
  }),
];
