import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { BreakGlassGrant, Membership } from '@nexus/contracts';
import { IconArrowLeft, IconLock, IconUrgent } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { BreakGlassDialog } from '../../access/my-patients/BreakGlassDialog.tsx';
import { shellStrings } from '../../shell/shell.strings.ts';
import { chartStrings as s } from './chart.strings.ts';

type ChartAccessDeniedProps = {
  patientId: string;
  patientsPath: string;
  /** The memberships the clinician may open emergency access for (doctor or nurse). */
  organisations: readonly Membership[];
  onEmergencyAccess: (grant: BreakGlassGrant) => void;
};

/** The server refused the chart: say so plainly, and how to get access, emergency access included. */
export function ChartAccessDenied({
  patientId,
  patientsPath,
  organisations,
  onEmergencyAccess,
}: ChartAccessDeniedProps) {
  const [isDialogOpen, setDialogOpen] = useState(false);
  return (
    <Paper withBorder p={{ base: 'lg', sm: 'xl' }} maw={640}>
      <title>{shellStrings.pageTitle(s.noAccessTitle)}</title>
      <Stack align="flex-start" gap="md">
        <ThemeIcon size={48} radius="xl" variant="light" color="red" aria-hidden>
          <IconLock size={26} stroke={1.6} />
        </ThemeIcon>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {s.noAccessTitle}
        </Title>
        <Text>{s.noAccessDetail}</Text>
        {organisations.length > 0 && <Text>{s.noAccessEmergency}</Text>}
        <Group gap="sm">
          {organisations.length > 0 && (
            <Button
              color="red.9"
              leftSection={<IconUrgent size={18} aria-hidden />}
              onClick={() => setDialogOpen(true)}
            >
              {s.requestEmergency}
            </Button>
          )}
          <Button
            component={Link}
            to={patientsPath}
            variant="default"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
          >
            {s.backToPatients}
          </Button>
        </Group>
      </Stack>
      <BreakGlassDialog
        opened={isDialogOpen}
        organisations={organisations}
        initialPatientId={patientId}
        onClose={() => setDialogOpen(false)}
        onOpened={onEmergencyAccess}
      />
    </Paper>
  );
}
