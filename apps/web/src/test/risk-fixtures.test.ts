import {
  AssessmentPreview,
  CarePlanView,
  ModuleList,
  PatientRiskOverview,
  PopulationReport,
  ReviewDetail,
  ReviewQueue,
  RiskResult,
} from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import {
  buildCarePlan,
  buildKfreModule,
  buildModuleSummary,
  buildPopulationReport,
  buildPreview,
  buildQueueItem,
  buildReviewDetail,
  buildRiskOverview,
  buildRiskResult,
} from './risk-fixtures.ts';

/** A fixture the contract refuses would make the app under test fail for the wrong reason. */
describe('risk fixtures', () => {
  it.each([
    ['modules', ModuleList, { modules: [buildModuleSummary(), buildKfreModule()] }],
    ['result', RiskResult, buildRiskResult()],
    ['care plan', CarePlanView, buildCarePlan()],
    ['overview', PatientRiskOverview, buildRiskOverview({ carePlans: [buildCarePlan()] })],
    ['queue', ReviewQueue, { items: [buildQueueItem()], pendingCount: 1 }],
    ['review', ReviewDetail, buildReviewDetail()],
    ['preview', AssessmentPreview, buildPreview({ result: buildRiskResult() })],
    ['population report', PopulationReport, buildPopulationReport()],
  ] as const)('the %s fixture satisfies its contract', (_name, schema, value) => {
    const parsed = schema.safeParse(value);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
