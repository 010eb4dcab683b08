import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { IconCameraOff } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { warningAlertStyles } from '../../risk/display/RiskBadges.tsx';
import { pharmacyStrings as s } from './pharmacy.strings.ts';
import { type CameraProblem, scanQrCodes } from './qr-camera.ts';

type CodeScannerProps = {
  onCode: (text: string) => void;
  onClose: () => void;
};

const PROBLEMS: Record<CameraProblem, string> = {
  'no-camera': s.cameraNone,
  denied: s.cameraDenied,
  failed: s.cameraFailed,
};

/** The camera's picture while it looks for a QR code; says plainly when there is no camera or no permission. */
export function CodeScanner({ onCode, onClose }: CodeScannerProps) {
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'starting' | 'scanning' | CameraProblem>('starting');
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    if (!video.current) return;
    return scanQrCodes({
      video: video.current,
      onScanning: () => setState('scanning'),
      onCode: (text) => latest.current(text),
      onProblem: setState,
    });
  }, []);

  const problem = state === 'starting' || state === 'scanning' ? null : PROBLEMS[state];
  return (
    <Paper withBorder p="sm">
      <Stack gap="sm">
        {problem ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconCameraOff aria-hidden />}
            title={problem}
            styles={warningAlertStyles}
          />
        ) : (
          <Text size="sm" aria-live="polite">
            {state === 'starting' ? s.cameraStarting : s.cameraScanning}
          </Text>
        )}
        <video
          ref={video}
          muted
          playsInline
          aria-label={s.cameraLabel}
          hidden={problem !== null}
          style={{ width: '100%', maxWidth: 480, borderRadius: 8, background: '#000' }}
        />
        <div>
          <Button variant="default" size="xs" onClick={onClose}>
            {s.stopScan}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
