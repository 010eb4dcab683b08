/**
 * Trains the experimental survey lung cancer model: repeated stratified CV, final fit, artifact in
 * packages/clinical/src/cds/learned/models and metrics in models/lung-cancer-survey/MODEL_CARD.md.
 * Run: npx tsx ml/train-lung-cancer-survey.ts (data from ../shared/data or NEXUS_SHARED_DATA).
 */
import { LUNG_CANCER_SURVEY } from './datasets/lung-cancer-survey.dataset.ts';
import { trainModel } from './lib/train-model.ts';

trainModel(LUNG_CANCER_SURVEY);
