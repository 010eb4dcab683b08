import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type DetailListProps = { items: ReadonlyArray<{ label: string; value: ReactNode }> };

/** Label–value pairs as a real description list (dl/dt/dd), two columns from tablet width up. */
export function DetailList({ items }: DetailListProps) {
  return (
    <Box component="dl" m={0}>
      {items.map((item) => (
        <SimpleGrid
          key={item.label}
          cols={{ base: 1, xs: 3 }}
          spacing={{ base: 2, xs: 'md' }}
          py="xs"
          style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
        >
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {item.label}
          </Text>
          <Text component="dd" m={0} style={{ gridColumn: 'span 2', overflowWrap: 'anywhere' }}>
            {item.value}
          </Text>
        </SimpleGrid>
      ))}
    </Box>
  );
}
