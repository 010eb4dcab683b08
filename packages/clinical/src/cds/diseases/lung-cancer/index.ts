/**
 * Lung cancer: PLCOm2012 6-year risk with USPSTF 2021 screening eligibility (patients who smoke or
 * used to smoke), and the Brock (PanCan) probability that a pulmonary nodule is malignant (clinicians).
 */
import { lungCancerSurveyModule } from '../../learned/lung-cancer-survey.module.ts';
import { brockNoduleModule } from './brock-nodule.module.ts';
import { plcom2012Module } from './plcom2012.module.ts';

export { brockNoduleModule, plcom2012Module };

/** The learned survey model is clinician decision support (its data cannot estimate population risk: see its model card). */
export const diseaseModules = [plcom2012Module, brockNoduleModule, lungCancerSurveyModule];
