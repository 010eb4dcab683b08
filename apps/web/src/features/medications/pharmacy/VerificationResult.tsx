import { Alert } from '@mantine/core';
import type { VerifiedPrescription } from '@nexus/contracts';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { formatRecordDate, formatRecordDateTime } from '../../records/record-format.ts';
import { DetailList } from '../../shell/DetailList.tsx';
import { pharmacyStrings as s } from './pharmacy.strings.ts';

/** What the server found in the code: the prescription as signed and what remains, or why not to dispense. */
export function VerificationResult({
  result,
  remainingUnits,
}: {
  result: VerifiedPrescription;
  /** What remains now, after any dispensing since the code was verified. */
  remainingUnits: number | null;
}) {
  if (!result.valid)
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.invalidTitle}>
        {result.message}
      </Alert>
    );
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={s.validTitle}>
      <DetailList
        items={[
          { label: s.patientLabel, value: result.patientName },
          ...(result.patientBirthDate
            ? [{ label: s.bornLabel, value: formatRecordDate(result.patientBirthDate) }]
            : []),
          { label: s.prescriberLabel, value: result.prescriber },
          { label: s.medicineLabel, value: result.medicine },
          { label: s.dosageLabel, value: result.dosageText },
          {
            label: s.remainingLabel,
            value: s.remaining(remainingUnits ?? result.remainingUnits, result.authorisedUnits),
          },
          { label: s.expiresLabel, value: formatRecordDateTime(result.expiresAt) },
        ]}
      />
    </Alert>
  );
}
