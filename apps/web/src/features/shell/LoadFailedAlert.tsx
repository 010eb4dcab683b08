import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

type LoadFailedAlertProps = {
  title: string;
  /** The server's explanation, or a general one. */
  detail: string;
  retryLabel: string;
  onRetry: () => void;
};

/** Shown in place of a section's content when it could not be loaded, with a button to try again. */
export function LoadFailedAlert({ title, detail, retryLabel, onRetry }: LoadFailedAlertProps) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{detail}</Text>
        <Button size="xs" variant="default" onClick={onRetry}>
          {retryLabel}
        </Button>
      </Stack>
    </Alert>
  );
}
