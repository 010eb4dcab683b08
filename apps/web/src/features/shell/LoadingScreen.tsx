import { Center, Loader, Stack, Text } from '@mantine/core';
import { shellStrings } from './shell.strings.ts';

/** Shown while the first route's data loads (before we know whether anyone is signed in). */
export function LoadingScreen() {
  return (
    <Center mih="100dvh" role="status">
      <Stack align="center" gap="sm">
        <Loader aria-hidden />
        <Text c="dimmed" size="sm">
          {shellStrings.loading}
        </Text>
      </Stack>
    </Center>
  );
}
