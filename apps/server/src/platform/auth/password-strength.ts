import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type ProblemFieldError } from '@nexus/contracts';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { AppError } from '../http/errors.ts';

/** zxcvbn's 0–4 scale; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

/**
 * zxcvbn's matching grows steeply with length and with l33t substitutions: with its defaults (256
 * characters, 100 substitutions) one crafted password costs seconds of CPU on a public endpoint. With
 * these it is at most a few tens of milliseconds, like the argon2 hash that follows. Only the first
 * 64 characters are judged: a password whose first 64 characters are strong is strong.
 */
const ESTIMATOR_LIMITS = { maxLength: 64, l33tMaxSubstitutions: 10 } as const;

let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * The estimator with the common and English dictionaries. They are large (a few MB parsed), so they
 * are loaded on the first check rather than at start, and only once.
 */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [core, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
      ...ESTIMATOR_LIMITS,
    });
  })();
  estimator.catch(() => {
    estimator = undefined;
  });
  return estimator;
}

/**
 * What the person choosing the password told us about themselves: a password built from their own
 * name or address is much easier to guess, so zxcvbn scores those parts as known words.
 */
function penaltiesOf(userInputs: ReadonlyArray<string | undefined>): string[] {
  const words = new Set<string>();
  for (const input of userInputs) {
    if (!input) continue;
    const value = input.trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    const localPart = value.split('@')[0];
    if (localPart && localPart !== value) words.add(localPart);
    for (const part of value.split(/[\s@._+-]+/)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/**
 * Checks a new password: 12 to 1024 characters and a zxcvbn score of at least 3, with the user's own
 * e-mail address and name counted against it. Returns field errors (zxcvbn's feedback), empty if the
 * password is acceptable.
 */
export async function checkPasswordStrength(
  password: string,
  userInputs: ReadonlyArray<string | undefined>,
  pointer = '/body/password',
): Promise<ProblemFieldError[]> {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return [{ pointer, detail: `Use at least ${PASSWORD_MIN_LENGTH} characters.` }];
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return [{ pointer, detail: `Use at most ${PASSWORD_MAX_LENGTH} characters.` }];
  }
  const zxcvbn = await loadEstimator();
  const result = zxcvbn.check(password, penaltiesOf(userInputs));
  if (result.score >= MIN_PASSWORD_SCORE) return [];
  const advice = [
    result.feedback.warning || 'This password would be easy to guess.',
    ...result.feedback.suggestions,
  ];
  if (result.feedback.suggestions.length === 0) {
    advice.push(
      'Add more words or characters that are not common, or use a passphrase of several unrelated words.',
    );
  }
  return [{ pointer, detail: advice.join(' ') }];
}

/** Throws 400 `weak_password` with the field errors unless the password is strong enough. */
export async function assertStrongPassword(
  password: string,
  userInputs: ReadonlyArray<string | undefined>,
  pointer?: string,
): Promise<void> {
  const fieldErrors = await checkPasswordStrength(password, userInputs, pointer);
  if (fieldErrors.length > 0) {
    throw new AppError('weak_password', 400, 'Choose a stronger password.', fieldErrors);
  }
}
