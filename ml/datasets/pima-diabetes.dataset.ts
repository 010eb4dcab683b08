import { CsvFormatError, columnIndex, parseCsv, toNumber } from '../lib/csv.ts';
import { zeroAsMissing } from '../lib/missing.ts';
import {
  type FeatureMeta,
  LAMBDA_GRID,
  type LoadedData,
  type ModelDefinition,
} from '../lib/model-definition.ts';

type Column = FeatureMeta & { zeroIsMissing: boolean };

const COLUMNS: Column[] = [
  {
    name: 'pregnancies',
    label: 'Pregnancies',
    unit: null,
    column: 'Pregnancies',
    encoding: 'count as given',
    zeroIsMissing: false,
  },
  {
    name: 'glucoseMgDl',
    label: '2-hour OGTT plasma glucose',
    unit: 'mg/dL',
    column: 'Glucose',
    encoding: 'mg/dL; 0 → missing',
    zeroIsMissing: true,
  },
  {
    name: 'diastolicBpMmHg',
    label: 'Diastolic blood pressure',
    unit: 'mm[Hg]',
    column: 'BloodPressure',
    encoding: 'mm Hg; 0 → missing',
    zeroIsMissing: true,
  },
  {
    name: 'tricepsSkinfoldMm',
    label: 'Triceps skinfold',
    unit: 'mm',
    column: 'SkinThickness',
    encoding: 'mm; 0 → missing',
    zeroIsMissing: true,
  },
  {
    name: 'insulinUuMl',
    label: '2-hour serum insulin',
    unit: 'u[IU]/mL',
    column: 'Insulin',
    encoding: 'µU/mL; 0 → missing',
    zeroIsMissing: true,
  },
  {
    name: 'bmi',
    label: 'Body mass index',
    unit: 'kg/m2',
    column: 'BMI',
    encoding: 'kg/m²; 0 → missing',
    zeroIsMissing: true,
  },
  {
    name: 'diabetesPedigree',
    label: 'Diabetes pedigree function',
    unit: null,
    column: 'DiabetesPedigreeFunction',
    encoding: 'as given',
    zeroIsMissing: false,
  },
  {
    name: 'ageYears',
    label: 'Age',
    unit: 'a',
    column: 'Age',
    encoding: 'years as given',
    zeroIsMissing: false,
  },
];

/** Parses the Pima file; zeros in glucose, blood pressure, skinfold, insulin and BMI become missing (null). */
export function loadPimaDiabetes(text: string): LoadedData {
  const table = parseCsv(text);
  const at = columnIndex(table, [...COLUMNS.map((column) => column.column), 'Outcome']);
  const missing = new Map(COLUMNS.map((column) => [column.column, 0]));
  const rows = table.rows.map((fields, index) =>
    COLUMNS.map((column) => {
      const value = toNumber(fields[at[column.column] as number], `line ${index + 2} ${column.column}`);
      if (!column.zeroIsMissing) return value;
      const kept = zeroAsMissing(value);
      if (kept === null) missing.set(column.column, (missing.get(column.column) ?? 0) + 1);
      return kept;
    }),
  );
  const y = table.rows.map((fields, index): 0 | 1 => {
    const outcome = fields[at.Outcome as number];
    if (outcome !== '0' && outcome !== '1')
      throw new CsvFormatError(`line ${index + 2}: Outcome must be 0 or 1`);
    return outcome === '1' ? 1 : 0;
  });
  const counts = COLUMNS.filter((column) => column.zeroIsMissing)
    .map((column) => `${column.column} ${missing.get(column.column)}`)
    .join(', ');
  return {
    fileRows: table.rows.length,
    features: COLUMNS.map(({ zeroIsMissing: _, ...meta }) => meta),
    rows,
    y,
    preprocessing: [
      `Zeros read as missing (${counts} of ${rows.length} rows).`,
      'Missing values filled with the median of the training rows only (inside every CV fold, then on all rows for the final model).',
      'No duplicate rows in the file; all rows used.',
    ],
  };
}

export const PIMA_DIABETES: ModelDefinition = {
  id: 'pima-diabetes',
  version: '1.0.0',
  title: 'Pima diabetes logistic model (experimental)',
  outcome:
    'diabetes by WHO criteria (2-hour post-load glucose ≥ 200 mg/dL) at a survey examination or in routine care',
  dataset: 'Pima Indians Diabetes Database (NIDDK, via UCI), 768 rows',
  file: 'pima-diabetes/diabetes.csv',
  artifactPath: 'packages/clinical/src/cds/learned/models/pima-diabetes.model.json',
  cardPath: 'models/pima-diabetes/MODEL_CARD.md',
  seed: 20_250_602,
  folds: 5,
  repeats: 10,
  innerFolds: 5,
  lambdaGrid: LAMBDA_GRID,
  load: loadPimaDiabetes,
  primary: {
    name: 'record-available',
    description:
      'Pregnancies, 2-hour glucose, diastolic blood pressure, BMI and age: what a record or a clinician can supply',
    features: ['pregnancies', 'glucoseMgDl', 'diastolicBpMmHg', 'bmi', 'ageYears'],
    impute: ['glucoseMgDl', 'diastolicBpMmHg', 'bmi'],
    indicators: [],
  },
  comparisons: [
    {
      name: 'all-eight',
      description:
        'All eight Pima variables, with missing indicators for skinfold and insulin (the pedigree function, skinfold and insulin are rarely available in practice)',
      features: [
        'pregnancies',
        'glucoseMgDl',
        'diastolicBpMmHg',
        'tricepsSkinfoldMm',
        'insulinUuMl',
        'bmi',
        'diabetesPedigree',
        'ageYears',
      ],
      impute: ['glucoseMgDl', 'diastolicBpMmHg', 'tricepsSkinfoldMm', 'insulinUuMl', 'bmi'],
      indicators: ['tricepsSkinfoldMm', 'insulinUuMl'],
    },
    {
      name: 'glucose-only',
      description: '2-hour glucose alone (a baseline: the outcome is defined by the same test)',
      features: ['glucoseMgDl'],
      impute: ['glucoseMgDl'],
      indicators: [],
    },
  ],
};
