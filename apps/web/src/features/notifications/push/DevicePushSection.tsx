import { Button, Paper, Text, Title } from '@mantine/core';
import { IconBell, IconBellOff } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { isApiError, isUnauthorized } from '../../../api/api-error.ts';
import { type Feedback, SectionFeedback } from '../../account/SectionFeedback.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import {
  fetchVapidPublicKey,
  registerPushSubscription,
  unregisterPushSubscription,
} from '../api/mutations.ts';
import { notificationStrings as s } from '../notifications.strings.ts';
import { browserPush, type DevicePush, type DevicePushState } from './browser-push.ts';

const detailOf = (error: unknown) =>
  isApiError(error) && error.problem.detail ? error.problem.detail : s.errorFallback;

/**
 * "Notifications on this device" on the account page: turns web push on (the browser asks for
 * permission, the service worker subscribes with the platform's key, the server is told) or off.
 */
export function DevicePushSection({ device = browserPush }: { device?: DevicePush }) {
  const [state, setState] = useState<DevicePushState | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const refresh = useCallback(async () => {
    try {
      setState(await device.state());
    } catch {
      setState({ kind: 'unsupported' });
    }
  }, [device]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const run = async (action: () => Promise<Feedback>, failedTitle: string) => {
    setBusy(true);
    setFeedback(null);
    try {
      setFeedback(await action());
    } catch (error) {
      // A 401 has ended the session already, and the app is on its way to the sign-in page.
      if (!isUnauthorized(error)) setFeedback({ kind: 'error', title: failedTitle, detail: detailOf(error) });
    } finally {
      await refresh();
      setBusy(false);
    }
  };

  const turnOn = () =>
    run(async () => {
      const result = await device.turnOn(await fetchVapidPublicKey());
      if (result.kind === 'not-allowed')
        return { kind: 'error', title: s.notAllowed, detail: s.notAllowedDetail };
      await registerPushSubscription(result.subscription);
      return { kind: 'success', message: s.turnedOn };
    }, s.turnOnFailed);

  const turnOff = () =>
    run(async () => {
      const endpoint = await device.turnOff();
      if (endpoint) await unregisterPushSubscription(endpoint);
      return { kind: 'success', message: s.turnedOff };
    }, s.turnOffFailed);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="account-device-notifications">
      <Title order={2} fz="lg" mb="xs" id="account-device-notifications">
        {s.deviceHeading}
      </Title>
      <Text mb="md">{s.deviceIntro}</Text>
      <SectionFeedback feedback={feedback} />
      {state === null ? (
        <LoadingStatus label={s.checking} />
      ) : state.kind === 'unsupported' ? (
        <Text c="dimmed">{s.unsupported}</Text>
      ) : state.kind === 'blocked' ? (
        <Text>{s.blocked}</Text>
      ) : state.kind === 'on' ? (
        <>
          <Text mb="sm">{s.isOn}</Text>
          <Button
            variant="default"
            leftSection={<IconBellOff size={18} aria-hidden />}
            loading={isBusy}
            onClick={turnOff}
          >
            {s.turnOff}
          </Button>
        </>
      ) : (
        <>
          <Text mb="sm">{s.isOff}</Text>
          <Button leftSection={<IconBell size={18} aria-hidden />} loading={isBusy} onClick={turnOn}>
            {s.turnOn}
          </Button>
        </>
      )}
    </Paper>
  );
}
