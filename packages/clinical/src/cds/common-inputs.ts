import type { InputInfo } from './disease-module.ts';

/** Age in whole years, from the date of birth in the record. */
export const AGE_INPUT: InputInfo = {
  label: 'Age',
  question: 'How old are you?',
  unit: 'a',
  sources: [{ kind: 'age' }],
};

/** Sex as the equations define it (assigned at birth), from Patient.gender when it is male or female. */
export const SEX_INPUT: InputInfo = {
  label: 'Sex',
  question: 'What sex were you assigned at birth?',
  unit: null,
  sources: [{ kind: 'sex' }],
  options: { female: 'Female', male: 'Male' },
};
