import { Anchor, Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PublicLayout } from '../shell/PublicLayout.tsx';
import { shellStrings } from '../shell/shell.strings.ts';

type PublicFormPageProps = {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** A line under the card, e.g. "Already have an account? Sign in". */
  footer?: ReactNode;
  width?: number;
};

/** The frame of the signed-out account pages: one card with the page's h1, like the sign-in page. */
export function PublicFormPage({ title, intro, children, footer, width = 480 }: PublicFormPageProps) {
  return (
    <PublicLayout>
      <title>{shellStrings.pageTitle(title)}</title>
      <Container size={width} px={{ base: 'md', sm: 'lg' }} py={{ base: 'lg', sm: 56 }}>
        <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
          <Stack gap="lg">
            <div>
              <Title order={1} fz={{ base: 26, sm: 30 }} mb={intro ? 6 : 0}>
                {title}
              </Title>
              {intro && <Text c="dimmed">{intro}</Text>}
            </div>
            {children}
          </Stack>
        </Paper>
        {footer && (
          <Text ta="center" size="sm" mt="md">
            {footer}
          </Text>
        )}
      </Container>
    </PublicLayout>
  );
}

/** A link to another page of the app, styled as text. */
export function PageLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to}>
      {children}
    </Anchor>
  );
}
