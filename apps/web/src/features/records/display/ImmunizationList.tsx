import { Text } from '@mantine/core';
import type { ImmunizationEntry } from '@nexus/contracts';
import { formatRecordDate } from '../record-format.ts';
import { recordsStrings as s } from '../records.strings.ts';
import classes from './Records.module.css';

/** Vaccines given, with the date of each. */
export function ImmunizationList({ immunizations }: { immunizations: readonly ImmunizationEntry[] }) {
  if (immunizations.length === 0) return <Text c="dimmed">{s.immunizationsEmpty}</Text>;
  return (
    <ul className={classes.list} aria-label={s.immunizationsLabel}>
      {immunizations.map((immunization) => (
        <li key={immunization.id} className={classes.item}>
          <Text component="span" className={classes.name}>
            {immunization.vaccine.display}
          </Text>
          {immunization.date && (
            <Text size="sm" c="dimmed">
              <time dateTime={immunization.date}>{formatRecordDate(immunization.date)}</time>
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}
