import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconMailOpened } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { usePlatformInfo } from '../session/api/queries.ts';
import { accountsStrings as s } from './accounts.strings.ts';

/** After a sign-up: where the verification mail went, and on a demo, where to read it. */
export function CheckEmailPanel({ email, onStartOver }: { email: string; onStartOver: () => void }) {
  const platform = usePlatformInfo();
  const messageRef = useRef<HTMLParagraphElement>(null);
  // The form has gone: move focus to the news, so keyboard and screen-reader users land on it.
  useEffect(() => messageRef.current?.focus(), []);
  return (
    <Stack gap="md">
      <Text ref={messageRef} tabIndex={-1} style={{ outline: 'none' }}>
        {s.checkEmailSentTo(email)} {s.checkEmailNext}
      </Text>
      {platform.data?.isDemo && (
        <Alert variant="light" icon={<IconMailOpened aria-hidden />} title={s.demoOutboxTitle}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{s.demoOutboxHint}</Text>
            <Button component={Link} to={`/demo-outbox?${new URLSearchParams({ to: email })}`} size="sm">
              {s.openDemoOutbox}
            </Button>
          </Stack>
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {s.checkEmailNothing}
      </Text>
      <Button variant="default" onClick={onStartOver}>
        {s.useAnotherAddress}
      </Button>
    </Stack>
  );
}
