import { Alert, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { DemoOutboxQuery } from '@nexus/contracts';
import { IconInfoCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePlatformInfo } from '../session/api/queries.ts';
import { accountsStrings as s } from './accounts.strings.ts';
import { useDemoOutbox } from './api/queries.ts';
import { FailureAlert } from './FailureAlert.tsx';
import { problemDetail } from './form-errors.ts';
import { formatDateTime, MailText } from './MailText.tsx';
import { PageLink, PublicFormPage } from './PublicFormPage.tsx';

const validAddress = (value: string | null) =>
  value && DemoOutboxQuery.shape.to.safeParse(value).success ? value : null;

/** Demo only: the mail sent to one address, so a visitor can follow their links without a mailbox. */
export function DemoOutboxPage() {
  const [params, setParams] = useSearchParams();
  const platform = usePlatformInfo();
  const to = validAddress(params.get('to'));
  const isDemo = platform.data?.isDemo === true;
  const inbox = useDemoOutbox(isDemo ? to : null);
  const [address, setAddress] = useState(params.get('to') ?? '');
  const [addressError, setAddressError] = useState<string | undefined>();

  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = address.trim();
    if (!validAddress(value)) return setAddressError(s.emailInvalid);
    setAddressError(undefined);
    setParams({ to: value }, { replace: true });
  };

  return (
    <PublicFormPage
      title={s.demoOutboxTitle}
      intro={s.demoOutboxIntro}
      width={720}
      footer={<PageLink to="/sign-in">{s.backToSignIn}</PageLink>}
    >
      {platform.data && !isDemo ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
          {s.demoOutboxNotDemo}
        </Alert>
      ) : (
        <>
          <form onSubmit={show} noValidate>
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={s.demoOutboxAddressLabel}
                type="email"
                autoComplete="email"
                autoCapitalize="none"
                spellCheck={false}
                value={address}
                onChange={(event) => setAddress(event.currentTarget.value)}
                error={addressError}
                style={{ flex: '1 1 240px' }}
              />
              <Button type="submit" variant="default">
                {s.demoOutboxShow}
              </Button>
            </Group>
          </form>
          {to && (
            <section aria-labelledby="demo-outbox-heading">
              <Title order={2} fz="lg" mb="sm" id="demo-outbox-heading">
                {s.demoOutboxFor(to)}
              </Title>
              {inbox.isError ? (
                <FailureAlert title={s.demoOutboxFailed}>{problemDetail(inbox.error)}</FailureAlert>
              ) : !inbox.data ? (
                <Group gap="xs" role="status">
                  <Loader size="xs" aria-hidden />
                  <Text c="dimmed">{s.demoOutboxLoading}</Text>
                </Group>
              ) : inbox.data.mails.length === 0 ? (
                <Text c="dimmed" role="status">
                  {s.demoOutboxEmpty}
                </Text>
              ) : (
                <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {inbox.data.mails.map((mail) => (
                    <Paper key={mail.id} component="li" withBorder p="md">
                      <article aria-labelledby={`mail-${mail.id}`}>
                        <Title order={3} fz="md" id={`mail-${mail.id}`}>
                          {mail.subject}
                        </Title>
                        <Text size="xs" c="dimmed" mb="sm">
                          {s.receivedAt(formatDateTime(mail.createdAt))}
                        </Text>
                        <MailText text={mail.text} />
                      </article>
                    </Paper>
                  ))}
                </Stack>
              )}
            </section>
          )}
        </>
      )}
    </PublicFormPage>
  );
}
