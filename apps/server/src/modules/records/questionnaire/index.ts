/**
 * "Enter my symptoms and history": the questionnaire patients fill in, its FHIR Questionnaire, the
 * checks and conversions between the portal's answers and a QuestionnaireResponse, and the
 * observations the answers imply (smoking status, pack-years, height, weight, BMI). Pure.
 */
export {
  bodyMassIndex,
  type ObservationMeta,
  observationsFromAnswers,
  packYearsOf,
} from './answer-observations.ts';
export { type AnswerIssue, isEnabled, QuestionnaireAnswersError } from './answer-rules.ts';
export { toFhirQuestionnaire } from './fhir-questionnaire.ts';
export { answersToResponse, type ResponseMeta } from './questionnaire-response.builder.ts';
export { answerValuesFromResponse, responseToAnswers } from './questionnaire-response.reader.ts';
export { EDUCATION_LEVELS, SYMPTOMS_AND_HISTORY } from './symptoms-and-history.questionnaire.ts';
