import type { ChatCard } from '@nexus/contracts';
import { ConsentCardView } from './ConsentCardView.tsx';
import { EmergencyCardView } from './EmergencyCardView.tsx';
import { HelpCardView } from './HelpCardView.tsx';
import { InformationCardView } from './InformationCardView.tsx';
import { RecordCardView } from './RecordCardView.tsx';
import { TriageCardView } from './TriageCardView.tsx';

export type CardActions = {
  /** Sends a reply chosen on the card (a related topic, an answer to the consent question). */
  onSend: (text: string) => void;
  /** A reply is being written: nothing more can be sent until it is done. */
  isBusy: boolean;
  /** An in-app link on the card was followed (the help drawer closes). */
  onNavigate?: () => void;
};

type ChatCardViewProps = CardActions & {
  card: ChatCard;
  /** For a triage card the patient may share with their doctors. */
  shareFor?: { conversationId: string; canShare: boolean };
};

/** The structured part of an assistant's message, by its kind. */
export function ChatCardView({ card, shareFor, onSend, isBusy, onNavigate }: ChatCardViewProps) {
  switch (card.kind) {
    case 'emergency':
      return <EmergencyCardView card={card} />;
    case 'triage':
      return <TriageCardView card={card} shareFor={shareFor} />;
    case 'information':
      return <InformationCardView card={card} isBusy={isBusy} onSend={onSend} />;
    case 'help':
      return <HelpCardView card={card} onNavigate={onNavigate} />;
    case 'record':
      return <RecordCardView card={card} onNavigate={onNavigate} />;
    case 'consent':
      return <ConsentCardView card={card} isBusy={isBusy} onSend={onSend} />;
  }
}
