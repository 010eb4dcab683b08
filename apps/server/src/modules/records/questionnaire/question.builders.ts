import type { Question } from '@nexus/contracts';

type Options = {
  required?: boolean;
  enableWhen?: Question['enableWhen'];
  unit?: string;
};

const base = (linkId: string, text: string, type: Question['type'], options: Options): Question => ({
  linkId,
  text,
  type,
  required: options.required ?? false,
  options: [],
  unit: options.unit ?? null,
  min: null,
  max: null,
  enableWhen: options.enableWhen ?? null,
});

/** Yes / no. */
export const yesNo = (linkId: string, text: string, options: Options = {}): Question =>
  base(linkId, text, 'boolean', options);

/** One of the options (`[code, display]`). */
export const oneOf = (
  linkId: string,
  text: string,
  choices: readonly (readonly [string, string])[],
  options: Options = {},
): Question => ({
  ...base(linkId, text, 'choice', options),
  options: choices.map(([code, display]) => ({ code, display })),
});

/** Any of the options. */
export const anyOf = (
  linkId: string,
  text: string,
  choices: readonly (readonly [string, string])[],
  options: Options = {},
): Question => ({
  ...base(linkId, text, 'multi-choice', options),
  options: choices.map(([code, display]) => ({ code, display })),
});

/** A whole number within bounds. */
export const wholeNumber = (
  linkId: string,
  text: string,
  min: number,
  max: number,
  options: Options = {},
): Question => ({
  ...base(linkId, text, 'integer', options),
  min,
  max,
});

/** A number with decimals within bounds, in a unit (UCUM). */
export const measure = (
  linkId: string,
  text: string,
  min: number,
  max: number,
  options: Options = {},
): Question => ({
  ...base(linkId, text, 'decimal', options),
  min,
  max,
});

/** Free text: one line (`string`) or several (`text`). */
export const freeText = (
  linkId: string,
  text: string,
  options: Options & { long?: boolean } = {},
): Question => base(linkId, text, options.long ? 'text' : 'string', options);

/** Shown only when `linkId` was answered with `answer` (true, or an option code). */
export const when = (linkId: string, answer: boolean | string): NonNullable<Question['enableWhen']> => ({
  linkId,
  answer,
});
