import { Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './Medications.module.css';

type TargetCardProps = {
  /** The element id a link's fragment names (`dose-…`, `prescription-…`). */
  id: string;
  /** The id of the card's heading, which names it. */
  labelledBy: string;
  children: ReactNode;
};

/** A card a notification can link to: it can take the focus (see useHashTarget) and shows it. */
export function TargetCard({ id, labelledBy, children }: TargetCardProps) {
  return (
    <Paper
      component="article"
      withBorder
      p="md"
      id={id}
      tabIndex={-1}
      aria-labelledby={labelledBy}
      className={classes.target}
    >
      {children}
    </Paper>
  );
}
