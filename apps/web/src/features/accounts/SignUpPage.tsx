import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { PASSWORD_MIN_LENGTH, SignUpRequest } from '@nexus/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { accountsStrings as s } from './accounts.strings.ts';
import { useSignUp } from './api/mutations.ts';
import { CheckEmailPanel } from './CheckEmailPanel.tsx';
import { FailureAlert } from './FailureAlert.tsx';
import { problemDetail, serverFieldErrors } from './form-errors.ts';
import { PageLink, PublicFormPage } from './PublicFormPage.tsx';

type Field = 'email' | 'displayName' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

function validate(email: string, displayName: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email) errors.email = s.emailRequired;
  else if (!SignUpRequest.shape.email.safeParse(email).success) errors.email = s.emailInvalid;
  if (!displayName) errors.displayName = s.nameRequired;
  if (!password) errors.password = s.passwordRequired;
  else if (password.length < PASSWORD_MIN_LENGTH) errors.password = s.passwordTooShort;
  return errors;
}

/** Patient self-registration: the form, then "check your e-mail" (with the demo mailbox on a demo). */
export function SignUpPage() {
  const signUp = useSignUp();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const refs = {
    email: useRef<HTMLInputElement>(null),
    displayName: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
  };
  const focusFirst = (errors: FieldErrors) => {
    const first = (['email', 'displayName', 'password'] as const).find((field) => errors[field]);
    if (first) refs[first].current?.focus();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { email: email.trim(), displayName: displayName.trim(), password };
    const errors = validate(input.email, input.displayName, input.password);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return focusFirst(errors);
    signUp.mutate(input, {
      onSuccess: () => {
        setPassword('');
        setSentTo(input.email);
      },
      onError: (error) => {
        const fromServer = serverFieldErrors(error, ['email', 'displayName', 'password'] as const);
        setFieldErrors(fromServer);
        focusFirst(fromServer);
      },
    });
  };

  if (sentTo) {
    return (
      <PublicFormPage title={s.checkEmailTitle}>
        <CheckEmailPanel
          email={sentTo}
          onStartOver={() => {
            signUp.reset();
            setSentTo(null);
          }}
        />
      </PublicFormPage>
    );
  }

  return (
    <PublicFormPage
      title={s.signUpTitle}
      intro={s.signUpIntro}
      footer={
        <>
          {s.haveAccount} <PageLink to="/sign-in">{s.signIn}</PageLink>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {signUp.isError && (
            <FailureAlert title={s.signUpFailedTitle}>{problemDetail(signUp.error)}</FailureAlert>
          )}
          <TextInput
            ref={refs.email}
            label={s.emailLabel}
            type="email"
            name="email"
            autoComplete="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            size="md"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldErrors.email}
            required
            withAsterisk={false}
          />
          <TextInput
            ref={refs.displayName}
            label={s.nameLabel}
            description={s.nameDescription}
            name="name"
            autoComplete="name"
            size="md"
            maxLength={200}
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={fieldErrors.displayName}
            required
            withAsterisk={false}
          />
          <PasswordInput
            ref={refs.password}
            label={s.newPasswordLabel}
            description={s.newPasswordDescription}
            name="new-password"
            autoComplete="new-password"
            size="md"
            maxLength={1024}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldErrors.password}
            required
            withAsterisk={false}
            visibilityToggleFocusable
            visibilityToggleButtonProps={{ 'aria-label': s.showPassword }}
          />
          <Button
            type="submit"
            size="md"
            fullWidth
            mt={4}
            loading={signUp.isPending}
            loaderProps={{ type: 'dots' }}
          >
            {s.signUpSubmit}
          </Button>
        </Stack>
      </form>
    </PublicFormPage>
  );
}
