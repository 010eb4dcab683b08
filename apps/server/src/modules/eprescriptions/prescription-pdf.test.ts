import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { ISSUED_AT, sampleClaims, testKey } from './eprescription.test-helpers.ts';
import { renderPrescriptionPdf } from './prescription-pdf.ts';
import { signPrescription, verifyPrescriptionToken } from './prescription-token.ts';

const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** Each page's text as pdf.js extracts it, how many images each page paints, and the metadata. */
async function readPdf(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const images: number[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    images.push((await page.getOperatorList()).fnArray.filter((op) => op === OPS.paintImageXObject).length);
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, images, text: pages.join('\n'), info: info as Record<string, unknown> };
}

async function signed(claims = sampleClaims()) {
  const { signingKey, lookup } = await testKey();
  return { claims, lookup, token: await signPrescription(claims, signingKey) };
}

describe('renderPrescriptionPdf', () => {
  it('prints who, for whom, what, until when, the QR code and the token on one A4 page', async () => {
    const { claims, token, lookup } = await signed();
    const pdf = await readPdf(await renderPrescriptionPdf({ claims, token, productName: 'LifeCare Nexus' }));

    expect(pdf.pages).toHaveLength(1);
    expect(pdf.images).toEqual([1]);
    for (const expected of [
      'Riverside Family Practice',
      'Prescription',
      'Samuel Peter Jones',
      '1972-03-15',
      'Dr Amelia Hartley-Browne',
      'GMC 7654321',
      'Amoxicillin, 500 mg capsules',
      'Take 1 capsule three times a day for 7 days',
      'Salbutamol, 100 micrograms/dose inhaler',
      '2026-03-01 09:00 UTC',
      '2026-03-31 09:00 UTC',
      'Verify at https://care.riverside-clinic.example.org/pharmacy',
      `Reference ${claims.prescriptionId}`,
    ]) {
      expect(pdf.text.replace(/\s+/g, ' ')).toContain(expected);
    }
    // The token, printed over several lines, reads back whole and still verifies.
    const printed = pdf.text.replace(/\s+/g, '');
    expect(printed).toContain(token);
    const start = printed.indexOf(token);
    const typed = printed.slice(start, start + token.length);
    expect((await verifyPrescriptionToken(typed, lookup, new Date(ISSUED_AT.getTime() + 1000))).valid).toBe(
      true,
    );
  });

  it('keeps the patient out of the metadata', async () => {
    const { claims, token } = await signed();
    const { info } = await readPdf(
      await renderPrescriptionPdf({ claims, token, productName: 'LifeCare Nexus' }),
    );
    expect(info.Title).toBe(`Prescription ${claims.prescriptionId}`);
    expect(info.Producer).toBe('LifeCare Nexus');
    expect(JSON.stringify(info)).not.toContain('Samuel');
  });

  it('prints names outside WinAnsi readably and leaves out what the prescription does not have', async () => {
    const base = sampleClaims();
    const { claims, token } = await signed(
      sampleClaims({
        patient: { ...base.patient, name: 'Łucja Σοφία Кузнецова' },
        prescriber: { ...base.prescriber, registrationNumber: null },
        items: [{ ...(base.items[0] ?? ({} as never)), strengthAndForm: null, refills: 3 }],
      }),
    );
    const { text } = await readPdf(
      await renderPrescriptionPdf({ claims, token, productName: 'LifeCare Nexus' }),
    );
    expect(text).toContain('Lucja Sofia Kuznetsova');
    expect(text).not.toContain('Registration');
    expect(text).toMatch(/Amoxicillin\s+Take 1 capsule/);
  });
});
