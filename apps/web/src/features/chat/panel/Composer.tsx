import { Button, Group, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { type FormEvent, type KeyboardEvent, type RefObject, useState } from 'react';
import { MESSAGE_MAX_LENGTH, chatStrings as s } from '../chat.strings.ts';

type ComposerProps = {
  /** Sends the text; resolves false when it was not taken, and the text comes back for another try. */
  onSend: (text: string) => Promise<boolean>;
  isBusy: boolean;
  inputRef: RefObject<HTMLTextAreaElement | null>;
};

/**
 * Where the user writes: Enter sends, Shift+Enter starts a new line. The text field stays usable while
 * a reply is written (only sending waits), so focus never has to leave it.
 */
export function Composer({ onSend, isBusy, inputRef }: ComposerProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    if (isBusy) return;
    const message = text.trim();
    if (!message) {
      setError(s.messageEmpty);
      return;
    }
    setError(null);
    setText('');
    inputRef.current?.focus();
    const isTaken = await onSend(message);
    if (!isTaken) setText((now) => (now === '' ? message : now));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void send();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Textarea
        ref={inputRef}
        label={s.messageLabel}
        description={
          <>
            {s.messageDescription} <span>{s.messageCounter(text.length)}</span>
          </>
        }
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
        maxLength={MESSAGE_MAX_LENGTH}
        rows={3}
        resize="vertical"
        error={error}
      />
      <Group justify="flex-end" mt="xs">
        <Button type="submit" disabled={isBusy} leftSection={<IconSend size={16} aria-hidden />}>
          {s.send}
        </Button>
      </Group>
    </form>
  );
}
