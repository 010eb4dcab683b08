import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useOptionalPortal } from '../../../portals/shared/usePortal.ts';
import { useSignedInUser } from '../../session/useSignedInUser.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { recordsStrings as s } from '../records.strings.ts';

type OwnRecordPageProps = {
  title: string;
  description: string;
  /** The page's content, for the signed-in user's own patient record. */
  children: (patientId: string) => ReactNode;
};

/** A page about the signed-in patient's own record; an account without one is told so instead. */
export function OwnRecordPage({ title, description, children }: OwnRecordPageProps) {
  const me = useSignedInUser();
  const portal = useOptionalPortal()?.portal;
  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal?.title} title={title} description={description} />
      {me.patientId ? (
        children(me.patientId)
      ) : (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title={s.noPatientRecordTitle}>
          {s.noPatientRecordDetail}
        </Alert>
      )}
    </Stack>
  );
}
