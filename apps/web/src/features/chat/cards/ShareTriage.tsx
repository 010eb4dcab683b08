import { Button, Group, Text } from '@mantine/core';
import type { TriageCard } from '@nexus/contracts';
import { IconCircleCheck, IconShare } from '@tabler/icons-react';
import { useState } from 'react';
import { formatRecordDate } from '../../records/record-format.ts';
import { chatStrings as s } from '../chat.strings.ts';
import { ShareTriageDialog } from './ShareTriageDialog.tsx';

type ShareTriageProps = {
  card: TriageCard;
  shareFor?: { conversationId: string; canShare: boolean };
};

/** When the result was shared with the patient's doctors; until then, the button that shares it. */
export function ShareTriage({ card, shareFor }: ShareTriageProps) {
  const [isOpen, setOpen] = useState(false);
  // The answer to sharing, until the conversation read again carries it in the card.
  const [sharedAt, setSharedAt] = useState<string | null>(null);
  const shared = card.sharedAt ?? sharedAt;
  return (
    <div aria-live="polite">
      {shared ? (
        <Group gap="xs" wrap="nowrap">
          <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-teal-7)" />
          <Text size="sm">{s.sharedOn(formatRecordDate(shared))}</Text>
        </Group>
      ) : (
        shareFor?.canShare && (
          <Button
            variant="light"
            size="sm"
            leftSection={<IconShare size={16} aria-hidden />}
            onClick={() => setOpen(true)}
          >
            {s.share}
          </Button>
        )
      )}
      {isOpen && shareFor && (
        <ShareTriageDialog
          conversationId={shareFor.conversationId}
          onClose={() => setOpen(false)}
          onShared={(result) => {
            setOpen(false);
            setSharedAt(result.sharedAt);
          }}
        />
      )}
    </div>
  );
}
