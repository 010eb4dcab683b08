import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { withTransaction } from './database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

const organisationCount = async (name: string) =>
  Number(
    (
      await t.db.kysely
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('name', '=', name)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the database layer', () => {
  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await withTransaction(t.db.kysely, (trx) =>
      trx.insertInto('organisations').values({ name: 'Committed', kind: 'clinic' }).execute(),
    );
    await expect(
      withTransaction(t.db.kysely, async (trx) => {
        await trx.insertInto('organisations').values({ name: 'Rolled back', kind: 'clinic' }).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await organisationCount('Committed')).toBe(1);
    expect(await organisationCount('Rolled back')).toBe(0);
  });

  it('keeps queries from outside a transaction out of it', async () => {
    let releaseTransaction: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      releaseTransaction = resolve;
    });
    let inserted: () => void = () => {};
    const hasInserted = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const transaction = withTransaction(t.db.kysely, async (trx) => {
      await trx.insertInto('organisations').values({ name: 'Isolated', kind: 'clinic' }).execute();
      inserted();
      await held;
      throw new Error('roll back');
    });
    await hasInserted;
    // Runs while the transaction is open: it must neither see the row nor join the transaction.
    const outside = organisationCount('Isolated');
    setTimeout(releaseTransaction, 50);
    await expect(transaction).rejects.toThrow('roll back');
    expect(await outside).toBe(0);
    expect(await organisationCount('Isolated')).toBe(0);
  });

  it('runs a parameterless multi-statement script through executeSql', async () => {
    await t.db.executeSql('create temporary table scratch (v int); insert into scratch values (1), (2);');
    const { rows } = await t.db.executeSql<{ total: string }>('select sum(v)::text as total from scratch');
    expect(rows).toEqual([{ total: '3' }]);
  });

  it('returns int8 as a string on every engine', async () => {
    const row = await sql<{ big: unknown }>`select 9007199254740993::int8 as big`.execute(t.db.kysely);
    expect(row.rows[0]?.big).toBe('9007199254740993');
  });
});
