import { Anchor, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { chatStrings as s } from '../chat.strings.ts';

/** A phone number as a tel: address (digits and a leading +; spaces and dashes are for reading). */
export const telHref = (number: string) => `tel:${number.replace(/[^\d+*#]/g, '')}`;

/** Only web addresses are linked: a source from the server is never a javascript: or data: URL. */
export const isWebUrl = (url: string): boolean => {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
};

/** A link to another site, opened in a new tab, which it says to screen readers too. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isWebUrl(href)) return <>{children}</>;
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm">
      {children}
      <VisuallyHidden> {s.opensInNewTab}</VisuallyHidden>
    </Anchor>
  );
}
