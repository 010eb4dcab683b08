import { Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconHeartbeat } from '@tabler/icons-react';
import { Link } from 'react-router';
import { shellStrings } from './shell.strings.ts';

/** Product mark and name; leads to the start page. */
export function BrandLink() {
  return (
    <UnstyledButton component={Link} to="/" aria-label={shellStrings.homeLink} style={{ borderRadius: 8 }}>
      <Group gap={10} wrap="nowrap">
        <ThemeIcon size={34} radius="md" variant="filled" aria-hidden>
          <IconHeartbeat size={22} stroke={2} />
        </ThemeIcon>
        {/* On a phone the header keeps its room for the buttons; the link's label still names it. */}
        <Text
          component="span"
          visibleFrom="xs"
          fw={700}
          fz={{ base: 'md', xs: 'lg' }}
          lh={1.1}
          style={{ whiteSpace: 'nowrap' }}
        >
          {shellStrings.productName}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
