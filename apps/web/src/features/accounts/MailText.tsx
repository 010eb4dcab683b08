import { Anchor, Text } from '@mantine/core';

const URL_PATTERN = /(https?:\/\/[^\s<>"')]+)/g;

type Segment = { offset: number; text: string; isLink: boolean };

/** The text cut into plain runs and web addresses; each keyed by where it starts (stable for a text). */
function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  text.split(URL_PATTERN).forEach((part, index) => {
    if (part) segments.push({ offset, text: part, isLink: index % 2 === 1 });
    offset += part.length;
  });
  return segments;
}

/** A plain-text e-mail body with its web addresses as links (only http and https). */
export function MailText({ text }: { text: string }) {
  return (
    <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {segmentsOf(text).map((segment) =>
        segment.isLink ? (
          <Anchor key={segment.offset} href={segment.text} rel="noopener noreferrer">
            {segment.text}
          </Anchor>
        ) : (
          <span key={segment.offset}>{segment.text}</span>
        ),
      )}
    </Text>
  );
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
