import { Button, Group } from '@mantine/core';
import type { PrescriptionView } from '@nexus/contracts';
import { IconDownload, IconQrcode } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { formatRecordDate } from '../../records/record-format.ts';
import { DetailList } from '../../shell/DetailList.tsx';
import { prescriptionPdfHref } from '../api/paths.ts';
import { prescriptionDetails } from '../display/PrescriptionDetails.tsx';
import { PrescriptionHeading } from '../display/PrescriptionHeading.tsx';
import { TargetCard } from '../display/TargetCard.tsx';
import { medicationStrings as s } from '../medications.strings.ts';
import { PrescriptionCode } from './PrescriptionCode.tsx';

/** One of the patient's prescriptions: its status, what is left to collect, and its code for the pharmacy. */
export function PrescriptionCard({
  patientId,
  prescription,
}: {
  patientId: string;
  prescription: PrescriptionView;
}) {
  const titleId = useId();
  const [isCodeShown, setCodeShown] = useState(false);
  const { token } = prescription;
  return (
    <TargetCard id={`prescription-${prescription.id}`} labelledBy={titleId}>
      <PrescriptionHeading
        prescription={prescription}
        titleId={titleId}
        context={[
          s.prescribedBy(prescription.prescriber, formatRecordDate(prescription.signedAt)),
          prescription.status === 'active' ? s.validUntil(formatRecordDate(prescription.expiresAt)) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      />
      <DetailList items={prescriptionDetails(prescription)} />
      {token && (
        <>
          <Group gap="xs" mt="md">
            <Button
              variant="light"
              leftSection={<IconQrcode size={16} aria-hidden />}
              aria-expanded={isCodeShown}
              onClick={() => setCodeShown((shown) => !shown)}
            >
              {isCodeShown ? s.hideCode : s.showCode}
            </Button>
            <Button
              component="a"
              href={prescriptionPdfHref(patientId, prescription.id)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              aria-label={s.downloadPdfLabel(prescription.medicine)}
            >
              {s.downloadPdf}
            </Button>
          </Group>
          {isCodeShown && (
            <PrescriptionCode
              patientId={patientId}
              prescriptionId={prescription.id}
              medicine={prescription.medicine}
              token={token}
            />
          )}
        </>
      )}
    </TargetCard>
  );
}
