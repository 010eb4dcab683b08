import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { SignInRequest } from '@nexus/contracts';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { useSignIn } from './api/mutations.ts';
import { sessionStrings as s } from './session.strings.ts';

type FieldErrors = { email?: string; password?: string };

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email) errors.email = s.emailRequired;
  else if (!SignInRequest.shape.email.safeParse(email).success) errors.email = s.emailInvalid;
  if (!password) errors.password = s.passwordRequired;
  return errors;
}

/** Field errors the server reported, located by JSON Pointer (/body/email). */
function serverFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error)) return {};
  const errors: FieldErrors = {};
  for (const fieldError of error.problem.errors ?? []) {
    if (fieldError.pointer === '/body/email') errors.email = fieldError.detail;
    if (fieldError.pointer === '/body/password') errors.password = fieldError.detail;
  }
  return errors;
}

type SignInFormProps = {
  /** The e-mail field is controlled by the page, so the demo hint beside the form can fill it in. */
  email: string;
  onEmailChange: (email: string) => void;
  passwordRef: RefObject<HTMLInputElement | null>;
};

/**
 * E-mail and password, checked here first; the server's problem (its `detail`) is shown as it comes.
 * A right password makes the session half-way, and the page moves on to the second step.
 */
export function SignInForm({ email, onEmailChange, passwordRef }: SignInFormProps) {
  const signIn = useSignIn();
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmedEmail = email.trim();
    const errors = validate(trimmedEmail, password);
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    signIn.mutate(
      { email: trimmedEmail, password },
      { onError: (error) => setFieldErrors(serverFieldErrors(error)) },
    );
  };

  const failure = signIn.error;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" title={s.failedTitle} icon={<IconAlertCircle aria-hidden />}>
            {isApiError(failure) && failure.problem.detail ? failure.problem.detail : s.failedFallback}
          </Alert>
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
          onChange={(event) => onEmailChange(event.currentTarget.value)}
          error={fieldErrors.email}
          required
          withAsterisk={false}
        />
        <PasswordInput
          ref={passwordRef}
          label={s.passwordLabel}
          name="password"
          autoComplete="current-password"
          size="md"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
          required
          withAsterisk={false}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': s.showPassword }}
        />
        <Anchor component={Link} to="/forgot-password" size="sm" mt={-6} style={{ alignSelf: 'flex-start' }}>
          {s.forgotPassword}
        </Anchor>
        <Button
          type="submit"
          size="md"
          fullWidth
          mt={4}
          loading={signIn.isPending}
          loaderProps={{ type: 'dots' }}
        >
          {s.submit}
        </Button>
      </Stack>
    </form>
  );
}
