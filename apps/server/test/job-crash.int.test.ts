import { describe, expect, it } from 'vitest';
import type { Child } from './child-process.ts';
import { useCrashHarness } from './crash-harness.ts';

/**
 * Durability of background jobs across a crash (SIGKILL: no cleanup of any kind), on a real database
 * in real processes: a job enqueued before the crash runs exactly once after the restart, and a job
 * whose worker dies mid-run is retried without repeating its effect.
 */
const { start } = useCrashHarness<'enqueue' | 'work' | 'report'>('./fixtures/job-crash-child.ts');

async function crash(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  const { signal } = await child.exited;
  expect(signal).toBe('SIGKILL');
}

async function stop(child: Child): Promise<void> {
  child.process.kill('SIGTERM');
  expect((await child.exited).code).toBe(0);
}

type Report = {
  effects: { job_key: string }[];
  deliveries: { job_key: string; pid: number }[];
  jobs: { state: string; retry_count: number }[];
};

async function report(): Promise<Report> {
  const child = start('report');
  const line = await child.waitForLine('report ');
  await child.exited;
  return JSON.parse(line.slice('report '.length)) as Report;
}

describe('jobs survive a crash', () => {
  it('runs a job enqueued before a kill -9 exactly once after restart', async () => {
    const first = start('enqueue', { JOB_KEY: 'before-crash' });
    await first.waitForLine('enqueued ');
    await crash(first);

    const second = start('work');
    expect(await second.waitForLine('effect ')).toBe('effect done');
    // Long enough for several polls and maintenance passes: nothing may run the job again.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await stop(second);

    const third = start('work');
    await third.waitForLine('working');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await stop(third);

    const result = await report();
    expect(result.effects).toEqual([{ job_key: 'before-crash', pid: second.process.pid }]);
    expect(result.deliveries).toHaveLength(1);
    expect(result.jobs).toEqual([{ state: 'completed', retry_count: 0 }]);
  }, 90_000);

  it('retries a job whose worker was killed mid-run without repeating its effect', async () => {
    const first = start('enqueue', { JOB_KEY: 'mid-run' });
    await first.waitForLine('enqueued ');
    await crash(first);

    const worker = start('work', { HANG_AFTER_EFFECT: '1' });
    expect(await worker.waitForLine('effect ')).toBe('effect done');
    await crash(worker);

    const restarted = start('work');
    // The job expires (2 s), maintenance fails it, and the retry finds its effect already applied.
    expect(await restarted.waitForLine('effect ', 45_000)).toBe('effect already_done');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await stop(restarted);

    const result = await report();
    expect(result.effects).toEqual([{ job_key: 'mid-run', pid: worker.process.pid }]);
    expect(result.deliveries.map((d) => d.pid)).toEqual([worker.process.pid, restarted.process.pid]);
    expect(result.jobs).toEqual([{ state: 'completed', retry_count: 1 }]);
  }, 120_000);
});
