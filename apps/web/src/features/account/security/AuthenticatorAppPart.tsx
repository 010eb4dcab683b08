import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { SecurityOverview, TotpConfirmed } from '@nexus/contracts';
import { IconDeviceMobile, IconRefresh, IconTrash } from '@tabler/icons-react';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { RecoveryCodesPanel } from '../../security/RecoveryCodesPanel.tsx';
import { secondFactorErrorMessage } from '../../security/second-factor-errors.ts';
import { TotpSetupPanel } from '../../security/TotpSetupPanel.tsx';
import { useSignedInUser } from '../../session/useSignedInUser.ts';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';
import { useRemoveTotp, useTotpConfirm, useTotpSetup } from '../api/security-mutations.ts';
import { formatDay } from '../sessions/session-times.ts';
import { useConfirmation } from '../useConfirmation.ts';
import { accountSecurityStrings as s } from './account-security.strings.ts';
import type { Report } from './report.ts';
import { useStepUpGuard } from './step-up.ts';

type Props = { overview: SecurityOverview; report: Report; headingRef: RefObject<HTMLHeadingElement | null> };

/** The authenticator app: whether it is on; set it up, replace it (new secret, same flow) or remove it. */
export function AuthenticatorAppPart({ overview, report, headingRef }: Props) {
  const me = useSignedInUser();
  const guard = useStepUpGuard();
  const setup = useTotpSetup(guard);
  const confirm = useTotpConfirm();
  const remove = useRemoveTotp(guard);
  const confirmation = useConfirmation<'remove'>();
  const [isSetupOpen, setSetupOpen] = useState(false);
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const isPhone = useMediaQuery('(max-width: 36em)');
  const codeRef = useRef<HTMLInputElement>(null);
  const codesHeadingRef = useRef<HTMLHeadingElement>(null);
  const hasApp = overview.totp !== null;

  useEffect(() => {
    if (newCodes) codesHeadingRef.current?.focus();
  }, [newCodes]);

  const startSetup = () => {
    confirm.reset();
    setNewCodes(null);
    setup.mutate(undefined, { onSuccess: () => setSetupOpen(true), onError: report.failed(s.setupFailed) });
  };

  const closeSetup = () => {
    setSetupOpen(false);
    setup.reset();
  };

  const confirmed = ({ recoveryCodes }: TotpConfirmed) => {
    if (recoveryCodes) return setNewCodes(recoveryCodes);
    closeSetup();
    report.succeeded(s.appSetUp);
  };

  const removeApp = () => {
    confirmation.close(headingRef.current, false);
    remove.mutate(undefined, {
      onSuccess: () => report.succeeded(s.appRemoved),
      onError: report.failed(s.removeAppFailed),
    });
  };

  return (
    <Stack gap="xs" component="section" aria-labelledby="two-step-app">
      <Title order={3} fz="md" id="two-step-app">
        {s.appHeading}
      </Title>
      <Text>{overview.totp ? s.appOn(formatDay(overview.totp.enabledAt)) : s.appOff}</Text>
      <Group gap="sm" mt={4}>
        <Button
          variant={hasApp ? 'default' : 'filled'}
          leftSection={
            hasApp ? <IconRefresh size={18} aria-hidden /> : <IconDeviceMobile size={18} aria-hidden />
          }
          loading={setup.isPending}
          onClick={startSetup}
        >
          {hasApp ? s.replaceApp : s.setUpApp}
        </Button>
        {hasApp && (
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={18} aria-hidden />}
            loading={remove.isPending}
            onClick={() => confirmation.ask('remove')}
          >
            {s.removeApp}
          </Button>
        )}
      </Group>

      <Modal
        opened={isSetupOpen && setup.data !== undefined}
        onClose={closeSetup}
        title={s.setupDialogTitle}
        size="lg"
        fullScreen={isPhone}
        closeOnEscape={newCodes === null && !confirm.isPending}
        closeOnClickOutside={false}
        withCloseButton={newCodes === null}
        closeButtonProps={{ 'aria-label': s.close }}
        styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        {newCodes ? (
          <RecoveryCodesPanel
            codes={newCodes}
            email={me.email}
            headingOrder={3}
            headingRef={codesHeadingRef}
            continueLabel={s.codesDone}
            onContinue={() => {
              closeSetup();
              setNewCodes(null);
              report.succeeded(s.appSetUp);
            }}
          />
        ) : (
          setup.data && (
            <Stack gap="md">
              {hasApp && <Text size="sm">{s.replaceNote}</Text>}
              <TotpSetupPanel
                setup={setup.data}
                onConfirm={(code) =>
                  confirm.mutate(code, {
                    onSuccess: confirmed,
                    onError: () => {
                      codeRef.current?.select();
                      codeRef.current?.focus();
                    },
                  })
                }
                isPending={confirm.isPending}
                error={confirm.error ? secondFactorErrorMessage(confirm.error, 'totp') : null}
                codeRef={codeRef}
                secondaryAction={
                  <Button variant="default" size="md" onClick={closeSetup} disabled={confirm.isPending}>
                    {s.cancel}
                  </Button>
                }
              />
            </Stack>
          )
        )}
      </Modal>

      <ConfirmDialog
        returnFocus={false}
        opened={confirmation.isOpen}
        title={s.confirmRemoveAppTitle}
        body={s.confirmRemoveAppBody}
        confirmLabel={s.confirmRemoveApp}
        isPending={false}
        onConfirm={removeApp}
        onCancel={() => confirmation.close(headingRef.current)}
      />
    </Stack>
  );
}
