import type { Contribution, Recommendation, RiskCategory } from '../../disease-module.ts';
import { defineDiseaseModule } from '../../disease-module.ts';
import { LOW_DOSE_CT, LUNG_CANCER, outOf, percent, SMOKING_CESSATION } from './lung-cancer.shared.ts';
import {
  PLCOM_REQUIRED_FOR_SMOKERS,
  type Plcom2012ModuleInputs,
  plcom2012InputInfo,
  plcom2012Inputs,
  plcom2012Settings,
} from './plcom2012.inputs.ts';
import {
  PLCOM2012_RACE_GROUPS,
  type Plcom2012Inputs,
  type Plcom2012Race,
  plcom2012Risk,
  plcom2012Terms,
} from './plcom2012.ts';
import {
  formatPackYears,
  packYearsFrom,
  type Uspstf2021Result,
  uspstf2021Eligibility,
} from './uspstf-2021.ts';

const PLCOM_REFERENCES = [
  {
    id: 'tammemagi-2013',
    citation:
      'Tammemägi MC, Katki HA, Hocking WG, et al. Selection criteria for lung-cancer screening. N Engl J Med 2013;368(8):728-736.',
    url: 'https://doi.org/10.1056/NEJMoa1211776',
  },
  {
    id: 'tammemagi-2014',
    citation:
      'Tammemägi MC, Church TR, Hocking WG, et al. Evaluation of the lung cancer risks at which to screen ever- and never-smokers: screening rules applied to the PLCO and NLST cohorts. PLoS Med 2014;11(12):e1001764 (6-year risk ≥ 1.51%).',
    url: 'https://doi.org/10.1371/journal.pmed.1001764',
  },
  {
    id: 'uspstf-2021',
    citation:
      'US Preventive Services Task Force. Screening for lung cancer: US Preventive Services Task Force recommendation statement. JAMA 2021;325(10):962-970 (grade B).',
    url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
  },
  {
    id: 'uspstf-2021-cessation',
    citation:
      'US Preventive Services Task Force. Interventions for tobacco smoking cessation in adults, including pregnant persons: recommendation statement. JAMA 2021;325(3):265-279 (grade A).',
    url: 'https://doi.org/10.1001/jama.2020.25019',
  },
];

type SmokingHistory = { packYears: number; notes: string[] };

/**
 * The model's inputs from the module's. Cigarettes per day come from pack-years ÷ years × 20 when only
 * pack-years are recorded; pack-years (for USPSTF) from cigarettes per day when not. Lists what is missing
 * when the model cannot run.
 */
function toModel(
  values: Plcom2012ModuleInputs & { smokingStatus: 'current' | 'former' },
): { model: Plcom2012Inputs; history: SmokingHistory } | { missing: string[] } {
  const { bmi, education, race, copd, personalHistoryOfCancer, familyHistoryOfLungCancer } = values;
  const duration = values.smokingDurationYears;
  const recorded = values.packYears;
  const cpd =
    values.cigarettesPerDay ??
    (recorded !== undefined && duration !== undefined && duration > 0
      ? (recorded * 20) / duration
      : undefined);
  const missing: string[] = PLCOM_REQUIRED_FOR_SMOKERS.filter((key) => values[key] === undefined);
  if (cpd === undefined || !(cpd > 0)) missing.push('cigarettesPerDay');
  if (values.smokingStatus === 'former' && values.yearsSinceQuitting === undefined)
    missing.push('yearsSinceQuitting');
  if (
    missing.length > 0 ||
    cpd === undefined ||
    duration === undefined ||
    bmi === undefined ||
    education === undefined ||
    race === undefined ||
    copd === undefined ||
    personalHistoryOfCancer === undefined ||
    familyHistoryOfLungCancer === undefined
  )
    return { missing };
  const computed = packYearsFrom(cpd, duration);
  const notes: string[] = [];
  if (values.cigarettesPerDay === undefined)
    notes.push(
      `Cigarettes per day (${cpd.toFixed(1)}) derived from ${recorded} pack-years over ${duration} years.`,
    );
  else if (recorded !== undefined && Math.abs(recorded - computed) > Math.max(1, 0.1 * computed))
    notes.push(
      `Recorded pack-years (${recorded}) differ from cigarettes per day × years (${formatPackYears(computed)}); USPSTF uses the recorded value.`,
    );
  return {
    model: {
      ageYears: values.ageYears,
      // The model has no group for "mixed, other or not stated": the reference group is used and a warning added.
      race: race === 'other-or-not-stated' ? 'white' : race,
      education,
      bmi,
      copd,
      personalHistoryOfCancer,
      familyHistoryOfLungCancer,
      smokingStatus: values.smokingStatus,
      cigarettesPerDay: cpd,
      smokingDurationYears: duration,
      yearsSinceQuitting: values.smokingStatus === 'current' ? 0 : values.yearsSinceQuitting,
    },
    history: { packYears: recorded ?? computed, notes },
  };
}

const TERM_INPUT: Record<keyof ReturnType<typeof plcom2012Terms>, [input: string, label: string]> = {
  age: ['ageYears', 'Age'],
  race: ['race', 'Race/ethnicity'],
  education: ['education', 'Education'],
  bmi: ['bmi', 'Body-mass index'],
  copd: ['copd', 'COPD'],
  personalHistoryOfCancer: ['personalHistoryOfCancer', 'Personal history of cancer'],
  familyHistoryOfLungCancer: ['familyHistoryOfLungCancer', 'Family history of lung cancer'],
  smokingStatus: ['smokingStatus', 'Smoking status'],
  smokingIntensity: ['cigarettesPerDay', 'Cigarettes per day'],
  smokingDuration: ['smokingDurationYears', 'Years smoked'],
  yearsSinceQuitting: ['yearsSinceQuitting', 'Years since quitting'],
};

function plcomShown(model: Plcom2012Inputs, race: string): Record<keyof typeof TERM_INPUT, string> {
  const yesNo = (value: boolean) => (value ? 'yes' : 'no');
  return {
    age: `${model.ageYears} years`,
    race:
      race === 'other-or-not-stated'
        ? 'not stated (reference group used)'
        : (plcom2012InputInfo.race.options?.[race] ?? race),
    education: plcom2012InputInfo.education.options?.[model.education] ?? model.education,
    bmi: `${model.bmi.toFixed(1)} kg/m²`,
    copd: yesNo(model.copd),
    personalHistoryOfCancer: yesNo(model.personalHistoryOfCancer),
    familyHistoryOfLungCancer: yesNo(model.familyHistoryOfLungCancer),
    smokingStatus: `${model.smokingStatus} smoker`,
    smokingIntensity: `${Number(model.cigarettesPerDay.toFixed(1))} a day`,
    smokingDuration: `${model.smokingDurationYears} years`,
    yearsSinceQuitting:
      model.smokingStatus === 'current' ? 'still smoking (0)' : `${model.yearsSinceQuitting} years`,
  };
}

/** The clinician's screening advice, saying which rule supports it. */
function screeningAdvice(uspstf: Uspstf2021Result, threshold: string): string {
  const basis = uspstf.isEligible
    ? 'Meets the USPSTF 2021 criteria.'
    : `Not USPSTF 2021 eligible (${uspstf.criteria
        .filter((criterion) => !criterion.isMet)
        .map((criterion) => criterion.reason.toLowerCase())
        .join(
          '; ',
        )}), but the 6-year risk is at least ${threshold}; check which criteria the local programme and payer use.`;
  return `Offer annual low-dose CT screening after shared decision-making (benefits, false positives, overdiagnosis, radiation), provided the person is fit for and willing to have curative lung surgery. ${basis}`;
}

/** PLCOm2012: 6-year lung cancer risk for current and former smokers, with USPSTF 2021 eligibility beside it. */
export const plcom2012Module = defineDiseaseModule({
  id: 'plcom2012',
  disease: LUNG_CANCER,
  name: 'PLCOm2012 lung cancer risk',
  version: '1.0.0',
  kind: 'equation',
  audience: 'patient',
  description:
    'Probability of a lung cancer diagnosis within 6 years for people who smoke or used to smoke (Tammemägi 2013), shown with the USPSTF 2021 screening criteria, to decide on yearly low-dose CT screening.',
  inputs: plcom2012Inputs,
  settings: plcom2012Settings,
  inputInfo: plcom2012InputInfo,
  references: PLCOM_REFERENCES,
  assess(values, options) {
    if (values.smokingStatus === 'never')
      return {
        status: 'not-applicable',
        reason:
          'PLCOm2012 is for current and former smokers; it does not apply to people who have never smoked.',
        plainLanguage: {
          meaning:
            'This lung cancer check is for people who smoke or used to smoke, so it does not apply to you.',
          whatYouCanDo: [
            "Staying smoke-free, and keeping away from other people's smoke, protects your lungs.",
            'If you have a cough that does not go away, cough up blood or lose weight without trying, see your doctor.',
          ],
        },
      };
    const prepared = toModel({ ...values, smokingStatus: values.smokingStatus });
    if ('missing' in prepared)
      return {
        status: 'not-applicable',
        reason: `PLCOm2012 cannot be calculated without: ${prepared.missing.join(', ')}.`,
        plainLanguage: {
          meaning: 'We need a few more answers about your health and smoking before we can work this out.',
          whatYouCanDo: ['Fill in the smoking and health history questions, or ask your care team.'],
        },
      };
    const { model, history } = prepared;
    const race = values.race ?? 'other-or-not-stated';
    const isCurrent = values.smokingStatus === 'current';
    const risk = plcom2012Risk(model);
    const terms = plcom2012Terms(model);
    const uspstf = uspstf2021Eligibility({
      ageYears: values.ageYears,
      packYears: history.packYears,
      smokingStatus: values.smokingStatus,
      yearsSinceQuitting: values.yearsSinceQuitting,
    });
    const aboveThreshold = risk >= options.screeningThreshold;
    const screen = aboveThreshold || uspstf.isEligible;
    const category: RiskCategory =
      risk >= options.veryHighRiskThreshold ? 'very-high' : aboveThreshold ? 'high' : 'low';
    const threshold = percent(options.screeningThreshold);

    const warnings = [...history.notes];
    if (values.ageYears < 55 || values.ageYears > 74)
      warnings.push(
        `PLCOm2012 was developed in people aged 55–74; at ${values.ageYears} the estimate is extrapolated.`,
      );
    if (race === 'other-or-not-stated') {
      const byGroup = PLCOM2012_RACE_GROUPS.map((group: Plcom2012Race) =>
        plcom2012Risk({ ...model, race: group }),
      );
      warnings.push(
        `Race/ethnicity not stated or not one of the model's groups: calculated for the reference group (White). Across the six groups the risk would be ${percent(Math.min(...byGroup))}–${percent(Math.max(...byGroup))}.`,
      );
    }

    const shown = plcomShown(model, race);
    const contributions: Contribution[] = Object.entries(terms).map(([term, effect]) => {
      const key = term as keyof typeof TERM_INPUT;
      const [input, label] = TERM_INPUT[key];
      return { input, label, value: shown[key], effect, scale: 'log-odds' };
    });

    const recommendations: Recommendation[] = [];
    if (screen)
      recommendations.push(
        {
          text: screeningAdvice(uspstf, threshold),
          audience: 'clinician',
          reference: uspstf.isEligible ? 'uspstf-2021' : 'tammemagi-2014',
        },
        {
          text: 'A yearly low-dose CT scan of the chest can find lung cancer early, when it is easier to treat. Your doctor will talk with you about whether it is right for you.',
          audience: 'patient',
          reference: 'uspstf-2021',
        },
      );
    else
      recommendations.push({
        text: `Screening not indicated now: USPSTF 2021 criteria not met and 6-year risk below ${threshold}. Reassess if the smoking history or age changes.`,
        audience: 'clinician',
        reference: 'uspstf-2021',
      });
    if (screen && !isCurrent && uspstf.isEligible)
      recommendations.push({
        text: 'Under USPSTF 2021, stop screening once the person has not smoked for 15 years.',
        audience: 'clinician',
        reference: 'uspstf-2021',
      });
    if (isCurrent)
      recommendations.push(
        {
          text: 'Advise stopping smoking and offer behavioural support with pharmacotherapy (varenicline, nicotine replacement or bupropion).',
          audience: 'clinician',
          reference: 'uspstf-2021-cessation',
        },
        {
          text: 'Stopping smoking is the best thing you can do for your lungs, at any age. Your care team can help with support and medicines that make it easier.',
          audience: 'patient',
          reference: 'uspstf-2021-cessation',
        },
      );

    const screeningReason = uspstf.isEligible
      ? 'Meets USPSTF 2021 lung cancer screening criteria'
      : `PLCOm2012 6-year risk ${percent(risk)} ≥ ${threshold}`;
    const whatYouCanDo = [
      ...(isCurrent
        ? [
            'Stopping smoking lowers your risk, whatever your age. Ask us for help; you do not have to do it alone.',
          ]
        : ['Staying smoke-free keeps lowering your risk, year after year.']),
      ...(screen
        ? ['Ask your doctor about a yearly low-dose CT scan of your chest. It is quick and does not hurt.']
        : []),
      'If you have a cough that does not go away, cough up blood or lose weight without trying, see your doctor soon; do not wait for a scan.',
    ];

    return {
      status: 'assessed',
      outcome: 'lung cancer diagnosis',
      probability: risk,
      horizonYears: 6,
      score: null,
      category,
      categoryLabel: {
        'very-high': `Very high: at least ${percent(options.veryHighRiskThreshold)} in 6 years`,
        high: `Above the screening threshold (${threshold})`,
        intermediate: 'Intermediate',
        borderline: 'Borderline',
        low: `Below the screening threshold (${threshold})`,
      }[category],
      needsReview: category !== 'low' || screen,
      contributions,
      findings: [
        {
          guideline: 'USPSTF 2021 lung cancer screening',
          verdict: uspstf.verdict,
          summary: uspstf.isEligible
            ? 'Eligible for annual low-dose CT screening'
            : 'Not eligible under the USPSTF 2021 criteria',
          reasons: uspstf.reasons,
          reference: 'uspstf-2021',
        },
        {
          guideline: `PLCOm2012 screening threshold (${threshold})`,
          verdict: aboveThreshold ? 'meets' : 'does-not-meet',
          summary: aboveThreshold ? 'Screening recommended by risk' : 'Risk below the screening threshold',
          reasons: [`6-year risk ${percent(risk)} ${aboveThreshold ? '≥' : '<'} ${threshold}`],
          reference: 'tammemagi-2014',
        },
      ],
      recommendations,
      suggested: {
        condition: null,
        serviceRequests: [
          ...(screen ? [{ code: LOW_DOSE_CT, reason: screeningReason }] : []),
          ...(isCurrent ? [{ code: SMOKING_CESSATION, reason: 'Current smoker' }] : []),
        ],
        followUpMonths: screen ? 12 : null,
      },
      warnings,
      summary: `PLCOm2012 6-year lung cancer risk ${percent(risk)} (threshold ${threshold}); USPSTF 2021 ${uspstf.isEligible ? 'criteria met' : 'criteria not met'}.`,
      plainLanguage: {
        meaning: `${outOf(risk, 'will be diagnosed with lung cancer in the next 6 years', 'will not', 'people like you')} This is an estimate for people with a similar age, health and smoking history, not a prediction for you.`,
        whatYouCanDo,
      },
    };
  },
});
