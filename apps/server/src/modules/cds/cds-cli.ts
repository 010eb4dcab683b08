import type { DiseaseRegistry } from '@nexus/clinical';
import { InvalidModuleInputError, UnknownModuleError } from '@nexus/clinical';

export const CDS_USAGE = [
  'usage: npm run -s cds -- list',
  '       npm run -s cds -- schema <module>',
  "       npm run -s cds -- assess <module> '<inputs as JSON>'",
].join('\n');

export type CliOutcome = { exitCode: 0 | 1 | 2; stdout: string; stderr: string };

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The disease modules from the command line, for researchers and validators: no database, no web
 * app. `list` names the modules, `schema` prints a module's inputs as JSON Schema, `assess` prints
 * the assessment of the given inputs (validated like the API validates them) as JSON.
 */
export function runCdsCommand(registry: DiseaseRegistry, args: readonly string[]): CliOutcome {
  const [command, moduleId, inputs] = args;
  try {
    switch (command) {
      case 'list':
        return {
          exitCode: 0,
          stderr: '',
          stdout: json(
            registry.list().map((module) => ({
              id: module.id,
              name: module.name,
              version: module.version,
              kind: module.kind,
              audience: module.audience,
              disease: module.disease,
              description: module.description,
              settings: registry.settingsOf(module.id),
            })),
          ),
        };
      case 'schema':
        if (!moduleId) break;
        return { exitCode: 0, stderr: '', stdout: json(registry.inputJsonSchema(moduleId)) };
      case 'assess': {
        if (!moduleId || inputs === undefined) break;
        let parsed: unknown;
        try {
          parsed = JSON.parse(inputs);
        } catch {
          return {
            exitCode: 1,
            stdout: '',
            stderr: json({ error: 'invalid_json', message: 'The inputs are not JSON.' }),
          };
        }
        const module = registry.get(moduleId);
        return {
          exitCode: 0,
          stderr: '',
          stdout: json({ moduleId, version: module.version, result: registry.assess(moduleId, parsed) }),
        };
      }
      default:
        break;
    }
  } catch (error) {
    if (error instanceof InvalidModuleInputError)
      return {
        exitCode: 1,
        stdout: '',
        stderr: json({ error: error.code, message: error.message, issues: error.issues }),
      };
    if (error instanceof UnknownModuleError)
      return { exitCode: 1, stdout: '', stderr: json({ error: error.code, message: error.message }) };
    throw error;
  }
  return { exitCode: 2, stdout: '', stderr: `${CDS_USAGE}\n` };
}
