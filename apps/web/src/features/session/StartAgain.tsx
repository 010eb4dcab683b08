import { Anchor, Loader, Text } from '@mantine/core';
import { useAbandonSignIn } from './api/mutations.ts';
import { sessionStrings as s } from './session.strings.ts';

/** "Not your account? Start again": ends the half-way sign-in and goes back to e-mail and password. */
export function StartAgain({ onRestarted }: { onRestarted: () => void }) {
  const abandon = useAbandonSignIn();
  return (
    <Text size="sm" ta="center">
      {s.startAgainPrompt}{' '}
      <Anchor
        component="button"
        type="button"
        size="sm"
        disabled={abandon.isPending}
        onClick={() => abandon.mutate(undefined, { onSettled: onRestarted })}
      >
        {s.startAgain}
      </Anchor>
      {abandon.isPending && <Loader size={12} ml={6} aria-hidden />}
    </Text>
  );
}
