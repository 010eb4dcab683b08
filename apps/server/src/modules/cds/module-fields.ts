import type { AnyDiseaseModule, DiseaseRegistry, InputInfo } from '@nexus/clinical';
import type { ModuleInputField, ModuleSummary } from '@nexus/contracts';

type JsonProperty = {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
  anyOf?: JsonProperty[];
};

/** The property's own schema, looking through `anyOf` (optional and nullable inputs). */
function concrete(property: JsonProperty): JsonProperty {
  return property.anyOf?.find((part) => part.type !== 'null') ?? property;
}

/** Each input of a module as a form field: type, range, options, whether it is required and found in records. */
export function moduleFields(registry: DiseaseRegistry, module: AnyDiseaseModule): ModuleInputField[] {
  const schema = registry.inputJsonSchema(module.id) as {
    properties?: Record<string, JsonProperty>;
    required?: string[];
  };
  const required = new Set(schema.required ?? []);
  return Object.entries(module.inputInfo as Record<string, InputInfo>).map(([key, info]) => {
    const property = concrete(schema.properties?.[key] ?? {});
    const choices = property.enum?.filter((value): value is string => typeof value === 'string') ?? [];
    const type: ModuleInputField['type'] =
      choices.length > 0
        ? 'choice'
        : property.type === 'boolean'
          ? 'boolean'
          : property.type === 'integer'
            ? 'integer'
            : 'number';
    return {
      key,
      label: info.label,
      question: info.question,
      help: info.help ?? null,
      unit: info.unit,
      type,
      min: property.minimum ?? property.exclusiveMinimum ?? null,
      max: property.maximum ?? property.exclusiveMaximum ?? null,
      options: choices.map((code) => ({ code, display: info.options?.[code] ?? code })),
      required: required.has(key) && property.default === undefined,
      isFoundInRecord: info.sources.length > 0,
    };
  });
}

export function moduleSummary(registry: DiseaseRegistry, module: AnyDiseaseModule): ModuleSummary {
  return {
    id: module.id,
    name: module.name,
    version: module.version,
    kind: module.kind,
    audience: module.audience,
    disease: module.disease,
    description: module.description,
    inputs: moduleFields(registry, module),
    references: module.references.map((reference) => ({ ...reference, url: reference.url ?? null })),
  };
}

const UNIT_DISPLAY: Record<string, string> = {
  a: 'years',
  'kg/m2': 'kg/m²',
  'mL/min/{1.73_m2}': 'mL/min/1.73 m²',
  'mm[Hg]': 'mmHg',
  '/d': 'a day',
};

/** An input's value as a reader sees it: "62 years", "Yes", "Former smoker". */
export function displayValue(info: InputInfo | undefined, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return info?.options?.[value] ?? value;
  if (typeof value === 'number') {
    const shown = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
    const unit = info?.unit ? (UNIT_DISPLAY[info.unit] ?? info.unit.replace(/^\{(.*)\}$/, '$1')) : '';
    return unit ? `${shown} ${unit}` : shown;
  }
  return String(value);
}
