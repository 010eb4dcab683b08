import { Button, Text } from '@mantine/core';
import type { PharmacyQueue } from '@nexus/contracts';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import recordClasses from '../../records/display/Records.module.css';
import { formatRecordDate } from '../../records/record-format.ts';
import { usePharmacyQueue } from '../api/queries.ts';
import { QueryView } from '../display/QueryView.tsx';
import { pharmacyStrings as s } from './pharmacy.strings.ts';

type Entry = PharmacyQueue['prescriptions'][number];

/** Prescriptions the prescriber sent to this pharmacy; choosing one puts its code in the field. */
export function PharmacyQueueSection({
  organisationId,
  onUse,
}: {
  organisationId: string;
  onUse: (entry: Entry) => void;
}) {
  const queue = usePharmacyQueue(organisationId);
  return (
    <RecordSection title={s.queueHeading}>
      <QueryView query={queue} loadingLabel={s.queueLoading} failedTitle={s.queueLoadFailed}>
        {({ prescriptions }) =>
          prescriptions.length === 0 ? (
            <Text c="dimmed">{s.queueEmpty}</Text>
          ) : (
            <ul className={recordClasses.list} aria-label={s.queueHeading}>
              {prescriptions.map((entry) => (
                <li key={entry.prescriptionId} className={recordClasses.item}>
                  <div className={recordClasses.spread}>
                    <div className={recordClasses.grow}>
                      <Text className={recordClasses.name}>{entry.patientName}</Text>
                      <Text size="sm">{s.queueItem(entry.medicine, entry.remainingUnits)}</Text>
                      <Text size="sm" c="dimmed">
                        {s.queueSigned(formatRecordDate(entry.signedAt), formatRecordDate(entry.expiresAt))}
                      </Text>
                    </div>
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={s.codeChoiceLabel(entry.patientName, entry.medicine)}
                      onClick={() => onUse(entry)}
                    >
                      {s.chooseCode}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </RecordSection>
  );
}
