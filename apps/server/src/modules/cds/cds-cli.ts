import type { DiseaseRegistry } from '@nexus/clinical';
import { InvalidModuleInputError, UnknownModuleError } from '@nexus/clinical';
import { scoreRequest } from './population-scorer.ts';

export const CDS_USAGE = [
  'usage: npm run -s cds -- list',
  '       npm run -s cds -- schema <module>',
  "       npm run -s cds -- assess <module> '<inputs as JSON>'",
  '       npm run -s cds -- score < lines.ndjson   (one {"module","inputs"} object per line)',
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

/**
 * `score`: a population from a file, one JSON object `{"module": id, "inputs": {...}}` per line in,
 * one line out per line in (`{"line", "status", "moduleId", "probability", "points", "category",
 * "needsReview"}`, or the reason it was not assessed), then a count per status on stderr. Lines that are
 * not JSON, or inputs that fail validation, are reported on their line and do not stop the run.
 */
export async function runCdsScore(
  registry: DiseaseRegistry,
  lines: AsyncIterable<string>,
  write: (line: string) => void,
): Promise<{ exitCode: 0 | 1; counts: Record<string, number> }> {
  const counts: Record<string, number> = { assessed: 0, 'not-applicable': 0, rejected: 0 };
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber++;
    if (text.trim() === '') continue;
    let row: { module?: unknown; inputs?: unknown };
    try {
      row = JSON.parse(text) as typeof row;
    } catch {
      counts.rejected = (counts.rejected ?? 0) + 1;
      write(
        JSON.stringify({
          line: lineNumber,
          status: 'rejected',
          error: 'invalid_json',
          message: 'The line is not JSON.',
        }),
      );
      continue;
    }
    const moduleId = typeof row?.module === 'string' ? row.module : '';
    const score = scoreRequest(registry, { moduleId, inputs: row?.inputs });
    counts[score.status] = (counts[score.status] ?? 0) + 1;
    write(JSON.stringify({ line: lineNumber, ...score }));
  }
  return { exitCode: counts.rejected ? 1 : 0, counts };
}
