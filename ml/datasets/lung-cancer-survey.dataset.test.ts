import { describe, expect, it } from 'vitest';
import { CsvFormatError } from '../lib/csv.ts';
import { loadLungCancerSurvey } from './lung-cancer-survey.dataset.ts';

const HEADER =
  'GENDER,AGE,SMOKING,YELLOW_FINGERS,ANXIETY,PEER_PRESSURE,CHRONIC DISEASE,FATIGUE ,ALLERGY ,WHEEZING,ALCOHOL CONSUMING,COUGHING,SHORTNESS OF BREATH,SWALLOWING DIFFICULTY,CHEST PAIN,LUNG_CANCER';
// Rows in the file's own format (CRLF, no final newline); the second row is an exact duplicate of the first.
const TEXT = [
  HEADER,
  'M,69,1,2,2,1,1,2,1,2,2,2,2,2,2,YES',
  'M,69,1,2,2,1,1,2,1,2,2,2,2,2,2,YES',
  'F,59,1,1,1,2,1,2,1,2,1,2,2,1,2,NO',
].join('\r\n');

describe('the survey lung cancer loader', () => {
  it('codes sex, age and the 1/2 items as 0/1 and drops exact duplicates', () => {
    const data = loadLungCancerSurvey(TEXT);
    expect(data.fileRows).toBe(3);
    expect(data.rows).toEqual([
      [1, 69, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1],
      [0, 59, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1],
    ]);
    expect(data.y).toEqual([1, 0]);
    expect(data.features.map((feature) => feature.name).slice(0, 4)).toEqual([
      'male',
      'ageYears',
      'smoking',
      'yellowFingers',
    ]);
    expect(data.preprocessing[0]).toMatch(/Dropped 1 exact duplicate rows/);
  });

  it('refuses codes outside the survey coding', () => {
    expect(() => loadLungCancerSurvey(`${HEADER}\r\nM,69,3,2,2,1,1,2,1,2,2,2,2,2,2,YES`)).toThrow(
      CsvFormatError,
    );
    expect(() => loadLungCancerSurvey(`${HEADER}\r\nX,69,1,2,2,1,1,2,1,2,2,2,2,2,2,YES`)).toThrow(/GENDER/);
    expect(() => loadLungCancerSurvey(`${HEADER}\r\nM,69,1,2,2,1,1,2,1,2,2,2,2,2,2,MAYBE`)).toThrow(
      /LUNG_CANCER/,
    );
  });
});
