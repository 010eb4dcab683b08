import { Alert, NativeSelect, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { adminAccountsStrings as s } from '../../features/accounts/admin/admin-accounts.strings.ts';
import { InvitationList } from '../../features/accounts/admin/InvitationList.tsx';
import { InviteForm } from '../../features/accounts/admin/InviteForm.tsx';
import { useSignedInUser } from '../../features/session/useSignedInUser.ts';
import { PageHeader } from '../../features/shell/PageHeader.tsx';
import { usePortal } from '../shared/usePortal.ts';

/** Inviting people to the organisations the signed-in user administers. */
export function InvitationsPage() {
  const me = useSignedInUser();
  const { portal } = usePortal();
  const organisations = me.memberships.filter((membership) => membership.role === 'org_admin');
  const [chosen, setChosen] = useState<string | null>(organisations[0]?.organisationId ?? null);
  const organisationId = organisations.some((o) => o.organisationId === chosen)
    ? chosen
    : (organisations[0]?.organisationId ?? null);

  return (
    <Stack gap="xl">
      <PageHeader eyebrow={portal.title} title={s.invitationsTitle} description={s.invitationsIntro} />
      {!organisationId ? (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />} title={s.notOrgAdminTitle}>
          {s.notOrgAdminDetail}
        </Alert>
      ) : (
        <>
          {organisations.length > 1 && (
            <NativeSelect
              label={s.organisationLabel}
              data={organisations.map((o) => ({ value: o.organisationId, label: o.organisationName }))}
              value={organisationId}
              onChange={(event) => setChosen(event.currentTarget.value)}
              maw={420}
            />
          )}
          <InviteForm key={`form-${organisationId}`} organisationId={organisationId} />
          <InvitationList key={`list-${organisationId}`} organisationId={organisationId} />
        </>
      )}
    </Stack>
  );
}
