import { Alert, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import classes from './sessions/Sessions.module.css';

export type Feedback =
  | { kind: 'success'; message: string }
  | { kind: 'error'; title: string; detail: string };

/** The outcome of the last action in a section: a success line read out politely, or an error alert. */
export function SectionFeedback({ feedback }: { feedback: Feedback | null }) {
  return (
    <>
      <div aria-live="polite">
        {feedback?.kind === 'success' && (
          <Group gap="xs" wrap="nowrap" mb="md" p="sm" className={classes.success}>
            <IconCircleCheck size={20} aria-hidden className={classes.successIcon} />
            <Text size="sm">{feedback.message}</Text>
          </Group>
        )}
      </div>
      {feedback?.kind === 'error' && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={feedback.title}
          mb="md"
        >
          {feedback.detail}
        </Alert>
      )}
    </>
  );
}
