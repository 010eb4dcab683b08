import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createJobRuntime, type JobRuntime, jobIdFor } from './job-queue.ts';
import { runOnce } from './run-once.ts';

let t: TestDatabase;
let runtime: JobRuntime;
const handled: { id: string; data: { n: number } }[] = [];
let failuresLeft = 1;

async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  t = await createTestDatabase();
  runtime = createJobRuntime({
    db: t.db,
    log: pino({ level: 'silent' }),
    timing: { pollingIntervalSeconds: 0.5 },
  });
  await runtime.start(
    [
      {
        name: 'test.record',
        handler: async (job: { id: string; data: { n: number } }) => {
          handled.push(job);
        },
      },
      {
        name: 'test.flaky',
        retryLimit: 2,
        retryDelaySeconds: 1,
        handler: async (job: { id: string; data: { n: number } }) => {
          if (failuresLeft-- > 0) throw new Error('transient failure');
          handled.push(job);
        },
      },
    ] as never,
    { isWorking: true },
  );
});
afterAll(async () => {
  await runtime.stop(5_000);
  await t.destroy();
});

describe('the job queue', () => {
  it('runs an enqueued job on a worker', async () => {
    const id = await runtime.send('test.record', { n: 1 });
    await waitFor(() => handled.some((job) => job.id === id));
    expect(handled.find((job) => job.id === id)?.data).toEqual({ n: 1 });
  });

  it('enqueues a job with an idempotency key only once', async () => {
    const later = new Date(Date.now() + 60_000);
    const first = await runtime.send('test.record', { n: 2 }, { idempotencyKey: 'once', startAfter: later });
    const second = await runtime.send('test.record', { n: 3 }, { idempotencyKey: 'once', startAfter: later });
    expect(first).toBe(jobIdFor('test.record', 'once'));
    expect(second).toBeNull();
    expect(jobIdFor('test.record', 'once')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('retries a failing job', async () => {
    const id = await runtime.send('test.flaky', { n: 4 });
    await waitFor(() => handled.some((job) => job.id === id), 30_000);
    expect(failuresLeft).toBeLessThan(0);
  });
});

describe('runOnce', () => {
  it('applies an effect once per key, however often it is delivered', async () => {
    await t.db.executeSql('create table effects (job_key text)');
    const deliver = () =>
      runOnce(t.db.kysely, { queue: 'test', jobKey: 'reminder:42' }, async (trx) => {
        await trx
          .insertInto('effects' as never)
          .values({ job_key: 'reminder:42' } as never)
          .execute();
      });
    expect(await deliver()).toBe('done');
    expect(await deliver()).toBe('already_done');
    expect((await t.db.executeSql('select * from effects')).rows).toHaveLength(1);
  });

  it('records nothing when the effect fails, so a retry can still do it', async () => {
    const key = { queue: 'test', jobKey: 'reminder:43' };
    await expect(
      runOnce(t.db.kysely, key, async () => {
        throw new Error('gateway down');
      }),
    ).rejects.toThrow('gateway down');
    expect(await runOnce(t.db.kysely, key, async () => {})).toBe('done');
  });
});
