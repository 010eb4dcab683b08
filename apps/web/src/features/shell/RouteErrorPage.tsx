import { Button, Code, Container, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { isApiError } from '../../api/api-error.ts';
import { NotFoundContent } from './NotFoundPage.tsx';
import { PublicLayout } from './PublicLayout.tsx';
import { shellStrings } from './shell.strings.ts';

/** Shown when a route fails to load or render: what happened, in words, and a way to try again. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <PublicLayout>
        <Container size="sm" py="xl">
          <NotFoundContent />
        </Container>
      </PublicLayout>
    );
  }
  const problem = isApiError(error) ? error.problem : undefined;
  return (
    <PublicLayout>
      <Container size="sm" py="xl">
        <Paper withBorder p={{ base: 'lg', sm: 'xl' }} maw={560} mx="auto" mt={{ base: 'md', sm: 48 }}>
          <title>{shellStrings.pageTitle(shellStrings.errorTitle)}</title>
          <Stack align="flex-start" gap="md">
            <ThemeIcon size={48} radius="xl" variant="light" color="red" aria-hidden>
              <IconAlertTriangle size={26} stroke={1.6} />
            </ThemeIcon>
            <Title order={1} fz={{ base: 24, sm: 28 }}>
              {shellStrings.errorTitle}
            </Title>
            <Text>{problem?.detail ?? shellStrings.errorDetail}</Text>
            {problem?.requestId && (
              <Text size="sm" c="dimmed">
                {shellStrings.errorReference}
                <Code>{problem.requestId}</Code>
              </Text>
            )}
            <Button onClick={() => window.location.reload()}>{shellStrings.errorRetry}</Button>
          </Stack>
        </Paper>
      </Container>
    </PublicLayout>
  );
}
