import { pimaDiabetesModule } from '../../learned/pima-diabetes.module.ts';
import { adaRiskTestModule } from './ada-risk-test.module.ts';
import { findriscModule } from './findrisc.module.ts';

export { adaRiskTestModule } from './ada-risk-test.module.ts';
export { findriscModule } from './findrisc.module.ts';

/** The learned Pima model is clinician decision support for adult women (see its model card). */
export const diseaseModules = [findriscModule, adaRiskTestModule, pimaDiabetesModule];
