import { Button, Group, Stack, Text } from '@mantine/core';
import type { BreakGlassGrant } from '@nexus/contracts';
import { IconCircleCheck, IconUrgent } from '@tabler/icons-react';
import { useState } from 'react';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { accessStrings as s } from '../access.strings.ts';
import { formatWhen } from '../access-times.ts';
import { AdmitPatientForm } from './AdmitPatientForm.tsx';
import { BreakGlassDialog } from './BreakGlassDialog.tsx';
import { EmergencyAccessList } from './EmergencyAccessList.tsx';
import { PatientList } from './PatientList.tsx';

/**
 * Doctors' and nurses' "My patients": patients under their care (found by name, birth date or record
 * number, each leading to their chart), emergency access, admitting.
 */
export function MyPatientsPage() {
  const { portal, memberships } = usePortal();
  const [isDialogOpen, setDialogOpen] = useState(false);
  const [opened, setOpened] = useState<BreakGlassGrant | null>(null);
  const actingFor = memberships.filter((m) => m.role === 'doctor' || m.role === 'nurse');

  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.myPatientsTitle} description={s.myPatientsIntro} />
      {actingFor.length > 0 && (
        <Group>
          <Button
            color="red.9"
            variant="outline"
            leftSection={<IconUrgent size={18} aria-hidden />}
            onClick={() => setDialogOpen(true)}
          >
            {s.breakGlassOpen}
          </Button>
        </Group>
      )}
      <div aria-live="polite">
        {opened && (
          <Group gap="xs" wrap="nowrap">
            <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-teal-7)" />
            <Text size="sm">
              {s.breakGlassOpened(opened.patient.displayName, formatWhen(opened.expiresAt))}
            </Text>
          </Group>
        )}
      </div>

      <PatientList portalPath={portal.path} />
      <EmergencyAccessList portalPath={portal.path} />

      {actingFor.length > 0 && <AdmitPatientForm organisations={actingFor} />}

      <BreakGlassDialog
        opened={isDialogOpen}
        organisations={actingFor}
        onClose={() => setDialogOpen(false)}
        onOpened={setOpened}
      />
    </Stack>
  );
}
