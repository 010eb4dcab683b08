import { ascvdPceModule } from './ascvd-pce.module.ts';
import { cvdPreventModule } from './cvd-prevent.module.ts';

export { ascvdPceModule } from './ascvd-pce.module.ts';
export { ANTIHYPERTENSIVES, STATINS } from './cardiovascular.inputs.ts';
export { ascvdRiskCategory } from './cardiovascular.shared.ts';
export { cvdPreventModule } from './cvd-prevent.module.ts';

export const diseaseModules = [ascvdPceModule, cvdPreventModule];
