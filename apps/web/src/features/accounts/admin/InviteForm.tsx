import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { InvitableRole, InvitationRequest } from '@nexus/contracts';
import { IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { roleLabels } from '../../../portals/shared/portal.strings.ts';
import { useInvite } from '../api/mutations.ts';
import { FailureAlert } from '../FailureAlert.tsx';
import { problemDetail, serverFieldErrors } from '../form-errors.ts';
import { adminAccountsStrings as s } from './admin-accounts.strings.ts';

type Field = 'email' | 'displayName' | 'role';
type FieldErrors = Partial<Record<Field, string>>;

const ROLE_OPTIONS = InvitableRole.options.map((role) => ({ value: role, label: roleLabels[role] }));

/** E-mail, name and role of the person to invite; the list below refreshes once it is sent. */
export function InviteForm({ organisationId }: { organisationId: string }) {
  const invite = useInvite(organisationId);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<InvitableRole>('doctor');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSentTo(null);
    const input = { email: email.trim(), displayName: displayName.trim(), role };
    const errors: FieldErrors = {};
    if (!input.email) errors.email = s.emailRequired;
    else if (!InvitationRequest.shape.email.safeParse(input.email).success) errors.email = s.emailInvalid;
    if (!input.displayName) errors.displayName = s.nameRequired;
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.displayName) return nameRef.current?.focus();
    invite.mutate(input, {
      onSuccess: () => {
        setSentTo(input.email);
        setEmail('');
        setDisplayName('');
        emailRef.current?.focus();
      },
      onError: (error) => setFieldErrors(serverFieldErrors(error, ['email', 'displayName', 'role'] as const)),
    });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="invite-heading">
      <Title order={2} fz="lg" mb="md" id="invite-heading">
        {s.inviteHeading}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div aria-live="polite">
            {sentTo && (
              <Group gap="xs" wrap="nowrap">
                <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-green-7)" />
                <Text size="sm">{s.invited(sentTo)}</Text>
              </Group>
            )}
          </div>
          {invite.isError && (
            <FailureAlert title={s.inviteFailed}>{problemDetail(invite.error)}</FailureAlert>
          )}
          <TextInput
            ref={emailRef}
            label={s.emailLabel}
            type="email"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldErrors.email}
            required
            withAsterisk={false}
          />
          <TextInput
            ref={nameRef}
            label={s.nameLabel}
            description={s.nameDescription}
            autoComplete="off"
            maxLength={200}
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={fieldErrors.displayName}
            required
            withAsterisk={false}
          />
          <NativeSelect
            label={s.roleLabel}
            data={ROLE_OPTIONS}
            value={role}
            onChange={(event) => setRole(InvitableRole.parse(event.currentTarget.value))}
            error={fieldErrors.role}
          />
          <Group>
            <Button type="submit" loading={invite.isPending} loaderProps={{ type: 'dots' }}>
              {s.inviteSubmit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
