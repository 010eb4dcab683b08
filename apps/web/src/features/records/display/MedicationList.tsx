import { Badge, Text } from '@mantine/core';
import type { MedicationEntry } from '@nexus/contracts';
import { formatRecordDate } from '../record-format.ts';
import { recordsStrings as s } from '../records.strings.ts';
import classes from './Records.module.css';

/** Medicines, prescribed or reported by the patient, with the dosage as written. */
export function MedicationList({ medications }: { medications: readonly MedicationEntry[] }) {
  if (medications.length === 0) return <Text c="dimmed">{s.medicationsEmpty}</Text>;
  return (
    <ul className={classes.list} aria-label={s.medicationsLabel}>
      {medications.map((medication) => {
        const context = [
          medication.since ? s.since(formatRecordDate(medication.since)) : null,
          medication.prescriber ? s.prescribedBy(medication.prescriber) : null,
          medication.reason ? s.forReason(medication.reason) : null,
        ].filter((part) => part !== null);
        return (
          <li key={medication.id} className={classes.item}>
            <div className={classes.line}>
              <Text component="span" className={classes.name}>
                {medication.medication.display}
              </Text>
              <Badge variant="default" tt="none" size="sm">
                {medication.source === 'prescribed' ? s.prescribed : s.reported}
              </Badge>
            </div>
            {medication.dosage && <Text size="sm">{medication.dosage}</Text>}
            {context.length > 0 && (
              <Text size="sm" c="dimmed">
                {context.join(' · ')}
              </Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
