import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { shellStrings } from './shell.strings.ts';

type PageHeaderProps = {
  title: string;
  /** Small line above the title, e.g. the portal's name. */
  eyebrow?: string;
  description?: ReactNode;
  /** The browser tab's title; defaults to the page title. */
  documentTitle?: string;
};

/** The top of every page: the one h1, an optional context line and description, and the tab title. */
export function PageHeader({ title, eyebrow, description, documentTitle }: PageHeaderProps) {
  return (
    <Stack gap={6}>
      <title>{shellStrings.pageTitle(documentTitle ?? title)}</title>
      {eyebrow && (
        <Text size="sm" fw={600} c="var(--nexus-accent-text)" tt="uppercase" lts={0.6}>
          {eyebrow}
        </Text>
      )}
      <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
        {title}
      </Title>
      {description && (
        <Text c="dimmed" size="md" maw={720}>
          {description}
        </Text>
      )}
    </Stack>
  );
}
