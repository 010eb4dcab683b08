import QRCode from 'qrcode';

/** An SVG QR code of `text` as a data: URL (the page's CSP allows data: images, not inline markup). */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
