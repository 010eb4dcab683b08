import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type InvitationLookup, PASSWORD_MIN_LENGTH } from '@nexus/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { roleInSentence, accountsStrings as s } from './accounts.strings.ts';
import { useAcceptInvitation } from './api/mutations.ts';
import { useInvitationLookup } from './api/queries.ts';
import { FailureAlert } from './FailureAlert.tsx';
import { problemDetail, serverFieldErrors } from './form-errors.ts';
import { Done, LinkFailed, Working } from './LinkOutcome.tsx';
import { useLinkToken } from './link-token.ts';
import { PublicFormPage } from './PublicFormPage.tsx';

type Field = 'displayName' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

const isLinkProblem = (error: unknown) => isApiError(error) && error.code.startsWith('link_');
const SIGN_IN = { to: '/sign-in', label: s.backToSignIn };

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationLookup }) {
  const accept = useAcceptInvitation();
  const [displayName, setDisplayName] = useState(invitation.displayName);
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const isNew = !invitation.hasAccount;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (isNew && !displayName.trim()) errors.displayName = s.nameRequired;
    if (!password) errors.password = isNew ? s.passwordRequired : s.currentPasswordRequired;
    else if (isNew && password.length < PASSWORD_MIN_LENGTH) errors.password = s.passwordTooShort;
    setFieldErrors(errors);
    if (errors.displayName) return nameRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    accept.mutate(
      { token, password, ...(isNew ? { displayName: displayName.trim() } : {}) },
      {
        onSuccess: () => setPassword(''),
        onError: (failure) => {
          const fromServer = serverFieldErrors(failure, ['displayName', 'password'] as const);
          setFieldErrors(fromServer);
          if (fromServer.password) passwordRef.current?.focus();
        },
      },
    );
  };

  if (accept.isSuccess) {
    const { organisationName, role, isNewAccount } = accept.data;
    return (
      <Done title={s.acceptedTitle}>
        {s.acceptedDetail(organisationName, roleInSentence[role], isNewAccount)}
      </Done>
    );
  }
  if (accept.isError && isLinkProblem(accept.error)) {
    return (
      <LinkFailed title={s.invitationUnusableTitle} detail={problemDetail(accept.error)} next={SIGN_IN} />
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          {s.acceptIntro(invitation.organisationName, roleInSentence[invitation.role])}{' '}
          {isNew ? s.acceptNewAccount : s.acceptExistingAccount(invitation.email)}
        </Text>
        {accept.isError && (
          <FailureAlert title={s.acceptFailedTitle}>{problemDetail(accept.error)}</FailureAlert>
        )}
        <TextInput
          label={s.emailLabel}
          type="email"
          name="email"
          autoComplete="username"
          size="md"
          value={invitation.email}
          readOnly
        />
        {isNew && (
          <TextInput
            ref={nameRef}
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
        )}
        <PasswordInput
          ref={passwordRef}
          label={isNew ? s.newPasswordLabel : s.currentPasswordLabel}
          description={isNew ? s.newPasswordDescription : undefined}
          name={isNew ? 'new-password' : 'password'}
          autoComplete={isNew ? 'new-password' : 'current-password'}
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
        <Button type="submit" size="md" fullWidth loading={accept.isPending} loaderProps={{ type: 'dots' }}>
          {s.acceptSubmit}
        </Button>
      </Stack>
    </form>
  );
}

/** The invitation link's page: what the invitation is for, then a new account or the existing one's password. */
export function AcceptInvitationPage() {
  const token = useLinkToken();
  const lookup = useInvitationLookup(token);
  return (
    <PublicFormPage title={s.acceptTitle}>
      {!token ? (
        <LinkFailed title={s.linkMissingTitle} detail={s.linkMissingDetail} next={SIGN_IN} />
      ) : lookup.isError ? (
        <LinkFailed title={s.invitationUnusableTitle} detail={problemDetail(lookup.error)} next={SIGN_IN} />
      ) : lookup.data ? (
        <AcceptForm token={token} invitation={lookup.data} />
      ) : (
        <Working>{s.acceptLoading}</Working>
      )}
    </PublicFormPage>
  );
}
