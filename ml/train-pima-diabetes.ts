/**
 * Trains the experimental Pima diabetes model: repeated stratified CV, final fit, artifact in
 * packages/clinical/src/cds/learned/models and metrics in models/pima-diabetes/MODEL_CARD.md.
 * Run: npx tsx ml/train-pima-diabetes.ts (data from ../shared/data or NEXUS_SHARED_DATA).
 */
import { PIMA_DIABETES } from './datasets/pima-diabetes.dataset.ts';
import { trainModel } from './lib/train-model.ts';

trainModel(PIMA_DIABETES);
