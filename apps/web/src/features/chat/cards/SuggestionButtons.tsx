import { Button, Group } from '@mantine/core';

type SuggestionButtonsProps = {
  suggestions: readonly string[];
  /** Names the group for screen readers: "Suggested replies", "Related topics". */
  label: string;
  isBusy: boolean;
  onSend: (text: string) => void;
};

/** Replies the user can send with one tap; disabled while a reply is being written. */
export function SuggestionButtons({ suggestions, label, isBusy, onSend }: SuggestionButtonsProps) {
  if (suggestions.length === 0) return null;
  return (
    <Group gap="xs" role="group" aria-label={label} wrap="wrap">
      {suggestions.map((suggestion) => (
        <Button
          key={suggestion}
          size="xs"
          variant="default"
          radius="xl"
          disabled={isBusy}
          onClick={() => onSend(suggestion)}
        >
          {suggestion}
        </Button>
      ))}
    </Group>
  );
}
