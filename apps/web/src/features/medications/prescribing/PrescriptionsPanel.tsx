import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { PrescriptionView } from '@nexus/contracts';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { formatRecordDate } from '../../records/record-format.ts';
import { ActionFeedback, type ActionOutcome } from '../../shell/ActionFeedback.tsx';
import { DetailList } from '../../shell/DetailList.tsx';
import { prescriptionPdfHref } from '../api/paths.ts';
import { usePrescriptions } from '../api/queries.ts';
import { prescriptionDetails } from '../display/PrescriptionDetails.tsx';
import { PrescriptionHeading } from '../display/PrescriptionHeading.tsx';
import { QueryView } from '../display/QueryView.tsx';
import { medicationStrings } from '../medications.strings.ts';
import { CancelPrescriptionDialog } from './CancelPrescriptionDialog.tsx';
import { PrescribeDialog } from './PrescribeDialog.tsx';
import { prescribingStrings as s } from './prescribing.strings.ts';

type ItemProps = {
  patientId: string;
  prescription: PrescriptionView;
  canPrescribe: boolean;
  onCancel: (prescription: PrescriptionView) => void;
};

function PrescriptionItem({ patientId, prescription, canPrescribe, onCancel }: ItemProps) {
  const titleId = useId();
  const overridden = prescription.overriddenAlerts.map((alert) =>
    s.overridden(alert.title, medicationStrings.severities[alert.severity]),
  );
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={titleId}>
      <PrescriptionHeading
        prescription={prescription}
        titleId={titleId}
        context={[
          s.signedBy(prescription.prescriber, formatRecordDate(prescription.signedAt)),
          s.expires(formatRecordDate(prescription.expiresAt)),
        ].join(', ')}
      />
      <DetailList
        items={[
          ...prescriptionDetails(prescription),
          ...(overridden.length > 0 ? [{ label: s.overriddenLabel, value: overridden.join('; ') }] : []),
        ]}
      />
      {(prescription.token || (canPrescribe && prescription.status === 'active')) && (
        <Group gap="xs" mt="md">
          {prescription.token && (
            <Button
              component="a"
              href={prescriptionPdfHref(patientId, prescription.id)}
              download
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              aria-label={medicationStrings.downloadPdfLabel(prescription.medicine)}
            >
              {medicationStrings.downloadPdf}
            </Button>
          )}
          {canPrescribe && prescription.status === 'active' && (
            <Button
              size="xs"
              variant="default"
              aria-label={s.cancelLabel(prescription.medicine)}
              onClick={() => onCancel(prescription)}
            >
              {s.cancel}
            </Button>
          )}
        </Group>
      )}
    </Paper>
  );
}

/** The chart's Prescriptions tab: what has been prescribed and dispensed; doctors prescribe and cancel here. */
export function PrescriptionsPanel({ patientId }: { patientId: string }) {
  const { memberships } = usePortal();
  const canPrescribe = memberships.some((membership) => membership.role === 'doctor');
  const prescriptions = usePrescriptions(patientId);
  const [isPrescribing, setPrescribing] = useState(false);
  const [cancelling, setCancelling] = useState<PrescriptionView | null>(null);
  const [feedback, setFeedback] = useState<ActionOutcome | null>(null);

  return (
    <RecordSection
      title={s.heading}
      actions={
        canPrescribe && (
          <Button
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => {
              setFeedback(null);
              setPrescribing(true);
            }}
          >
            {s.prescribe}
          </Button>
        )
      }
    >
      <ActionFeedback feedback={feedback} mb="md" />
      <QueryView query={prescriptions} loadingLabel={s.loading} failedTitle={s.loadFailed}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{s.empty}</Text>
          ) : (
            <Stack gap="sm">
              {list.map((prescription) => (
                <PrescriptionItem
                  key={prescription.id}
                  patientId={patientId}
                  prescription={prescription}
                  canPrescribe={canPrescribe}
                  onCancel={(chosen) => {
                    setFeedback(null);
                    setCancelling(chosen);
                  }}
                />
              ))}
            </Stack>
          )
        }
      </QueryView>
      {isPrescribing && (
        <PrescribeDialog
          patientId={patientId}
          onClose={() => setPrescribing(false)}
          onSigned={(prescription) => {
            setPrescribing(false);
            setFeedback({ kind: 'success', message: s.prescribed(prescription.medicine) });
          }}
        />
      )}
      {cancelling && (
        <CancelPrescriptionDialog
          patientId={patientId}
          prescription={cancelling}
          onClose={() => setCancelling(null)}
          onCancelled={() => {
            setCancelling(null);
            setFeedback({ kind: 'success', message: s.cancelled(cancelling.medicine) });
          }}
        />
      )}
    </RecordSection>
  );
}
