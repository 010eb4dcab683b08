import { Button, Text } from '@mantine/core';

type ShowOlderProps = {
  hasMore: boolean;
  isLoading: boolean;
  onShowOlder: () => void;
  label: string;
  /** Read out politely while the older entries load. */
  loadingLabel: string;
};

/** Under a paged list: the button that loads older entries, and the live line that says it is loading. */
export function ShowOlder({ hasMore, isLoading, onShowOlder, label, loadingLabel }: ShowOlderProps) {
  return (
    <>
      {hasMore && (
        <Button mt="md" variant="default" loading={isLoading} onClick={onShowOlder}>
          {label}
        </Button>
      )}
      <Text size="sm" c="dimmed" aria-live="polite" mt={4}>
        {isLoading ? loadingLabel : ''}
      </Text>
    </>
  );
}
