import { Button, PasswordInput, Stack } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@nexus/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { accountsStrings as s } from './accounts.strings.ts';
import { useCompletePasswordReset } from './api/mutations.ts';
import { FailureAlert } from './FailureAlert.tsx';
import { problemDetail, serverFieldErrors } from './form-errors.ts';
import { Done, LinkFailed } from './LinkOutcome.tsx';
import { useLinkToken } from './link-token.ts';
import { PageLink, PublicFormPage } from './PublicFormPage.tsx';

const isLinkProblem = (error: unknown) => isApiError(error) && error.code.startsWith('link_');

/** The reset link's page: a new password (strength-checked by the server), then sign in again. */
export function ResetPasswordPage() {
  const token = useLinkToken();
  const complete = useCompletePasswordReset();
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const passwordRef = useRef<HTMLInputElement>(null);
  const newLink = { to: '/forgot-password', label: s.requestNewLink };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!token) return;
    const error = !password
      ? s.passwordRequired
      : password.length < PASSWORD_MIN_LENGTH
        ? s.passwordTooShort
        : undefined;
    setPasswordError(error);
    if (error) return passwordRef.current?.focus();
    complete.mutate(
      { token, password },
      {
        onSuccess: () => setPassword(''),
        onError: (failure) => {
          const fromServer = serverFieldErrors(failure, ['password'] as const).password;
          setPasswordError(fromServer);
          if (fromServer) passwordRef.current?.focus();
        },
      },
    );
  };

  if (!token) {
    return (
      <PublicFormPage title={s.resetTitle}>
        <LinkFailed title={s.linkMissingTitle} detail={s.linkMissingDetail} next={newLink} />
      </PublicFormPage>
    );
  }
  if (complete.isSuccess) {
    return (
      <PublicFormPage title={s.resetDoneTitle}>
        <Done title={s.resetDoneTitle}>{s.resetDoneDetail(complete.data.email)}</Done>
      </PublicFormPage>
    );
  }
  if (complete.isError && isLinkProblem(complete.error)) {
    return (
      <PublicFormPage title={s.resetTitle}>
        <LinkFailed title={s.resetFailedTitle} detail={problemDetail(complete.error)} next={newLink} />
      </PublicFormPage>
    );
  }
  return (
    <PublicFormPage
      title={s.resetTitle}
      intro={s.resetIntro}
      footer={<PageLink to="/sign-in">{s.backToSignIn}</PageLink>}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {complete.isError && (
            <FailureAlert title={s.resetFailedTitle}>{problemDetail(complete.error)}</FailureAlert>
          )}
          <PasswordInput
            ref={passwordRef}
            label={s.newPasswordLabel}
            description={s.newPasswordDescription}
            name="new-password"
            autoComplete="new-password"
            size="md"
            maxLength={1024}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={passwordError}
            required
            withAsterisk={false}
            visibilityToggleFocusable
            visibilityToggleButtonProps={{ 'aria-label': s.showPassword }}
          />
          <Button
            type="submit"
            size="md"
            fullWidth
            loading={complete.isPending}
            loaderProps={{ type: 'dots' }}
          >
            {s.resetSubmit}
          </Button>
        </Stack>
      </form>
    </PublicFormPage>
  );
}
