import { Button, NativeSelect, Radio, Stack, TextInput, Title } from '@mantine/core';
import type { ApiTokenScope, CreateApiTokenRequest } from '@nexus/contracts';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { apiTokenStrings as s } from './api-tokens.strings.ts';

type Access = 'read' | 'write';
const scopesFor: Record<Access, ApiTokenScope[]> = { read: ['read'], write: ['read', 'write'] };

/** Name, access (read only, or read and change) and lifetime of a new token. */
export function CreateTokenForm({
  isPending,
  onCreate,
}: {
  isPending: boolean;
  /** Sends the request; `whenCreated` empties the form once the token exists. */
  onCreate: (request: CreateApiTokenRequest, whenCreated: () => void) => void;
}) {
  const [name, setName] = useState('');
  const [access, setAccess] = useState<Access>('read');
  const [days, setDays] = useState('30');
  const [nameError, setNameError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(s.nameRequired);
      nameRef.current?.focus();
      return;
    }
    setNameError(null);
    onCreate({ name: trimmed, scopes: scopesFor[access], expiresInDays: Number(days) }, () => {
      setName('');
      setAccess('read');
      setDays('30');
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Title order={3} fz="md" mt="lg" mb="sm" id={headingId}>
        {s.createHeading}
      </Title>
      <Stack gap="md" maw={480}>
        <TextInput
          ref={nameRef}
          label={s.nameLabel}
          description={s.nameDescription}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
          maxLength={80}
          autoComplete="off"
          required
          withAsterisk={false}
        />
        <Radio.Group label={s.accessLabel} value={access} onChange={(value) => setAccess(value as Access)}>
          <Stack gap="xs" mt={6}>
            <Radio value="read" label={s.scopeRead} description={s.accessReadDescription} />
            <Radio value="write" label={s.scopeWrite} description={s.accessWriteDescription} />
          </Stack>
        </Radio.Group>
        <NativeSelect
          label={s.expiryLabel}
          data={s.expiryOptions}
          value={days}
          onChange={(event) => setDays(event.currentTarget.value)}
        />
        <Button
          type="submit"
          variant="default"
          leftSection={<IconPlus size={18} aria-hidden />}
          loading={isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {s.create}
        </Button>
      </Stack>
    </form>
  );
}
