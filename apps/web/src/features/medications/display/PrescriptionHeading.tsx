import { Group, Text, Title } from '@mantine/core';
import type { PrescriptionView } from '@nexus/contracts';
import { PrescriptionStatusBadge } from './MedicationBadges.tsx';

type PrescriptionHeadingProps = {
  prescription: PrescriptionView;
  titleId: string;
  /** Who signed it and until when it can be dispensed, in the reader's words. */
  context: string;
};

/** The top of a prescription, for patient and prescriber alike: the medicine, its status, the dosage. */
export function PrescriptionHeading({ prescription, titleId, context }: PrescriptionHeadingProps) {
  return (
    <>
      <Group gap="xs" mb={4}>
        <Title order={3} fz="md" id={titleId}>
          {prescription.medicine}
        </Title>
        <PrescriptionStatusBadge status={prescription.status} />
      </Group>
      <Text size="sm">{prescription.dosageText}</Text>
      <Text size="sm" c="dimmed" mb="xs">
        {context}
      </Text>
    </>
  );
}
