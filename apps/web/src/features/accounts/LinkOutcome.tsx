import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { accountsStrings as s } from './accounts.strings.ts';
import { FailureAlert } from './FailureAlert.tsx';

/** Work in progress, announced politely. */
export function Working({ children }: { children: ReactNode }) {
  return (
    <Group gap="xs" role="status">
      <Loader size="sm" aria-hidden />
      <Text c="dimmed">{children}</Text>
    </Group>
  );
}

/** It worked: what happened, and a button on to signing in (focused, so the next step is obvious). */
export function Done({
  title,
  children,
  action = s.signIn,
}: {
  title: string;
  children: ReactNode;
  action?: string;
}) {
  const buttonRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => buttonRef.current?.focus(), []);
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title={title}>
        {children}
      </Alert>
      <Button ref={buttonRef} component={Link} to="/sign-in" size="md" fullWidth>
        {action}
      </Button>
    </Stack>
  );
}

/** The link could not be used: why, and what to do instead. */
export function LinkFailed({
  title,
  detail,
  next,
}: {
  title: string;
  detail: ReactNode;
  next: { to: string; label: string };
}) {
  return (
    <Stack gap="md">
      <FailureAlert title={title}>{detail}</FailureAlert>
      <Button component={Link} to={next.to} variant="default">
        {next.label}
      </Button>
    </Stack>
  );
}
