import { Badge, Text } from '@mantine/core';
import type { Allergy } from '@nexus/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { formatRecordDate } from '../record-format.ts';
import { recordsStrings as s } from '../records.strings.ts';
import classes from './Records.module.css';

/** Allergies and intolerances; high-risk ones are marked in words and with an icon, not colour alone. */
export function AllergyList({ allergies }: { allergies: readonly Allergy[] }) {
  if (allergies.length === 0) return <Text c="dimmed">{s.allergiesEmpty}</Text>;
  return (
    <ul className={classes.list} aria-label={s.allergiesLabel}>
      {allergies.map((allergy) => {
        const isHigh = allergy.criticality === 'high';
        return (
          <li key={allergy.id} className={`${classes.item} ${isHigh ? classes.critical : ''}`}>
            <div className={classes.line}>
              <Text component="span" className={classes.name}>
                {allergy.substance.display}
              </Text>
              {allergy.criticality && (
                <Badge
                  variant={isHigh ? 'filled' : 'default'}
                  color={isHigh ? 'red.9' : undefined}
                  tt="none"
                  size="sm"
                  leftSection={isHigh ? <IconAlertTriangle size={12} aria-hidden /> : undefined}
                >
                  {s.criticality[allergy.criticality] ?? allergy.criticality}
                </Badge>
              )}
            </div>
            {allergy.reactions.length > 0 && (
              <Text size="sm">{s.reactions(allergy.reactions.join(', '))}</Text>
            )}
            {allergy.recordedAt && (
              <Text size="sm" c="dimmed">
                {formatRecordDate(allergy.recordedAt)}
              </Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
