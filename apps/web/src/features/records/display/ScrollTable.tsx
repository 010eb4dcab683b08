import { Table } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import classes from './ScrollTable.module.css';

type ScrollTableProps = {
  /** Says what the table holds; also names the scrolling region. */
  caption: string;
  /** Below this width the table scrolls sideways rather than squeezing its columns. */
  minWidth?: number;
  children: ReactNode;
};

/**
 * A data table with a caption, in a region that scrolls sideways on narrow screens. The region can be
 * focused, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollTable({ caption, minWidth = 560, children }: ScrollTableProps) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className={classes.scroller} aria-labelledby={captionId} tabIndex={0}>
      <Table verticalSpacing="sm" miw={minWidth}>
        <caption id={captionId} className={classes.caption}>
          {caption}
        </caption>
        {children}
      </Table>
    </section>
  );
}
