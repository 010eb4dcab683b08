import { Alert, Button, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useOptionalPortal } from '../../../portals/shared/usePortal.ts';
import { useSignedInUser } from '../../session/useSignedInUser.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import classes from '../Access.module.css';
import { accessStrings as s } from '../access.strings.ts';
import { AccessLogSection } from './AccessLogSection.tsx';
import { CareTeamSection } from './CareTeamSection.tsx';
import { GrantAccessSection } from './GrantAccessSection.tsx';

/** The patient's "Sharing & access": who can see the record, giving and ending access, the access log. */
export function SharingPage() {
  const me = useSignedInUser();
  const portal = useOptionalPortal()?.portal;
  const patientId = me.patientId;
  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal?.title} title={s.sharingTitle} description={s.sharingIntro} />
      {!patientId ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title={s.noPatientRecordTitle}>
          {s.noPatientRecordDetail}
        </Alert>
      ) : (
        <>
          <CareTeamSection patientId={patientId} />
          <GrantAccessSection patientId={patientId} />
          <AccessLogSection patientId={patientId} />
          <Paper withBorder p="lg" component="section" aria-labelledby="sharing-patient-id">
            <Title order={2} fz="lg" mb="xs" id="sharing-patient-id">
              {s.patientIdHeading}
            </Title>
            <Text mb="sm">{s.patientIdIntro}</Text>
            <Group gap="sm" wrap="wrap">
              <Text ff="monospace" className={classes.code}>
                {patientId}
              </Text>
              <CopyButton value={patientId}>
                {({ copied, copy }) => (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={copy}
                    leftSection={
                      copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                    }
                  >
                    {copied ? s.copied : s.copyPatientId}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Paper>
        </>
      )}
    </Stack>
  );
}
