import { ActionIcon, Drawer } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useState } from 'react';
import { QueryView } from '../../medications/display/QueryView.tsx';
import { useHelpConversation } from '../api/help-conversation.ts';
import { useConversation } from '../api/queries.ts';
import { chatStrings as s } from '../chat.strings.ts';
import { ChatPanel } from '../panel/ChatPanel.tsx';

function HelpConversation({
  conversationId,
  onNavigate,
}: {
  conversationId: string;
  onNavigate: () => void;
}) {
  const conversation = useConversation(conversationId);
  return (
    <QueryView query={conversation} loadingLabel={s.helpStarting} failedTitle={s.helpStartFailed}>
      {(view) => <ChatPanel conversation={view} logHeight="calc(100dvh - 22rem)" onNavigate={onNavigate} />}
    </QueryView>
  );
}

/**
 * The header's help assistant, for every signed-in role: a button that opens the chat in 'help' mode
 * in a drawer. Its conversation starts on first open and stays while the app is open.
 */
export function HelpAssistant() {
  const [isOpen, setOpen] = useState(false);
  const [wasOpened, setWasOpened] = useState(false);
  const help = useHelpConversation(wasOpened);
  const close = () => setOpen(false);
  return (
    <>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={s.helpButton}
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        onClick={() => {
          setWasOpened(true);
          setOpen(true);
        }}
      >
        <IconLifebuoy size={20} aria-hidden />
      </ActionIcon>
      <Drawer
        opened={isOpen}
        onClose={close}
        position="right"
        size="md"
        title={s.helpTitle}
        closeButtonProps={{ 'aria-label': s.closeDialog }}
        styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        <QueryView query={help} loadingLabel={s.helpStarting} failedTitle={s.helpStartFailed}>
          {(conversationId) => <HelpConversation conversationId={conversationId} onNavigate={close} />}
        </QueryView>
      </Drawer>
    </>
  );
}
