import { describe, expect, it } from 'vitest';
import {
  FINDRISC_MAX_POINTS,
  type FindriscInputs,
  findriscBand,
  findriscItemPoints,
  findriscScore,
} from './findrisc.ts';

/** A profile that scores 0 on every FINDRISC item. */
const zero: FindriscInputs = {
  ageYears: 40,
  sex: 'male',
  bmi: 22,
  waistCm: 85,
  physicallyActive: true,
  vegetablesDaily: true,
  bloodPressureMedicine: false,
  highBloodGlucose: false,
  familyHistory: 'none',
};

const points = (changes: Partial<FindriscInputs>) => findriscItemPoints({ ...zero, ...changes });

// Points from the current Finnish Diabetes Association form (spec §6).
describe('FINDRISC item points (Finnish Diabetes Association form)', () => {
  it('scores age <45: 0, 45–54: 2, 55–64: 3, over 64: 4', () => {
    expect([44, 45, 54, 55, 64, 65].map((ageYears) => points({ ageYears }).age)).toEqual([0, 2, 2, 3, 3, 4]);
    // The German FINDRISK variant gives 35–44 one point; this form does not.
    expect(points({ ageYears: 38 }).age).toBe(0);
  });

  it('scores BMI <25: 0, 25–30: 1, over 30: 3, with exactly 30 scoring 1', () => {
    expect([24.9, 25, 27.5, 30, 30.1].map((bmi) => points({ bmi }).bmi)).toEqual([0, 1, 1, 1, 3]);
  });

  it('scores waist for men <94: 0, 94–102: 3, over 102: 4', () => {
    expect([93.9, 94, 102, 102.1].map((waistCm) => points({ waistCm }).waist)).toEqual([0, 3, 3, 4]);
  });

  it('scores waist for women <80: 0, 80–88: 3, over 88: 4', () => {
    expect([79.9, 80, 88, 88.1].map((waistCm) => points({ sex: 'female', waistCm }).waist)).toEqual([
      0, 3, 3, 4,
    ]);
    expect(points({ sex: 'female', waistCm: 94 }).waist).toBe(4);
  });

  it('scores inactivity 2, no daily vegetables 1, blood pressure medicine 2, high glucose 5', () => {
    expect(points({ physicallyActive: false }).physicalActivity).toBe(2);
    expect(points({ vegetablesDaily: false }).vegetables).toBe(1);
    expect(points({ bloodPressureMedicine: true }).bloodPressureMedicine).toBe(2);
    expect(points({ highBloodGlucose: true }).highBloodGlucose).toBe(5);
  });

  it('scores family history: grandparent/aunt/uncle/first cousin 3, parent/sibling/child 5', () => {
    expect(points({ familyHistory: 'second-degree' }).familyHistory).toBe(3);
    expect(points({ familyHistory: 'first-degree' }).familyHistory).toBe(5);
  });

  it('adds up from 0 to the maximum of 26', () => {
    expect(findriscScore(zero)).toBe(0);
    const worst: FindriscInputs = {
      ageYears: 70,
      sex: 'male',
      bmi: 35,
      waistCm: 110,
      physicallyActive: false,
      vegetablesDaily: false,
      bloodPressureMedicine: true,
      highBloodGlucose: true,
      familyHistory: 'first-degree',
    };
    expect(findriscScore(worst)).toBe(26);
    expect(FINDRISC_MAX_POINTS).toBe(26);
  });

  it('scores a worked profile from the form table: 14 points', () => {
    // Woman 58 (3), BMI 27.3 (1), waist 85 cm (3), inactive (2), vegetables daily (0),
    // blood pressure medicine (2), no high glucose (0), an aunt with diabetes (3).
    const profile: FindriscInputs = {
      ageYears: 58,
      sex: 'female',
      bmi: 27.3,
      waistCm: 85,
      physicallyActive: false,
      vegetablesDaily: true,
      bloodPressureMedicine: true,
      highBloodGlucose: false,
      familyHistory: 'second-degree',
    };
    expect(findriscScore(profile)).toBe(14);
  });
});

describe('FINDRISC bands (10-year risk of type 2 diabetes)', () => {
  it('puts <7 low (1 in 100), 7–11 slightly elevated (1 in 25), 12–14 moderate (1 in 6), 15–20 high (1 in 3), >20 very high (1 in 2)', () => {
    const cases: [number, string, number][] = [
      [0, 'low', 0.01],
      [6, 'low', 0.01],
      [7, 'slightly-elevated', 0.04],
      [11, 'slightly-elevated', 0.04],
      [12, 'moderate', 1 / 6],
      [14, 'moderate', 1 / 6],
      [15, 'high', 1 / 3],
      [20, 'high', 1 / 3],
      [21, 'very-high', 0.5],
      [26, 'very-high', 0.5],
    ];
    for (const [total, band, risk] of cases) {
      expect(findriscBand(total).id).toBe(band);
      expect(findriscBand(total).tenYearRisk).toBeCloseTo(risk, 10);
    }
  });

  it('refuses a total outside 0–26', () => {
    expect(() => findriscBand(27)).toThrow(RangeError);
    expect(() => findriscBand(-1)).toThrow(RangeError);
  });
});
