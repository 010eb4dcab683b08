import { describe, expect, it } from 'vitest';
import { useCrashHarness } from './crash-harness.ts';

/**
 * Reminders across a crash, in real processes on a real database: a worker killed with SIGKILL in the
 * middle of delivering (reminders claimed, notifications written, nothing committed) loses no dose and
 * duplicates none once another worker has run.
 */
const { start } = useCrashHarness<'seed' | 'work' | 'report'>('./fixtures/reminder-crash-child.ts');

describe('reminders survive a kill -9', () => {
  it('delivers every due reminder exactly once after a worker dies mid-delivery', async () => {
    const seed = start('seed', { PATIENTS: '60' });
    expect(await seed.waitForLine('seeded ', 60_000)).toBe('seeded 60');
    await seed.exited;

    const doomed = start('work', { HANG_IN_DELIVERY: '1' });
    expect(await doomed.waitForLine('hanging ', 60_000)).toBe('hanging 60');
    doomed.process.kill('SIGKILL');
    expect((await doomed.exited).signal).toBe('SIGKILL');

    const survivor = start('work');
    expect(await survivor.waitForLine('delivered ', 60_000)).toBe('delivered 60');
    await survivor.exited;
    // A further worker finds nothing left to deliver.
    const idle = start('work');
    expect(await idle.waitForLine('delivered ', 60_000)).toBe('delivered 0');
    await idle.exited;

    const reporter = start('report');
    const line = await reporter.waitForLine('report ', 60_000);
    const report = JSON.parse(line.slice('report '.length)) as {
      doses: { status: string; count: string }[];
      perDose: { notifications: string; doses: string }[];
    };
    expect(report.doses).toEqual([{ status: 'reminded', count: '60' }]);
    expect(report.perDose).toEqual([{ notifications: '1', doses: '60' }]);
  }, 180_000);
});
