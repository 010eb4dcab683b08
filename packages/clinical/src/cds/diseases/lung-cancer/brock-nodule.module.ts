import { z } from 'zod';
import {
  type CodedConcept,
  defineDiseaseModule,
  type Recommendation,
  type RiskCategory,
} from '../../disease-module.ts';
import { BROCK_NODULE_TYPES, type BrockInputs, brockProbability, brockTerms } from './brock.ts';
import { CT_CHEST, LUNG_CANCER, outOf, PET_CT, percent } from './lung-cancer.shared.ts';

const BROCK_REFERENCES = [
  {
    id: 'mcwilliams-2013',
    citation:
      'McWilliams A, Tammemagi MC, Mayo JR, et al. Probability of cancer in pulmonary nodules detected on first screening CT. N Engl J Med 2013;369(10):910-919.',
    url: 'https://doi.org/10.1056/NEJMoa1214726',
  },
  {
    id: 'bts-2015',
    citation:
      'Callister MEJ, Baldwin DR, Akram AR, et al. British Thoracic Society guidelines for the investigation and management of pulmonary nodules. Thorax 2015;70(Suppl 2):ii1-ii54.',
    url: 'https://doi.org/10.1136/thoraxjnl-2015-207168',
  },
];

const brockInputs = z.object({
  ageYears: z.number().int().min(18).max(100),
  sex: z.enum(['male', 'female']),
  familyHistoryOfLungCancer: z.boolean(),
  emphysema: z.boolean(),
  noduleSizeMm: z.number().min(1).max(30, 'a lesion over 30 mm is a mass, not a nodule'),
  noduleType: z.enum(BROCK_NODULE_TYPES),
  upperLobe: z.boolean(),
  noduleCount: z.number().int().min(1).max(100),
  spiculation: z.boolean(),
});

const brockSettings = z
  .object({
    /** BTS 2015: below 10%, CT surveillance; from 10%, PET-CT. */
    intermediateFrom: z.number().gt(0).lt(1).default(0.1),
    /** BTS 2015: above 70%, excision or non-surgical treatment may be offered without biopsy. */
    highAbove: z.number().gt(0).lt(1).default(0.7),
  })
  .refine((value) => value.highAbove > value.intermediateFrom, {
    path: ['highAbove'],
    message: 'must be above intermediateFrom',
  });

const BROCK_LABELS: Record<keyof ReturnType<typeof brockTerms>, string> = {
  age: 'Age',
  sex: 'Sex',
  familyHistoryOfLungCancer: 'Family history of lung cancer',
  emphysema: 'Emphysema on CT',
  noduleSize: 'Nodule size',
  noduleType: 'Nodule type',
  upperLobe: 'Upper lobe',
  noduleCount: 'Number of nodules',
  spiculation: 'Spiculation',
};
const BROCK_TERM_INPUT: Record<keyof typeof BROCK_LABELS, keyof BrockInputs> = {
  age: 'ageYears',
  sex: 'sex',
  familyHistoryOfLungCancer: 'familyHistoryOfLungCancer',
  emphysema: 'emphysema',
  noduleSize: 'noduleSizeMm',
  noduleType: 'noduleType',
  upperLobe: 'upperLobe',
  noduleCount: 'noduleCount',
  spiculation: 'spiculation',
};

function brockShown(values: BrockInputs, key: keyof typeof BROCK_LABELS): string {
  const input = BROCK_TERM_INPUT[key];
  const value = values[input];
  if (input === 'ageYears') return `${value} years`;
  if (input === 'noduleSizeMm') return `${value} mm`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** BTS 2015 surveillance for a low-risk nodule: months to the next CT, or null when none is needed. */
function surveillanceMonths(values: BrockInputs): number | null {
  if (values.noduleType !== 'solid') return 3;
  if (values.noduleSizeMm < 5) return null;
  return values.noduleSizeMm < 6 ? 12 : 3;
}

/** Brock (PanCan) full model with spiculation: probability that one pulmonary nodule is malignant. */
export const brockNoduleModule = defineDiseaseModule({
  id: 'brock-nodule',
  disease: LUNG_CANCER,
  name: 'Brock (PanCan) pulmonary nodule malignancy risk',
  version: '1.0.0',
  kind: 'equation',
  audience: 'clinician',
  description:
    'Probability that a pulmonary nodule seen on CT is lung cancer (McWilliams 2013, full model with spiculation), with the BTS 2015 management bands.',
  inputs: brockInputs,
  settings: brockSettings,
  inputInfo: {
    ageYears: { label: 'Age', question: 'Age in years', unit: 'a', sources: [{ kind: 'age' }] },
    sex: {
      label: 'Sex',
      question: 'Sex',
      unit: null,
      sources: [{ kind: 'sex' }],
      options: { male: 'Male', female: 'Female' },
    },
    familyHistoryOfLungCancer: {
      label: 'Family history of lung cancer',
      question: 'Has a parent, brother, sister or child had lung cancer?',
      unit: null,
      sources: [
        { kind: 'condition', snomed: [], icd10Prefixes: ['Z80.1'] },
        { kind: 'questionnaire', linkId: 'family.lung-cancer' },
      ],
    },
    emphysema: {
      label: 'Emphysema on CT',
      question: 'Is emphysema seen on this CT scan?',
      unit: null,
      sources: [],
      help: "The model used the radiologist's read of the scan, not a clinical diagnosis.",
    },
    noduleSizeMm: {
      label: 'Nodule diameter',
      question: 'Nodule diameter in mm',
      unit: 'mm',
      sources: [],
      help: 'Maximum diameter on the CT, in whole millimetres, as BTS 2015 measures when volumetry is not available.',
    },
    noduleType: {
      label: 'Nodule type',
      question: 'Nodule type',
      unit: null,
      sources: [],
      options: { solid: 'Solid', 'part-solid': 'Part-solid', nonsolid: 'Non-solid (ground-glass)' },
    },
    upperLobe: {
      label: 'Upper lobe',
      question: 'Is the nodule in an upper lobe?',
      unit: null,
      sources: [],
    },
    noduleCount: {
      label: 'Number of nodules',
      question: 'How many nodules are on the scan, this one included?',
      unit: null,
      sources: [],
      help: 'More nodules lower the probability for each one.',
    },
    spiculation: {
      label: 'Spiculation',
      question: 'Is the nodule spiculated?',
      unit: null,
      sources: [],
    },
  },
  references: BROCK_REFERENCES,
  assess(values, options) {
    const probability = brockProbability(values);
    const terms = brockTerms(values);
    const category: RiskCategory =
      probability > options.highAbove
        ? 'high'
        : probability >= options.intermediateFrom
          ? 'intermediate'
          : 'low';
    const low = percent(options.intermediateFrom, 0);
    const high = percent(options.highAbove, 0);
    const isSubsolid = values.noduleType !== 'solid';
    const pct = percent(probability, 1);

    const warnings: string[] = [];
    if (values.noduleType === 'solid' && values.noduleSizeMm < 8)
      warnings.push(
        'BTS 2015 applies the Brock model to solid nodules of 8 mm (300 mm³) or more; smaller solid nodules follow size-based surveillance (under 5 mm: no follow-up; 5 to under 6 mm: CT at 12 months; 6 to under 8 mm: CT at 3 months).',
      );
    if (isSubsolid)
      warnings.push('BTS 2015 applies the Brock model to subsolid nodules that persist on a CT at 3 months.');
    if (values.ageYears < 50 || values.ageYears > 75)
      warnings.push(
        `The model was developed in PanCan screening participants aged 50–75; at ${values.ageYears} it is extrapolated.`,
      );

    const recommendations: Recommendation[] = [];
    const serviceRequests: { code: CodedConcept; reason: string }[] = [];
    const followUpMonths = category === 'low' ? surveillanceMonths(values) : null;
    if (category === 'low') {
      recommendations.push({
        text: `Brock risk below ${low}: CT surveillance (BTS 2015)${followUpMonths === null ? '; a solid nodule under 5 mm needs no follow-up' : `, next CT in ${followUpMonths} months, with volumetry where available`}.`,
        audience: 'clinician',
        reference: 'bts-2015',
      });
      if (followUpMonths !== null)
        serviceRequests.push({ code: CT_CHEST, reason: `Nodule surveillance: Brock risk ${pct}` });
    } else if (isSubsolid) {
      recommendations.push({
        text: `Brock risk ${pct}: discuss at the lung nodule MDT. For a persistent subsolid nodule BTS 2015 offers continued CT surveillance, image-guided biopsy, resection or non-surgical treatment, weighing risk and the person's wishes; PET-CT is of limited value in ground-glass lesions.`,
        audience: 'clinician',
        reference: 'bts-2015',
      });
    } else {
      recommendations.push({
        text: `Brock risk ${pct} (≥ ${low}): offer PET-CT if the nodule is at least the local PET-CT size threshold, then re-estimate the risk with the Herder model (BTS 2015).`,
        audience: 'clinician',
        reference: 'bts-2015',
      });
      serviceRequests.push({ code: PET_CT, reason: `Pulmonary nodule, Brock risk ${pct}` });
    }
    if (category === 'high')
      recommendations.push({
        text: `Brock risk above ${high}: discuss promptly at the lung cancer MDT${isSubsolid ? '' : `; BTS 2015 considers excision or non-surgical treatment without a biopsy first when the risk after PET-CT (Herder model) is above ${high}`}.`,
        audience: 'clinician',
        reference: 'bts-2015',
      });

    return {
      status: 'assessed',
      outcome: 'malignancy of the pulmonary nodule',
      probability,
      horizonYears: null,
      score: null,
      category,
      categoryLabel: {
        low: `Low (below ${low}): CT surveillance`,
        borderline: 'Borderline',
        intermediate: `Intermediate (${low}–${high}): further investigation`,
        high: `High (above ${high})`,
        'very-high': 'Very high',
      }[category],
      needsReview: category !== 'low',
      contributions: (Object.keys(terms) as (keyof typeof BROCK_LABELS)[]).map((key) => ({
        input: BROCK_TERM_INPUT[key],
        label: BROCK_LABELS[key],
        value: brockShown(values, key),
        effect: terms[key],
        scale: 'log-odds' as const,
      })),
      findings: [
        {
          guideline: 'BTS 2015 pulmonary nodules',
          verdict: category === 'low' ? 'does-not-meet' : 'meets',
          summary: category === 'low' ? 'CT surveillance' : 'Further investigation indicated',
          reasons: [`Brock risk ${pct} ${category === 'low' ? '<' : '≥'} ${low}`],
          reference: 'bts-2015',
        },
      ],
      recommendations,
      suggested: { condition: null, serviceRequests, followUpMonths },
      warnings,
      summary: `Brock (PanCan, with spiculation) probability of malignancy ${pct}: ${category}.`,
      plainLanguage: {
        meaning: `Most lung nodules are not cancer. ${outOf(probability, 'would be cancer', 'would not', 'nodules like this one')}`,
        whatYouCanDo:
          category === 'low'
            ? [
                followUpMonths === null
                  ? 'A nodule this small does not need more scans.'
                  : 'You will be offered another scan to check that the nodule is not growing. Most stay the same.',
                'If you smoke, stopping is the best thing you can do for your lungs.',
              ]
            : [
                'Your doctor will suggest more tests to find out what the nodule is. Ask them anything you want to know.',
                'If you smoke, stopping is the best thing you can do for your lungs.',
              ],
      },
    };
  },
});
