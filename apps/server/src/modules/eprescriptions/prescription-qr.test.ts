import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { ISSUED_AT, sampleClaims, testKey } from './eprescription.test-helpers.ts';
import { prescriptionQrPng, prescriptionQrSvg, qrErrorCorrectionFor } from './prescription-qr.ts';
import { signPrescription, verifyPrescriptionToken } from './prescription-token.ts';

// jsqr is CommonJS with an ES-style default export: under NodeNext the default import is the module.
const jsQR = jsqr.default;

/** What a camera sees: the text a QR decoder reads back from the image. */
function scan(png: Uint8Array): string | undefined {
  const image = PNG.sync.read(Buffer.from(png));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('prescription QR code', () => {
  it('scans back from the PNG to the exact token, which then verifies', async () => {
    const { signingKey, lookup } = await testKey();
    const token = await signPrescription(sampleClaims(), signingKey);
    const scanned = scan(await prescriptionQrPng(token));
    expect(scanned).toBe(token);
    const result = await verifyPrescriptionToken(scanned, lookup, new Date(ISSUED_AT.getTime() + 60_000));
    expect(result.valid).toBe(true);
  });

  it('uses level M for a typical prescription and Q when the symbol stays small', async () => {
    const { signingKey } = await testKey();
    const token = await signPrescription(sampleClaims(), signingKey);
    expect(qrErrorCorrectionFor(token)).toBe('M');
    expect(QRCode.create(token, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(25);
    expect(qrErrorCorrectionFor('x'.repeat(300))).toBe('Q');
    expect(qrErrorCorrectionFor('x'.repeat(2_500))).toBe('M');
  });

  it('renders SVG announced as an image with its title, the same symbol as the PNG', async () => {
    const { signingKey } = await testKey();
    const token = await signPrescription(sampleClaims(), signingKey);
    const svg = await prescriptionQrSvg(token, 'QR code of "your" prescription <for> the pharmacy');
    const size = QRCode.create(token, { errorCorrectionLevel: 'M' }).modules.size + 8;
    expect(svg).toMatch(
      /^<svg role="img" aria-label="QR code of &#34;your&#34; prescription &#60;for&#62; the pharmacy" xmlns/,
    );
    expect(svg).toContain(
      '><title>QR code of &#34;your&#34; prescription &#60;for&#62; the pharmacy</title>',
    );
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(PNG.sync.read(Buffer.from(await prescriptionQrPng(token))).width).toBe(size * 8);
  });
});
