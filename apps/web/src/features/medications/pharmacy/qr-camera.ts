/** Why the camera could not be used. */
export type CameraProblem = 'no-camera' | 'denied' | 'failed';

/** Frames are decoded a few times a second: enough to feel instant, light on a phone's CPU. */
const DECODE_EVERY_MS = 200;
/** Frames are scaled down to this width first; a phone-screen QR code still has several pixels per module. */
const DECODE_WIDTH = 960;

export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError')
    return 'no-camera';
  return 'failed';
}

type ScanOptions = {
  video: HTMLVideoElement;
  onScanning: () => void;
  onCode: (text: string) => void;
  onProblem: (problem: CameraProblem) => void;
};

/**
 * Opens the back camera into the video element and decodes its frames with jsQR until a QR code is
 * read (then stops). Returns a function that stops the camera. The decoder loads only when scanning.
 */
export function scanQrCodes({ video, onScanning, onCode, onProblem }: ScanOptions): () => void {
  let isStopped = false;
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    isStopped = true;
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    video.srcObject = null;
  };

  void (async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      onProblem('no-camera');
      return;
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 } },
        audio: false,
      });
    } catch (error) {
      if (!isStopped) onProblem(cameraProblemOf(error));
      return;
    }
    if (isStopped) {
      stop();
      return;
    }
    try {
      video.srcObject = stream;
      await video.play();
    } catch {
      stop();
      onProblem('failed');
      return;
    }
    const { default: jsQR } = await import('jsqr');
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) {
      stop();
      onProblem('failed');
      return;
    }
    onScanning();
    const decode = () => {
      if (isStopped) return;
      if (video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
        const scale = Math.min(1, DECODE_WIDTH / video.videoWidth);
        canvas.width = Math.round(video.videoWidth * scale);
        canvas.height = Math.round(video.videoHeight * scale);
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
        if (found?.data) {
          stop();
          onCode(found.data);
          return;
        }
      }
      timer = setTimeout(decode, DECODE_EVERY_MS);
    };
    decode();
  })();

  return stop;
}
