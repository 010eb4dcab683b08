import { Button, Container, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PublicLayout } from './PublicLayout.tsx';
import { shellStrings } from './shell.strings.ts';

/** The app's own "not found", for any address no route knows. Inside a portal it sits in the frame. */
export function NotFoundContent({ homePath = '/' }: { homePath?: string }) {
  return (
    <Paper withBorder p={{ base: 'lg', sm: 'xl' }} maw={560} mx="auto" mt={{ base: 'md', sm: 48 }}>
      <title>{shellStrings.pageTitle(shellStrings.notFoundTitle)}</title>
      <Stack align="flex-start" gap="md">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconMapQuestion size={26} stroke={1.6} />
        </ThemeIcon>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {shellStrings.notFoundTitle}
        </Title>
        <Text c="dimmed">{shellStrings.notFoundDetail}</Text>
        <Button component={Link} to={homePath}>
          {shellStrings.notFoundAction}
        </Button>
      </Stack>
    </Paper>
  );
}

export function NotFoundPage() {
  return (
    <PublicLayout>
      <Container size="sm" py="xl">
        <NotFoundContent />
      </Container>
    </PublicLayout>
  );
}
