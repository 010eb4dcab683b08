import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';
import { compartmentRuleOf, STORED_RESOURCE_TYPES } from './resource-types.ts';
import { indexedParamsOf, ROW_PARAMS } from './search-parameters.ts';

const DOCUMENTATION: Record<string, string> = {
  string: 'Starts with (case- and accent-insensitive); :contains, :exact (also case-insensitive).',
  token: 'system|code, code, system|, |code; :not, :text, :missing.',
  date: 'Prefixes eq, ne, gt, lt, ge, le, sa, eb, ap; dates without a zone are UTC.',
  reference: 'Type/id or id; :missing. Chaining is not supported.',
};

function resourceCapability(type: (typeof STORED_RESOURCE_TYPES)[number]): CapabilityStatementRestResource {
  const params = [...indexedParamsOf(type).values()];
  const interactions = [
    'read',
    'vread',
    'update',
    'history-instance',
    'history-type',
    'create',
    'search-type',
    ...(type === 'Patient' ? [] : ['delete']),
  ];
  return {
    type,
    profile: `http://hl7.org/fhir/StructureDefinition/${type}`,
    interaction: interactions.map((code) => ({ code: code as 'read' })),
    versioning: 'versioned-update',
    readHistory: true,
    updateCreate: true,
    conditionalCreate: true,
    conditionalRead: 'not-supported',
    conditionalUpdate: false,
    conditionalDelete: 'not-supported',
    searchInclude: params.filter((p) => p.type === 'reference').map((p) => `${type}:${p.code}`),
    searchRevInclude: compartmentRuleOf(type).kind === 'shared' ? [] : ['Provenance:target'],
    searchParam: [
      ...Object.entries(ROW_PARAMS).map(([name, kind]) => ({
        name,
        type: kind,
        definition: `http://hl7.org/fhir/SearchParameter/Resource-${name.slice(1)}`,
      })),
      ...params.map((p) => ({
        name: p.code,
        type: p.type,
        ...(DOCUMENTATION[p.type] ? { documentation: DOCUMENTATION[p.type] } : {}),
      })),
    ],
    ...(type === 'Patient'
      ? {
          operation: [
            { name: 'everything', definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything' },
          ],
        }
      : {}),
  };
}

let cached: CapabilityStatement | undefined;

/** What this server does, generated from the same tables that drive it, so it cannot claim more. */
export function capabilityStatement(input: {
  baseUrl: string;
  version: string;
  now: Date;
}): CapabilityStatement {
  cached ??= {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: input.now.toISOString(),
    publisher: 'LifeCare Nexus',
    kind: 'instance',
    software: { name: 'LifeCare Nexus', version: input.version },
    implementation: { description: 'LifeCare Nexus FHIR R4 API', url: input.baseUrl },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Every interaction needs a signed-in user (session cookie with CSRF header, or a personal API token as Bearer). ' +
          'Clinicians see a patient only through a care relationship or audited emergency access; patients see their own record. ' +
          'Unknown search parameters are refused unless the request says Prefer: handling=lenient. Results page with _count (max 1000) and the next link.',
        security: {
          description:
            'Two-factor sign-in; access by care relationship; every access to health data is audited.',
        },
        resource: STORED_RESOURCE_TYPES.map(resourceCapability),
        interaction: [{ code: 'transaction' }, { code: 'batch' }],
      },
    ],
  };
  return cached;
}
