import { Group, Loader, Text } from '@mantine/core';

/** A small spinner with its text, announced as a status while a section's data loads. */
export function LoadingStatus({ label }: { label: string }) {
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden />
      <Text c="dimmed" size="sm">
        {label}
      </Text>
    </Group>
  );
}
