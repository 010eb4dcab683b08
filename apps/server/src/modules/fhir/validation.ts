import { OperationOutcomeError, validateResource } from '@medplum/core';
import type { OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import requiredBindings from './definitions/required-bindings.json' with { type: 'json' };
import { loadFhirDefinitions } from './fhir-definitions.ts';
import { invalidResource, issue, unsupported } from './operation-outcome.ts';
import { compartmentRuleOf, isStoredResourceType, type StoredResourceType } from './resource-types.ts';

type Binding = { valueSet: string; type: string; codes: Record<string, string[]> };
const BINDINGS = requiredBindings as Record<string, Binding>;

/** Binding paths by resource type, e.g. Observation → ['Observation.status', …]. */
const bindingsByType = new Map<string, [string, Binding][]>();
for (const [path, binding] of Object.entries(BINDINGS)) {
  const type = path.slice(0, path.indexOf('.'));
  bindingsByType.set(type, [...(bindingsByType.get(type) ?? []), [path, binding]]);
}

type Json = unknown;
type Located = { value: Json; expression: string };

/** Every value at a dotted element path, with the FHIRPath of each (arrays indexed). */
function valuesAt(root: Json, path: string[], expression: string): Located[] {
  if (path.length === 0) {
    return Array.isArray(root)
      ? root.map((value, i) => ({ value, expression: `${expression}[${i}]` }))
      : [{ value: root, expression }];
  }
  if (Array.isArray(root)) {
    return root.flatMap((item, i) => valuesAt(item, path, `${expression}[${i}]`));
  }
  if (root === null || typeof root !== 'object') return [];
  const [head, ...rest] = path as [string, ...string[]];
  const next = (root as Record<string, Json>)[head];
  return next === undefined ? [] : valuesAt(next, rest, `${expression}.${head}`);
}

type Coding = { system?: unknown; code?: unknown };
const inBinding = (binding: Binding, coding: Coding) =>
  typeof coding.system === 'string' &&
  typeof coding.code === 'string' &&
  (binding.codes[coding.system]?.includes(coding.code) ?? false);

function bindingIssues(resource: Resource, prefix: string): OperationOutcomeIssue[] {
  const issues: OperationOutcomeIssue[] = [];
  for (const [path, binding] of bindingsByType.get(resource.resourceType) ?? []) {
    const segments = path.split('.').slice(1);
    for (const { value, expression } of valuesAt(resource, segments, prefix)) {
      const allowed = Object.values(binding.codes).flat();
      const isValid =
        binding.type === 'code'
          ? typeof value === 'string' && allowed.includes(value)
          : binding.type === 'Coding'
            ? inBinding(binding, value as Coding)
            : ((value as { coding?: Coding[] }).coding ?? []).some((c) => inBinding(binding, c));
      if (!isValid) {
        const shown = allowed.length <= 12 ? `: one of ${allowed.join(', ')}` : '';
        issues.push(
          issue(
            'code-invalid',
            `The value is not in the required value set ${binding.valueSet}${shown}.`,
            expression,
          ),
        );
      }
    }
  }
  return issues;
}

/** The platform's own rules on top of FHIR's: a clinical resource must say whose it is. */
function platformIssues(
  resource: Resource,
  type: StoredResourceType,
  prefix: string,
): OperationOutcomeIssue[] {
  const rule = compartmentRuleOf(type);
  const record = resource as unknown as Record<string, unknown>;
  if (rule.kind === 'reference') {
    const reference = (record[rule.element] as { reference?: unknown } | undefined)?.reference;
    if (typeof reference !== 'string') {
      return [
        issue(
          'required',
          `${type}.${rule.element} must reference the patient this record belongs to.`,
          `${prefix}.${rule.element}`,
        ),
      ];
    }
  }
  if (type === 'Binary' && typeof record.data !== 'string') {
    return [issue('required', 'Binary.data is required: the content, base64-encoded.', `${prefix}.data`)];
  }
  return [];
}

const rebase = (issues: OperationOutcomeIssue[], type: string, prefix: string): OperationOutcomeIssue[] =>
  prefix === type
    ? issues
    : issues.map((i) => ({
        ...i,
        ...(i.expression
          ? { expression: i.expression.map((e) => (e.startsWith(type) ? prefix + e.slice(type.length) : e)) }
          : {}),
      }));

/**
 * Checks a resource before it is written: a stored type; FHIR R4 structure, cardinality and
 * data types (the published StructureDefinitions, through @medplum/core); the codes of every element
 * with a required binding; and the platform's rules. Throws an OperationOutcome naming each offending
 * element (`prefix` locates the resource, e.g. `Bundle.entry[3].resource`).
 */
export function validateForWrite(input: unknown, prefix?: string): Resource {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw invalidResource([issue('structure', 'The body must be a FHIR resource (a JSON object).', prefix)]);
  }
  const type = (input as { resourceType?: unknown }).resourceType;
  if (typeof type !== 'string') {
    throw invalidResource([
      issue(
        'required',
        'The resource has no resourceType.',
        prefix ? `${prefix}.resourceType` : 'resourceType',
      ),
    ]);
  }
  const at = prefix ?? type;
  if (!isStoredResourceType(type)) throw unsupported(`This server does not store ${type} resources.`, at);
  loadFhirDefinitions();
  const resource = input as Resource;
  let issues: OperationOutcomeIssue[] = [];
  try {
    issues = (validateResource(resource) ?? []).filter(
      (i) => i.severity === 'error' || i.severity === 'fatal',
    );
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    issues = error.outcome.issue ?? [];
  }
  issues = [
    ...rebase(issues, type, at),
    ...bindingIssues(resource, at),
    ...platformIssues(resource, type, at),
  ];
  if (issues.length > 0) throw invalidResource(issues);
  return resource;
}
