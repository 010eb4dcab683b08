import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.ts';
import { assertStrongPassword, checkPasswordStrength } from './password-strength.ts';

const alex = ['alexandra.morgan@example.org', 'Alexandra Morgan'];

describe('password strength', () => {
  it.each([
    'glacier-tulip-orbit-47',
    'correct horse battery staple',
    'mY8#kq2!Lp0z',
    'Velvet otters juggle 9 lemons',
  ])('accepts a strong password: %s', async (password) => {
    expect(await checkPasswordStrength(password, alex)).toEqual([]);
  });

  it.each([
    ['a common password with digits', 'password1234'],
    ['a keyboard walk', 'qwertyuiop123'],
    ['a run of digits', '123456789012'],
    ['a repeated character', 'aaaaaaaaaaaaaaaa'],
    ['a common phrase', 'iloveyou2026!'],
  ])('refuses %s with zxcvbn feedback', async (_, password) => {
    const errors = await checkPasswordStrength(password, alex);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.pointer).toBe('/body/password');
    expect(errors[0]?.detail).toMatch(/commonly used|easy to guess|repeated|sequences/i);
  });

  it("counts the user's own name and address against the password", async () => {
    // Strong enough for anyone else, but built from this user's name and e-mail address.
    expect(await checkPasswordStrength('alexandra.morgan1', [])).toEqual([]);
    const errors = await checkPasswordStrength('alexandra.morgan1', alex);
    expect(errors[0]?.detail).toMatch(/personal/i);
    expect(await checkPasswordStrength('alexandramorgan', alex)).toHaveLength(1);
  });

  it('requires 12 to 1024 characters, before asking zxcvbn', async () => {
    expect(await checkPasswordStrength('k#8Lq!z2Wv', [])).toEqual([
      { pointer: '/body/password', detail: 'Use at least 12 characters.' },
    ]);
    const tooLong = await checkPasswordStrength('k#8Lq!z2Wv'.repeat(103), []);
    expect(tooLong[0]?.detail).toBe('Use at most 1024 characters.');
    expect(await checkPasswordStrength('k#8Lq!z2Wv-7'.repeat(85), [])).toEqual([]);
  });

  it('judges a long password by its first 64 characters, and quickly', async () => {
    await checkPasswordStrength('warm up the dictionaries', []);
    // A crafted 1024-character password costs seconds with zxcvbn's defaults.
    const crafted = Array.from({ length: 1024 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(
      '',
    );
    const started = performance.now();
    await checkPasswordStrength(crafted, []);
    await checkPasswordStrength('4@3!10$5'.repeat(128), []);
    expect(performance.now() - started).toBeLessThan(1000);
    // The weakness within the first 64 characters is still seen.
    expect(await checkPasswordStrength('password'.repeat(100), [])).toHaveLength(1);
  });

  it('names the field the caller gives', async () => {
    const errors = await checkPasswordStrength('password1234', [], '/body/newPassword');
    expect(errors[0]?.pointer).toBe('/body/newPassword');
  });

  it('throws a 400 weak_password problem carrying the field errors', async () => {
    const error = await assertStrongPassword('password1234', alex).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'weak_password', status: 400 });
    expect((error as AppError).fieldErrors?.[0]?.pointer).toBe('/body/password');
    await expect(assertStrongPassword('glacier-tulip-orbit-47', alex)).resolves.toBeUndefined();
  });
});
