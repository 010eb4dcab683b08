/**
 * Learned disease modules: logistic models trained on public data by `ml/train-*.ts`, shipped as JSON
 * artifacts in `./models` and run by the pure inference in `logistic-model.ts`. Both are experimental
 * clinician decision support; each model card (`models/<id>/MODEL_CARD.md`) says what its data can
 * and cannot support.
 */
import { lungCancerSurveyModule } from './lung-cancer-survey.module.ts';
import { pimaDiabetesModule } from './pima-diabetes.module.ts';

export type {
  FeatureContribution,
  LogisticFeature,
  LogisticModelArtifact,
  LogisticPrediction,
} from './logistic-model.ts';
export {
  InvalidLogisticModelError,
  LogisticModelArtifactSchema,
  MissingFeatureError,
  parseLogisticModel,
  predictLogistic,
} from './logistic-model.ts';
export { lungCancerSurveyModel, lungCancerSurveyModule } from './lung-cancer-survey.module.ts';
export { LOINC_GLUCOSE_2H_OGTT, pimaDiabetesModel, pimaDiabetesModule } from './pima-diabetes.module.ts';

/** Both learned modules; each is registered by its disease folder (diseases/lung-cancer, diseases/diabetes). */
export const learnedModules = [lungCancerSurveyModule, pimaDiabetesModule];
