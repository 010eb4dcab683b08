import { Stack, Text } from '@mantine/core';
import { useRecordSummary } from '../../records/api/queries.ts';
import { MedicationList } from '../../records/display/MedicationList.tsx';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { usePrescriptions } from '../api/queries.ts';
import { QueryView } from '../display/QueryView.tsx';
import { medicationStrings as s } from '../medications.strings.ts';
import { AddOwnMedicineForm } from './AddOwnMedicineForm.tsx';
import { PrescriptionCard } from './PrescriptionCard.tsx';
import { useHashTarget } from './useHashTarget.ts';

function Prescriptions({ patientId }: { patientId: string }) {
  const prescriptions = usePrescriptions(patientId);
  useHashTarget(prescriptions.isSuccess);
  return (
    <QueryView
      query={prescriptions}
      loadingLabel={s.prescriptionsLoading}
      failedTitle={s.prescriptionsLoadFailed}
    >
      {(list) =>
        list.length === 0 ? (
          <Text c="dimmed">{s.prescriptionsEmpty}</Text>
        ) : (
          <Stack gap="sm">
            {list.map((prescription) => (
              <PrescriptionCard key={prescription.id} patientId={patientId} prescription={prescription} />
            ))}
          </Stack>
        )
      }
    </QueryView>
  );
}

function AllMedicines({ patientId }: { patientId: string }) {
  const summary = useRecordSummary(patientId);
  return (
    <QueryView query={summary} loadingLabel={s.allMedicinesLoading} failedTitle={s.allMedicinesLoadFailed}>
      {(record) => <MedicationList medications={record.medications} />}
    </QueryView>
  );
}

/** The patient's prescriptions with their codes, adding a medicine they take, and every medicine in the record. */
export function MyMedicinesPanel({ patientId }: { patientId: string }) {
  return (
    <Stack gap="lg">
      <RecordSection title={s.prescriptionsHeading}>
        <Prescriptions patientId={patientId} />
      </RecordSection>
      <RecordSection title={s.addHeading}>
        <AddOwnMedicineForm patientId={patientId} />
      </RecordSection>
      <RecordSection title={s.allMedicinesHeading}>
        <AllMedicines patientId={patientId} />
      </RecordSection>
    </Stack>
  );
}
