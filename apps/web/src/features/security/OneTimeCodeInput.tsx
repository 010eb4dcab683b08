import { TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { securityStrings as s } from './security.strings.ts';

type OneTimeCodeInputProps = {
  /** A 6-digit code from the authenticator app, or a one-time recovery code. */
  kind: 'totp' | 'recovery_code';
  value: string;
  onChange: (value: string) => void;
  /** A message under the field, or true to mark it invalid when the message is shown elsewhere (an alert). */
  error?: string | boolean;
  ref?: Ref<HTMLInputElement>;
  size?: 'sm' | 'md';
  /** Takes the focus when the dialog around it opens (Mantine's modal focus trap looks for this). */
  isDialogFocus?: boolean;
};

/**
 * The one field for a second-factor code. For app codes: the numeric keypad on phones and the
 * browser's one-time-code autofill (SMS-style suggestions, password managers that hold TOTP secrets).
 */
export function OneTimeCodeInput({
  kind,
  value,
  onChange,
  error,
  ref,
  size = 'md',
  isDialogFocus = false,
}: OneTimeCodeInputProps) {
  const isTotp = kind === 'totp';
  return (
    <TextInput
      ref={ref}
      label={isTotp ? s.codeLabel : s.recoveryCodeLabel}
      description={isTotp ? s.codeDescription : s.recoveryCodeDescription}
      name={isTotp ? 'code' : 'recovery-code'}
      inputMode={isTotp ? 'numeric' : 'text'}
      autoComplete={isTotp ? 'one-time-code' : 'off'}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      maxLength={isTotp ? 7 : 40}
      size={size}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      required
      withAsterisk={false}
      data-autofocus={isDialogFocus || undefined}
      styles={isTotp ? { input: { letterSpacing: '0.2em', fontVariantNumeric: 'tabular-nums' } } : undefined}
    />
  );
}
