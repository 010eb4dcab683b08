import { Button, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { SecurityOverview } from '@nexus/contracts';
import { IconKey } from '@tabler/icons-react';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { RecoveryCodesPanel } from '../../security/RecoveryCodesPanel.tsx';
import { useSignedInUser } from '../../session/useSignedInUser.ts';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';
import { useRegenerateRecoveryCodes } from '../api/security-mutations.ts';
import { useConfirmation } from '../useConfirmation.ts';
import { accountSecurityStrings as s } from './account-security.strings.ts';
import type { Report } from './report.ts';
import { useStepUpGuard } from './step-up.ts';

const LOW_COUNT = 3;

type Props = { overview: SecurityOverview; report: Report; headingRef: RefObject<HTMLHeadingElement | null> };

/** How many recovery codes are left, and a new set (shown once, in a dialog that waits for "saved"). */
export function RecoveryCodesPart({ overview, report, headingRef }: Props) {
  const me = useSignedInUser();
  const regenerate = useRegenerateRecoveryCodes(useStepUpGuard());
  const confirmation = useConfirmation<'regenerate'>();
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const isPhone = useMediaQuery('(max-width: 36em)');
  const codesHeadingRef = useRef<HTMLHeadingElement>(null);
  const count = overview.recoveryCodesRemaining;

  useEffect(() => {
    if (newCodes) codesHeadingRef.current?.focus();
  }, [newCodes]);

  const create = () => {
    confirmation.close(headingRef.current, true);
    regenerate.mutate(undefined, { onSuccess: setNewCodes, onError: report.failed(s.regenerateFailed) });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="two-step-recovery">
      <Title order={3} fz="md" id="two-step-recovery">
        {s.recoveryHeading}
      </Title>
      {count === 0 ? (
        <Text c="var(--mantine-color-error)">{s.recoveryNone}</Text>
      ) : (
        <Text>
          {s.recoveryLeft(count)} {count <= LOW_COUNT && s.recoveryLow}
        </Text>
      )}
      <Button
        mt={4}
        variant="default"
        leftSection={<IconKey size={18} aria-hidden />}
        loading={regenerate.isPending}
        onClick={() => confirmation.ask('regenerate')}
        style={{ alignSelf: 'flex-start' }}
      >
        {s.regenerate}
      </Button>

      <Modal
        opened={newCodes !== null}
        onClose={() => undefined}
        title={s.newCodesDialogTitle}
        size="lg"
        fullScreen={isPhone}
        withCloseButton={false}
        closeOnEscape={false}
        closeOnClickOutside={false}
        styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        {newCodes && (
          <RecoveryCodesPanel
            codes={newCodes}
            email={me.email}
            headingOrder={3}
            headingRef={codesHeadingRef}
            continueLabel={s.codesDone}
            onContinue={() => {
              setNewCodes(null);
              regenerate.reset();
              report.succeeded(s.codesCreated);
            }}
          />
        )}
      </Modal>

      <ConfirmDialog
        returnFocus={false}
        opened={confirmation.isOpen}
        title={s.confirmRegenerateTitle}
        body={s.confirmRegenerateBody}
        confirmLabel={s.confirmRegenerate}
        isPending={false}
        onConfirm={create}
        onCancel={() => confirmation.close(headingRef.current)}
      />
    </Stack>
  );
}
