import type { Compilable, CompiledQuery, QueryResult } from 'kysely';
import type { Executor } from './database.ts';

class Placeholder {
  constructor(readonly key: string) {}
}

/**
 * For the few queries that run on nearly every request: builds and compiles the query once, then
 * only swaps in each call's parameters. Building and compiling a query with Kysely costs more CPU
 * than the round trip of a small indexed query. Placeholders must be plain values compared with
 * scalar operators (=, <, >), which Kysely passes through as parameters unchanged.
 */
export function compileOnce<Args extends Record<string, unknown>, Row>(
  build: (db: Executor, args: Args) => Compilable<Row>,
): (db: Executor, args: Args) => Promise<QueryResult<Row>> {
  let template: CompiledQuery<Row> | undefined;
  return (db, args) => {
    if (!template) {
      const placeholders = Object.fromEntries(
        Object.keys(args).map((key) => [key, new Placeholder(key)]),
      ) as Args;
      template = build(db, placeholders).compile();
      const used = template.parameters.filter((p) => p instanceof Placeholder).length;
      if (used !== Object.keys(args).length) {
        throw new Error('compileOnce: every argument must appear exactly once as a query parameter');
      }
    }
    const compiled: CompiledQuery<Row> = {
      ...template,
      parameters: template.parameters.map((p) => (p instanceof Placeholder ? args[p.key] : p)),
    };
    return db.executeQuery(compiled);
  };
}
