import { LAB_TESTS, referenceRangeFor, SYSTEMS, searchConditions } from '@nexus/clinical';
import {
  CodeSearchQuery,
  ConditionCatalogue,
  LabCatalogue,
  Problem,
  QuestionnaireDefinition,
} from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SELF } from '../../platform/auth/access-rule.ts';
import { SYMPTOMS_AND_HISTORY } from './questionnaire/index.ts';

const tags = ['Records'];
const CONDITION_RESULTS = 20;

/** What the record forms pick from: conditions (SNOMED CT with ICD-10-CM), lab tests, the questionnaire. */
export function catalogueRoutes(): FastifyPluginAsyncZod {
  const labs: LabCatalogue = {
    tests: LAB_TESTS.map((test) => ({
      loinc: { system: SYSTEMS.loinc, code: test.code, display: test.display },
      shortName: test.shortName,
      unit: test.unitDisplay,
      referenceRange: referenceRangeFor(test, null, null),
      min: test.inputMin,
      max: test.inputMax,
    })).sort((a, b) => a.shortName.localeCompare(b.shortName)),
  };
  return async (app) => {
    app.get(
      '/api/v1/codes/conditions',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'Conditions matching the query (name, lay word, SNOMED CT or ICD-10 code)',
          querystring: CodeSearchQuery,
          response: { 200: ConditionCatalogue, 400: Problem, 401: Problem },
        },
      },
      async (request) => ({
        conditions: searchConditions(request.query.query, CONDITION_RESULTS).map((c) => ({
          snomed: c.snomed,
          icd10: c.icd10,
        })),
      }),
    );
    app.get(
      '/api/v1/codes/labs',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'The laboratory tests results can be recorded for, with units and adult ranges',
          response: { 200: LabCatalogue, 401: Problem },
        },
      },
      async () => labs,
    );
    app.get(
      '/api/v1/questionnaires/symptoms-and-history',
      {
        config: { access: SELF },
        schema: {
          tags,
          summary: 'The symptoms-and-history questionnaire',
          response: { 200: QuestionnaireDefinition, 401: Problem },
        },
      },
      async () => SYMPTOMS_AND_HISTORY,
    );
  };
}
