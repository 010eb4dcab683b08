import { describe, expect, it } from 'vitest';
import { formatMoment, formatTimeAgo } from './session-times.ts';

// Local times, so the expectations hold in any time zone the tests run in.
const now = new Date(2026, 4, 14, 15, 30);
const at = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

describe('session times', () => {
  it('names today and yesterday, and gives the full date before that', () => {
    expect(formatMoment(at(2026, 4, 14, 9, 5), now)).toBe('Today, 09:05');
    expect(formatMoment(at(2026, 4, 13, 23, 59), now)).toBe('Yesterday, 23:59');
    expect(formatMoment(at(2026, 4, 12, 8, 0), now)).toBe('12 May 2026, 08:00');
  });

  it('says how long ago, in the largest whole unit', () => {
    const ago = (ms: number) => formatTimeAgo(new Date(now.getTime() - ms).toISOString(), now);
    expect(ago(20_000)).toBe('Just now');
    expect(ago(-5_000)).toBe('Just now');
    expect(ago(60_000)).toBe('1 minute ago');
    expect(ago(59 * 60_000)).toBe('59 minutes ago');
    expect(ago(3 * 3_600_000)).toBe('3 hours ago');
    expect(ago(26 * 3_600_000)).toBe('Yesterday');
    expect(ago(3 * 86_400_000)).toBe('3 days ago');
    expect(ago(15 * 86_400_000)).toBe('2 weeks ago');
    expect(ago(65 * 86_400_000)).toBe('2 months ago');
  });
});
