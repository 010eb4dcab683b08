import QRCode from 'qrcode';

/**
 * A signed prescription as a QR code whose text is the token itself, so a camera or a typed copy
 * give the verifier the same input.
 *
 * Error correction: Q (recovers ~25% damage: folded, smudged paper) while the symbol stays at most
 * version 25 (117 modules a side), else M (~15%), which keeps the modules large enough to scan from
 * a phone screen or a 6 cm square on paper. Measured: typical tokens (1–4 items, 745–1,000
 * characters) are version 22–25 at M and 26–31 at Q, so they get M; see docs/e-prescriptions.md.
 * The quiet zone is the standard 4 modules.
 */

export type QrErrorCorrection = 'M' | 'Q';

const MAX_VERSION_AT_Q = 25;
const QUIET_ZONE_MODULES = 4;
/** 8 px per module: a version 25 code is 1,000 px wide, sharp when printed 6 cm wide (about 420 dpi). */
const PNG_PIXELS_PER_MODULE = 8;

/** The error correction level for this token (see above). */
export function qrErrorCorrectionFor(token: string): QrErrorCorrection {
  try {
    return QRCode.create(token, { errorCorrectionLevel: 'Q' }).version <= MAX_VERSION_AT_Q ? 'Q' : 'M';
  } catch {
    // Too long for Q at any version; M holds more.
    return 'M';
  }
}

/**
 * The QR code as SVG for a web page: scales to any size, and is announced as an image with `title`
 * (e.g. "QR code of your prescription"; keep health data out of it, it is read aloud).
 */
export async function prescriptionQrSvg(token: string, title = 'Prescription QR code'): Promise<string> {
  const svg = await QRCode.toString(token, {
    type: 'svg',
    errorCorrectionLevel: qrErrorCorrectionFor(token),
    margin: QUIET_ZONE_MODULES,
  });
  const label = escapeXml(title);
  return svg
    .replace(/^<svg /, `<svg role="img" aria-label="${label}" `)
    .replace(/(<svg [^>]*>)/, `$1<title>${label}</title>`);
}

/** The QR code as PNG bytes, black on white, for the printable PDF. */
export async function prescriptionQrPng(token: string): Promise<Uint8Array> {
  const png = await QRCode.toBuffer(token, {
    type: 'png',
    errorCorrectionLevel: qrErrorCorrectionFor(token),
    margin: QUIET_ZONE_MODULES,
    scale: PNG_PIXELS_PER_MODULE,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
