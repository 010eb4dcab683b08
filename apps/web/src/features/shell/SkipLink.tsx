import type { MouseEvent } from 'react';
import classes from './SkipLink.module.css';
import { shellStrings } from './shell.strings.ts';

export const MAIN_CONTENT_ID = 'main-content';

/** The first stop for keyboard users: jumps past the header and navigation to the page itself. */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    // Focus instead of following the fragment, which the router would treat as a navigation.
    event.preventDefault();
    main.focus();
  };
  return (
    <a className={classes.skipLink} href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
      {shellStrings.skipToContent}
    </a>
  );
}
