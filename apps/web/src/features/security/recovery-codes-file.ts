import { securityStrings as s } from './security.strings.ts';

/**
 * Saves the recovery codes as a text file through a temporary object URL; nothing leaves the browser.
 * The URL is revoked straight after the click has started the download.
 */
export function downloadRecoveryCodes(email: string, codes: readonly string[], now = new Date()): void {
  const blob = new Blob([s.recoveryCodesFile(email, codes, now)], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = s.recoveryCodesFileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Give the browser the current task to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
