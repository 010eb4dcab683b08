import { Button, Stack, Text, TextInput } from '@mantine/core';
import { PasswordResetRequest } from '@nexus/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { accountsStrings as s } from './accounts.strings.ts';
import { useRequestPasswordReset } from './api/mutations.ts';
import { FailureAlert } from './FailureAlert.tsx';
import { problemDetail, serverFieldErrors } from './form-errors.ts';
import { PageLink, PublicFormPage } from './PublicFormPage.tsx';

function SentPanel({ email }: { email: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Text ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {s.forgotSentDetail(email)}
    </Text>
  );
}

/** "Forgot your password?": asks for a reset link; the answer never says whether the account exists. */
export function ForgotPasswordPage() {
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = email.trim();
    const error = !value
      ? s.emailRequired
      : PasswordResetRequest.shape.email.safeParse(value).success
        ? undefined
        : s.emailInvalid;
    setEmailError(error);
    if (error) return emailRef.current?.focus();
    request.mutate(value, {
      onSuccess: () => setSentTo(value),
      onError: (failure) => setEmailError(serverFieldErrors(failure, ['email'] as const).email),
    });
  };

  const footer = <PageLink to="/sign-in">{s.backToSignIn}</PageLink>;
  if (sentTo) {
    return (
      <PublicFormPage title={s.forgotSentTitle} footer={footer}>
        <SentPanel email={sentTo} />
      </PublicFormPage>
    );
  }
  return (
    <PublicFormPage title={s.forgotTitle} intro={s.forgotIntro} footer={footer}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {request.isError && (
            <FailureAlert title={s.forgotFailedTitle}>{problemDetail(request.error)}</FailureAlert>
          )}
          <TextInput
            ref={emailRef}
            label={s.emailLabel}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            size="md"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={emailError}
            required
            withAsterisk={false}
          />
          <Button
            type="submit"
            size="md"
            fullWidth
            loading={request.isPending}
            loaderProps={{ type: 'dots' }}
          >
            {s.forgotSubmit}
          </Button>
        </Stack>
      </form>
    </PublicFormPage>
  );
}
