import { z } from 'zod';
import type { AnyDiseaseModule, AssessmentResult } from './disease-module.ts';

/** A module definition that does not keep the contract, found when it is registered. */
export class InvalidDiseaseModuleError extends Error {
  readonly code = 'invalid_disease_module';
}

/** Inputs or settings that fail a module's schema; `issues` say which field and why. */
export class InvalidModuleInputError extends Error {
  readonly code = 'invalid_module_input';
  constructor(
    readonly moduleId: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(
      `invalid inputs for ${moduleId}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
    );
  }
}

export class UnknownModuleError extends Error {
  readonly code = 'disease_module_not_found';
  constructor(readonly moduleId: string) {
    super(`no disease module ${moduleId}`);
  }
}

const ModuleShape = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
  disease: z.object({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), name: z.string().min(1) }),
  name: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version'),
  kind: z.enum(['equation', 'points-score', 'learned']),
  audience: z.enum(['patient', 'clinician']),
  description: z.string().min(1),
  inputs: z.instanceof(z.ZodObject),
  settings: z.instanceof(z.ZodObject),
  inputInfo: z.record(
    z.string(),
    z.object({ label: z.string().min(1), question: z.string().min(1) }).loose(),
  ),
  assess: z.function(),
  references: z.array(z.object({ id: z.string().min(1), citation: z.string().min(1) }).loose()).min(1),
});

function checkModule(candidate: unknown): AnyDiseaseModule {
  const parsed = ModuleShape.safeParse(candidate);
  if (!parsed.success) {
    const where = (candidate as { id?: unknown } | null)?.id;
    throw new InvalidDiseaseModuleError(
      `disease module ${String(where ?? '(no id)')} does not keep the contract: ${z.prettifyError(parsed.error)}`,
    );
  }
  const module = candidate as AnyDiseaseModule;
  const inputKeys = Object.keys(module.inputs.shape);
  const missing = inputKeys.filter((key) => !(key in module.inputInfo));
  if (missing.length > 0)
    throw new InvalidDiseaseModuleError(
      `disease module ${module.id} has no inputInfo for ${missing.join(', ')}`,
    );
  const referenceIds = new Set(module.references.map((reference) => reference.id));
  if (referenceIds.size !== module.references.length)
    throw new InvalidDiseaseModuleError(`disease module ${module.id} repeats a reference id`);
  return module;
}

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(inputs)', message: issue.message }));
}

export type DiseaseRegistry = ReturnType<typeof createDiseaseRegistry>;

/**
 * The modules a site runs, checked against the contract once, with the site's settings overrides
 * (`{ plcom2012: { screeningThreshold: 0.017 } }`) applied over each module's defaults.
 */
export function createDiseaseRegistry(
  candidates: readonly unknown[],
  siteSettings: Readonly<Record<string, Record<string, unknown>>> = {},
) {
  const modules = new Map<string, AnyDiseaseModule>();
  for (const candidate of candidates) {
    const module = checkModule(candidate);
    if (modules.has(module.id))
      throw new InvalidDiseaseModuleError(`two disease modules have the id ${module.id}`);
    modules.set(module.id, module);
  }
  const settings = new Map<string, Record<string, unknown>>();
  for (const module of modules.values()) {
    const parsed = module.settings.safeParse(siteSettings[module.id] ?? {});
    if (!parsed.success) throw new InvalidModuleInputError(module.id, issuesOf(parsed.error));
    settings.set(module.id, parsed.data);
  }

  function get(moduleId: string): AnyDiseaseModule {
    const module = modules.get(moduleId);
    if (!module) throw new UnknownModuleError(moduleId);
    return module;
  }

  function parseInputs(moduleId: string, raw: unknown): Record<string, unknown> {
    const module = get(moduleId);
    const parsed = module.inputs.safeParse(raw);
    if (!parsed.success) throw new InvalidModuleInputError(moduleId, issuesOf(parsed.error));
    return parsed.data;
  }

  return {
    list: (): AnyDiseaseModule[] => [...modules.values()],
    has: (moduleId: string) => modules.has(moduleId),
    get,
    settingsOf: (moduleId: string): Record<string, unknown> => {
      get(moduleId);
      return settings.get(moduleId) ?? {};
    },
    parseInputs,
    /** Validates the inputs against the module's schema, then assesses with the site's settings. */
    assess(moduleId: string, rawInputs: unknown): AssessmentResult {
      const inputs = parseInputs(moduleId, rawInputs);
      return get(moduleId).assess(inputs, settings.get(moduleId) ?? {});
    },
    /** The module's inputs as JSON Schema (draft 2020-12), each property with its label, unit and question. */
    inputJsonSchema(moduleId: string): Record<string, unknown> {
      const module = get(moduleId);
      const schema = z.toJSONSchema(module.inputs, { io: 'input' }) as {
        properties?: Record<string, Record<string, unknown>>;
      } & Record<string, unknown>;
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const info = module.inputInfo[key];
        if (!info) continue;
        property.title = info.label;
        property.description = info.help ? `${info.question} ${info.help}` : info.question;
        if (info.unit) property['x-unit'] = info.unit;
      }
      return {
        $id: `urn:lifecare-nexus:cds:${module.id}:${module.version}`,
        title: `${module.name} inputs`,
        ...schema,
      };
    },
  };
}
