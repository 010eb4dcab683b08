import { Alert, Group, type MantineSpacing, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';

export type ActionOutcome =
  | { kind: 'success'; message: string }
  | { kind: 'error'; title: string; detail: string };

type ActionFeedbackProps = {
  feedback: ActionOutcome | null;
  /** Space above or below, whichever side the feedback sits on. */
  mt?: MantineSpacing;
  mb?: MantineSpacing;
};

/** The outcome of the last action: a success line read out politely, or an error alert. */
export function ActionFeedback({ feedback, mt, mb }: ActionFeedbackProps) {
  return (
    <>
      <div aria-live="polite">
        {feedback?.kind === 'success' && (
          <Group gap="xs" wrap="nowrap" mt={mt} mb={mb}>
            <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-teal-7)" />
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
          mt={mt}
          mb={mb}
        >
          {feedback.detail}
        </Alert>
      )}
    </>
  );
}
