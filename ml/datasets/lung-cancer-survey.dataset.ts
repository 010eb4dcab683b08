import { CsvFormatError, columnIndex, parseCsv } from '../lib/csv.ts';
import {
  type FeatureMeta,
  LAMBDA_GRID,
  type LoadedData,
  type ModelDefinition,
} from '../lib/model-definition.ts';

/** The survey's 13 yes/no items (coded 1 = no, 2 = yes), in file order, with the model's names. */
const YES_NO_ITEMS = [
  ['SMOKING', 'smoking', 'Smoking'],
  ['YELLOW_FINGERS', 'yellowFingers', 'Yellow fingers'],
  ['ANXIETY', 'anxiety', 'Anxiety'],
  ['PEER_PRESSURE', 'peerPressure', 'Peer pressure'],
  ['CHRONIC DISEASE', 'chronicDisease', 'Chronic disease'],
  ['FATIGUE', 'fatigue', 'Fatigue'],
  ['ALLERGY', 'allergy', 'Allergy'],
  ['WHEEZING', 'wheezing', 'Wheezing'],
  ['ALCOHOL CONSUMING', 'alcohol', 'Alcohol consumption'],
  ['COUGHING', 'coughing', 'Coughing'],
  ['SHORTNESS OF BREATH', 'shortnessOfBreath', 'Shortness of breath'],
  ['SWALLOWING DIFFICULTY', 'swallowingDifficulty', 'Swallowing difficulty'],
  ['CHEST PAIN', 'chestPain', 'Chest pain'],
] as const;

const FEATURES: FeatureMeta[] = [
  { name: 'male', label: 'Male sex', unit: null, column: 'GENDER', encoding: 'M → 1, F → 0' },
  { name: 'ageYears', label: 'Age', unit: 'a', column: 'AGE', encoding: 'years as given' },
  ...YES_NO_ITEMS.map(([column, name, label]) => ({
    name,
    label,
    unit: null,
    column,
    encoding: '2 (yes) → 1, 1 (no) → 0',
  })),
];

function yesNo(field: string | undefined, where: string): 0 | 1 {
  if (field === '2') return 1;
  if (field === '1') return 0;
  throw new CsvFormatError(`${where}: expected 1 or 2, got ${JSON.stringify(field)}`);
}

/**
 * Parses the survey file. Exact duplicate rows (33 in the published file, probably repeated form
 * submissions) are dropped before anything else, so no person can sit in a training and a test fold.
 */
export function loadLungCancerSurvey(text: string): LoadedData {
  const table = parseCsv(text);
  const columns = ['GENDER', 'AGE', ...YES_NO_ITEMS.map(([column]) => column), 'LUNG_CANCER'];
  const at = columnIndex(table, columns);
  const seen = new Set<string>();
  const rows: number[][] = [];
  const y: (0 | 1)[] = [];
  table.rows.forEach((fields, index) => {
    const key = fields.join(',');
    if (seen.has(key)) return;
    seen.add(key);
    const where = `line ${index + 2}`;
    const gender = fields[at.GENDER as number];
    if (gender !== 'M' && gender !== 'F') throw new CsvFormatError(`${where}: GENDER must be M or F`);
    const age = Number(fields[at.AGE as number]);
    if (!Number.isInteger(age) || age <= 0) throw new CsvFormatError(`${where}: AGE must be a whole number`);
    const outcome = fields[at.LUNG_CANCER as number];
    if (outcome !== 'YES' && outcome !== 'NO')
      throw new CsvFormatError(`${where}: LUNG_CANCER must be YES or NO`);
    rows.push([
      gender === 'M' ? 1 : 0,
      age,
      ...YES_NO_ITEMS.map(([column]) => yesNo(fields[at[column] as number], `${where} ${column}`)),
    ]);
    y.push(outcome === 'YES' ? 1 : 0);
  });
  const dropped = table.rows.length - rows.length;
  return {
    fileRows: table.rows.length,
    features: FEATURES,
    rows,
    y,
    preprocessing: [
      `Dropped ${dropped} exact duplicate rows (first copy kept), leaving ${rows.length} of ${table.rows.length}.`,
      'GENDER M → 1, F → 0; AGE in years; the 13 yes/no items 2 (yes) → 1, 1 (no) → 0; LUNG_CANCER YES → 1, NO → 0.',
      'No missing values in the file; nothing imputed.',
    ],
  };
}

export const LUNG_CANCER_SURVEY: ModelDefinition = {
  id: 'lung-cancer-survey',
  version: '1.0.0',
  title: 'Survey lung cancer logistic model (experimental)',
  outcome: 'self-reported lung cancer among respondents of an online survey',
  dataset: 'Kaggle "Lung Cancer" survey (mysarahmadbhat), 309 rows',
  file: 'survey-lung-cancer/survey_lung_cancer.csv',
  artifactPath: 'packages/clinical/src/cds/learned/models/lung-cancer-survey.model.json',
  cardPath: 'models/lung-cancer-survey/MODEL_CARD.md',
  seed: 20_250_601,
  folds: 5,
  repeats: 20,
  innerFolds: 5,
  lambdaGrid: LAMBDA_GRID,
  load: loadLungCancerSurvey,
  primary: {
    name: 'all-survey-items',
    description: 'Sex, age and all 13 survey items',
    features: FEATURES.map((feature) => feature.name),
    impute: [],
    indicators: [],
  },
  comparisons: [
    {
      name: 'age-sex-smoking',
      description: 'Sex, age and the smoking item only (how much the symptom items add)',
      features: ['male', 'ageYears', 'smoking'],
      impute: [],
      indicators: [],
    },
  ],
};
