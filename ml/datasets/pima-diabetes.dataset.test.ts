import { describe, expect, it } from 'vitest';
import { loadPimaDiabetes } from './pima-diabetes.dataset.ts';

// The first three rows of the published file (no final newline).
const TEXT = [
  'Pregnancies,Glucose,BloodPressure,SkinThickness,Insulin,BMI,DiabetesPedigreeFunction,Age,Outcome',
  '6,148,72,35,0,33.6,0.627,50,1',
  '1,85,66,29,0,26.6,0.351,31,0',
  '8,183,64,0,0,23.3,0.672,32,1',
].join('\n');

describe('the Pima loader', () => {
  it('reads zeros in glucose, blood pressure, skinfold, insulin and BMI as missing, but not zero pregnancies', () => {
    const data = loadPimaDiabetes(`${TEXT}\n0,0,0,20,0,0,0.2,22,0`);
    expect(data.rows).toEqual([
      [6, 148, 72, 35, null, 33.6, 0.627, 50],
      [1, 85, 66, 29, null, 26.6, 0.351, 31],
      [8, 183, 64, null, null, 23.3, 0.672, 32],
      [0, null, null, 20, null, null, 0.2, 22],
    ]);
    expect(data.y).toEqual([1, 0, 1, 0]);
    expect(data.preprocessing[0]).toBe(
      'Zeros read as missing (Glucose 1, BloodPressure 1, SkinThickness 1, Insulin 4, BMI 1 of 4 rows).',
    );
  });

  it('refuses an outcome other than 0 or 1', () => {
    expect(() => loadPimaDiabetes(`${TEXT}\n1,85,66,29,0,26.6,0.351,31,2`)).toThrow(/Outcome/);
  });
});
