import {
  ConditionCatalogue,
  DocumentEntry,
  ImportReport,
  LabCatalogue,
  QuestionnaireAnswers,
  QuestionnaireDefinition,
  RecordSummary,
  SeriesList,
  TimelineEntry,
} from '@nexus/contracts';
import { describe, expect, it } from 'vitest';
import {
  buildConditionConcepts,
  buildLabCatalogue,
  buildQuestionnaire,
  buildQuestionnaireAnswers,
} from './form-fixtures.ts';
import {
  buildDocument,
  buildEmptySummary,
  buildImportReport,
  buildRecordSummary,
  buildTimelineEntry,
} from './record-fixtures.ts';
import { buildBloodPressureSeries, buildHeartRateSeries, buildSeries } from './series-fixtures.ts';

/** A fixture the contract refuses would make the app under test fail for the wrong reason. */
describe('record fixtures', () => {
  it.each([
    ['summary', RecordSummary, buildRecordSummary()],
    ['empty summary', RecordSummary, buildEmptySummary()],
    [
      'series',
      SeriesList,
      { series: [buildSeries(), buildHeartRateSeries(), ...buildBloodPressureSeries()] },
    ],
    ['timeline entry', TimelineEntry, buildTimelineEntry()],
    ['document', DocumentEntry, buildDocument()],
    ['questionnaire', QuestionnaireDefinition, buildQuestionnaire()],
    ['answers', QuestionnaireAnswers, buildQuestionnaireAnswers()],
    ['lab catalogue', LabCatalogue, { tests: buildLabCatalogue() }],
    ['condition catalogue', ConditionCatalogue, { conditions: buildConditionConcepts() }],
    ['import report', ImportReport, buildImportReport()],
  ] as const)('the %s fixture satisfies its contract', (_name, schema, value) => {
    const parsed = schema.safeParse(value);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });
});
