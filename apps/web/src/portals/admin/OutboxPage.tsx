import { Alert, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { adminAccountsStrings as s } from '../../features/accounts/admin/admin-accounts.strings.ts';
import { OutboxList } from '../../features/accounts/admin/OutboxList.tsx';
import { useSignedInUser } from '../../features/session/useSignedInUser.ts';
import { PageHeader } from '../../features/shell/PageHeader.tsx';
import { usePortal } from '../shared/usePortal.ts';

/** The outgoing e-mail of the whole installation, for platform administrators. */
export function OutboxPage() {
  const me = useSignedInUser();
  const { portal } = usePortal();
  const isPlatformAdmin = me.memberships.some((membership) => membership.role === 'platform_admin');
  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.outboxTitle} description={s.outboxIntro} />
      {isPlatformAdmin ? (
        <OutboxList />
      ) : (
        <Alert variant="light" icon={<IconLock aria-hidden />} title={s.notPlatformAdminTitle}>
          {s.notPlatformAdminDetail}
        </Alert>
      )}
    </Stack>
  );
}
