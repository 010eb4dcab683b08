import { Button, Group } from '@mantine/core';
import { IconFlask, IconHeartbeat, IconNotes, IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { ActionFeedback, type ActionOutcome } from '../../shell/ActionFeedback.tsx';
import { AddDiagnosisDialog } from '../writing/AddDiagnosisDialog.tsx';
import { RecordLabsDialog } from '../writing/RecordLabsDialog.tsx';
import { RecordVitalsDialog } from '../writing/RecordVitalsDialog.tsx';
import { WriteNoteDialog } from '../writing/WriteNoteDialog.tsx';
import { chartStrings as s } from './chart.strings.ts';

type Dialog = 'diagnosis' | 'vitals' | 'labs' | 'note';

type ChartActionsProps = {
  patientId: string;
  /** Doctors diagnose and record lab results; nurses record vitals and write notes (the server decides). */
  canDiagnose: boolean;
  canRecordLabs: boolean;
};

/** What a clinician can add to the chart, each in its dialog; the outcome is announced politely. */
export function ChartActions({ patientId, canDiagnose, canRecordLabs }: ChartActionsProps) {
  const [open, setOpen] = useState<Dialog | null>(null);
  const [feedback, setFeedback] = useState<ActionOutcome | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  // The dialogs unmount when closed (a fresh form each time), so focus goes back to the opener here.
  useEffect(() => {
    if (open === null) openerRef.current?.focus();
  }, [open]);

  const show = (dialog: Dialog) => {
    openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setFeedback(null);
    setOpen(dialog);
  };
  const close = () => setOpen(null);
  const saved = (message: string) => {
    setOpen(null);
    setFeedback({ kind: 'success', message });
  };

  return (
    <div>
      <Group gap="sm" role="group" aria-label={s.actionsLabel}>
        {canDiagnose && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => show('diagnosis')}>
            {s.addDiagnosis}
          </Button>
        )}
        <Button
          variant="light"
          leftSection={<IconHeartbeat size={18} aria-hidden />}
          onClick={() => show('vitals')}
        >
          {s.recordVitals}
        </Button>
        {canRecordLabs && (
          <Button
            variant="light"
            leftSection={<IconFlask size={18} aria-hidden />}
            onClick={() => show('labs')}
          >
            {s.recordLabs}
          </Button>
        )}
        <Button
          variant="light"
          leftSection={<IconNotes size={18} aria-hidden />}
          onClick={() => show('note')}
        >
          {s.writeNote}
        </Button>
      </Group>
      <ActionFeedback feedback={feedback} mt="sm" />
      {open === 'diagnosis' && <AddDiagnosisDialog patientId={patientId} onClose={close} onSaved={saved} />}
      {open === 'vitals' && <RecordVitalsDialog patientId={patientId} onClose={close} onSaved={saved} />}
      {open === 'labs' && <RecordLabsDialog patientId={patientId} onClose={close} onSaved={saved} />}
      {open === 'note' && <WriteNoteDialog patientId={patientId} onClose={close} onSaved={saved} />}
    </div>
  );
}
