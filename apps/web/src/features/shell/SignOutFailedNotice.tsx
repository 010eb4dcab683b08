import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutationState } from '@tanstack/react-query';
import { isApiError } from '../../api/api-error.ts';
import { sessionKeys } from '../session/api/keys.ts';
import { sessionStrings } from '../session/session.strings.ts';

/** Sign-out can be started from several places; when it fails, the page says so here. */
export function SignOutFailedNotice() {
  const failures = useMutationState({
    filters: { mutationKey: sessionKeys.signOut },
    select: (mutation) => (mutation.state.status === 'error' ? mutation.state.error : null),
  });
  const error = failures.at(-1);
  if (!error) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={sessionStrings.signOutFailedTitle}
      mb="lg"
    >
      {isApiError(error) && error.problem.detail
        ? error.problem.detail
        : sessionStrings.signOutFailedFallback}
    </Alert>
  );
}
