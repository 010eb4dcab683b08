import { Box, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePlatformInfo } from '../session/api/queries.ts';
import { BrandLink } from './BrandLink.tsx';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink.tsx';
import { shellStrings } from './shell.strings.ts';

/** Frame of the pages seen before signing in (sign-in, not found, errors): header, main, footer. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const platform = usePlatformInfo();
  return (
    <Box mih="100dvh" bg="var(--nexus-surface)" style={{ display: 'flex', flexDirection: 'column' }}>
      <SkipLink />
      <Box
        component="header"
        h={64}
        px={{ base: 'sm', sm: 'lg' }}
        bg="var(--mantine-color-body)"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}
      >
        <Group h="100%" justify="space-between" wrap="nowrap">
          <BrandLink />
          <ColorSchemeToggle />
        </Group>
      </Box>
      <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} style={{ flex: 1, outline: 'none' }}>
        {children}
      </Box>
      <Box component="footer" py="md" px="lg">
        <Text size="xs" c="dimmed" ta="center">
          {[
            shellStrings.productName,
            platform.data ? shellStrings.footerVersion(platform.data.version) : undefined,
            shellStrings.footerLicence,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Box>
    </Box>
  );
}
