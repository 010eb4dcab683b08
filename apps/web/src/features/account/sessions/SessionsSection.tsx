import { Button, Paper, Text, Title } from '@mantine/core';
import type { SessionSummary } from '@nexus/contracts';
import { IconLogout2 } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { isApiError, isUnauthorized } from '../../../api/api-error.ts';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { accountStrings as s } from '../account.strings.ts';
import { useEndOtherSessions, useEndSession } from '../api/mutations.ts';
import { useSessions } from '../api/queries.ts';
import { type Feedback, SectionFeedback } from '../SectionFeedback.tsx';
import { SessionItem } from './SessionItem.tsx';
import classes from './Sessions.module.css';
import { useNow } from './useNow.ts';

type Confirmation = { kind: 'one'; session: SessionSummary } | { kind: 'others'; count: number };

const detailOf = (error: unknown) =>
  isApiError(error) && error.problem.detail ? error.problem.detail : s.errorFallback;

/** Current session first, then the others as the server orders them (newest first). */
const currentFirst = (sessions: readonly SessionSummary[]) => [
  ...sessions.filter((session) => session.isCurrent),
  ...sessions.filter((session) => !session.isCurrent),
];

/** "Your sessions": where the user is signed in, and ending the sessions other than this one. */
export function SessionsSection() {
  const sessions = useSessions();
  const endSession = useEndSession();
  const endOthers = useEndOtherSessions();
  const now = useNow();
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [isConfirmOpen, setConfirmOpen] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  const focusAfterCloseRef = useRef<HTMLElement | null>(null);

  // The dialog does not return focus itself: after a success the button that opened it is gone.
  useEffect(() => {
    if (isConfirmOpen) return;
    const target = focusAfterCloseRef.current;
    focusAfterCloseRef.current = null;
    target?.focus();
  }, [isConfirmOpen]);

  const ask = (next: Confirmation) => {
    triggerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setConfirmation(next);
    setConfirmOpen(true);
  };

  const closeConfirm = (focusTarget: HTMLElement | null) => {
    focusAfterCloseRef.current = focusTarget?.isConnected ? focusTarget : headingRef.current;
    setConfirmOpen(false);
  };

  const succeeded = (message: string) => {
    setFeedback({ kind: 'success', message });
    closeConfirm(headingRef.current);
  };

  const failed = (title: string) => (error: unknown) => {
    // A 401 has ended the session already, and the app is on its way to the sign-in page.
    if (isUnauthorized(error)) return;
    setFeedback({ kind: 'error', title, detail: detailOf(error) });
    closeConfirm(triggerRef.current);
  };

  const confirm = () => {
    if (!confirmation) return;
    setFeedback(null);
    if (confirmation.kind === 'one') {
      const { session } = confirmation;
      endSession.mutate(session.id, {
        onSuccess: () => succeeded(s.sessionEnded(session.device)),
        onError: failed(s.endFailed),
      });
    } else {
      endOthers.mutate(undefined, {
        onSuccess: (ended) => succeeded(s.othersEnded(ended)),
        onError: failed(s.endOthersFailed),
      });
    }
  };

  const list = currentFirst(sessions.data ?? []);
  const otherCount = list.filter((session) => !session.isCurrent).length;
  const isPending = endSession.isPending || endOthers.isPending;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="account-sessions">
      <Title order={2} fz="lg" mb="xs" id="account-sessions" ref={headingRef} tabIndex={-1}>
        {s.sessionsHeading}
      </Title>
      <Text mb="md">{s.sessionsIntro}</Text>

      <SectionFeedback feedback={feedback} />

      {sessions.isPending ? (
        <LoadingStatus label={s.sessionsLoading} />
      ) : sessions.isError && !sessions.data ? (
        <LoadFailedAlert
          title={s.sessionsLoadFailed}
          detail={detailOf(sessions.error)}
          retryLabel={s.sessionsRetry}
          onRetry={() => void sessions.refetch()}
        />
      ) : (
        <>
          <ul className={classes.list} aria-labelledby="account-sessions">
            {list.map((session) => (
              <SessionItem
                key={session.id}
                session={session}
                now={now}
                onEnd={(chosen) => ask({ kind: 'one', session: chosen })}
              />
            ))}
          </ul>
          {otherCount > 0 ? (
            <Button
              mt="md"
              variant="light"
              color="red"
              leftSection={<IconLogout2 size={18} aria-hidden />}
              onClick={() => ask({ kind: 'others', count: otherCount })}
            >
              {s.endOthers}
            </Button>
          ) : (
            <Text c="dimmed" size="sm" mt="sm">
              {s.onlyThisDevice}
            </Text>
          )}
        </>
      )}

      <ConfirmDialog
        returnFocus={false}
        opened={isConfirmOpen}
        title={confirmation?.kind === 'others' ? s.confirmEndOthersTitle : s.confirmEndTitle}
        body={
          confirmation?.kind === 'others'
            ? s.confirmEndOthersBody(confirmation.count)
            : s.confirmEndBody(confirmation?.session.device ?? '')
        }
        confirmLabel={confirmation?.kind === 'others' ? s.confirmEndOthers : s.confirmEnd}
        isPending={isPending}
        onConfirm={confirm}
        onCancel={() => closeConfirm(triggerRef.current)}
      />
    </Paper>
  );
}
