import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ProblemEntry, RecordSummary, TimelineEntry } from '@nexus/contracts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderRecordSummaryPdf } from './record-summary.pdf.ts';

const GENERATED_AT = new Date('2024-06-01T12:00:00Z');
const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** Each page's text as pdf.js extracts it (what a screen reader or a search finds). */
async function readPdf(bytes: Uint8Array) {
  const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= doc.numPages; number += 1) {
    const content = await (await doc.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, text: pages.join('\n'), info: info as Record<string, unknown> };
}

const problem = (index: number): ProblemEntry => ({
  id: `p${index}`,
  code: { system: 'http://snomed.info/sct', code: '38341003', display: `Problem number ${index}` },
  icd10: { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I10', display: 'Essential hypertension' },
  clinicalStatus: 'active',
  verificationStatus: 'confirmed',
  onset: '2015-04-02T09:00:00+00:00',
  abatement: null,
  recordedAt: null,
  recordedBy: null,
  note: null,
});

function summary(overrides: Partial<RecordSummary> = {}, displayName = 'Samuel Peter Jones'): RecordSummary {
  return {
    patient: {
      id: '7b0c4f4e-2f4a-4a55-9a51-6a3f0c1d2e01',
      displayName,
      birthDate: '1972-03-15',
      ageYears: 52,
      gender: 'male',
      identifiers: [{ label: 'Record number', value: 'LN-000123' }],
      deceasedAt: null,
    },
    problems: [
      {
        ...problem(1),
        code: { system: 'http://snomed.info/sct', code: '38341003', display: 'Hypertension' },
      },
    ],
    medications: [],
    allergies: [],
    vitals: [],
    labs: [
      {
        id: 'a1c',
        code: { system: 'http://loinc.org', code: '4548-4', display: 'HbA1c' },
        category: 'laboratory',
        effective: '2024-05-20T09:00:00+00:00',
        value: { kind: 'quantity', value: 6.106429878032881, unit: '%' },
        flag: 'high',
        referenceRange: { low: 4, high: 5.6, unit: '%', text: '4–5.6 %' },
        status: 'final',
      },
    ],
    smoking: null,
    recentEncounters: [],
    immunizations: [],
    generatedAt: GENERATED_AT.toISOString(),
    ...overrides,
  };
}

const timeline: TimelineEntry[] = [
  {
    reference: 'Encounter/e1',
    kind: 'encounter',
    date: '2024-05-20T08:00:00+00:00',
    title: 'Check-up',
    detail: null,
    flag: null,
  },
  {
    reference: 'DiagnosticReport/r1',
    kind: 'report',
    date: '2024-05-20T09:00:00+00:00',
    title: 'Basic Metabolic Panel',
    detail: '8 results, 2 out of range',
    flag: 'low',
  },
];

const render = (s: RecordSummary, events: readonly TimelineEntry[] = timeline) =>
  renderRecordSummaryPdf({
    summary: s,
    timeline: events,
    generatedAt: GENERATED_AT,
    productName: 'LifeCare Nexus',
  });

describe('the record summary PDF', () => {
  it('says whose record it is, when it was made, and what it holds', async () => {
    const { text, pages } = await readPdf(await render(summary()));
    expect(text).toContain('LifeCare Nexus');
    expect(text).toContain('Health record summary');
    expect(text).toContain('Samuel Peter Jones');
    expect(text).toContain('1972-03-15');
    expect(text).toContain('LN-000123');
    expect(text).toContain('2024-06-01 12:00 UTC');
    expect(text).toContain('Hypertension');
    expect(text).toContain('Basic Metabolic Panel');
    expect(pages[0]).toContain('Confidential health information · page 1 of');
  });

  it('shows a flagged lab result in words, with its reference range', async () => {
    const { text } = await readPdf(await render(summary()));
    expect(text).toMatch(/HbA1c\s+6\.11 %\s+high\s+4–5\.6 %/);
  });

  it('says "None recorded" for empty sections', async () => {
    const { text } = await readPdf(await render(summary()));
    expect(text).toMatch(/Medicines\s+None recorded/);
    expect(text).toMatch(/Allergies and intolerances\s+None recorded/);
    expect(text).toMatch(/Smoking\s+None recorded/);
  });

  it('breaks 200 problems across pages, repeating the table header and numbering every page', async () => {
    const problems = Array.from({ length: 200 }, (_, index) => problem(index + 1));
    const { pages, text } = await readPdf(await render(summary({ problems })));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((page, index) => {
      expect(page).toContain(`Confidential health information · page ${index + 1} of ${pages.length}`);
    });
    for (const n of [1, 57, 138, 200]) expect(text).toMatch(new RegExp(`Problem number ${n}\\b`));
    expect(pages[2]).toMatch(/Problem\s+ICD-10\s+Status\s+Since/);
    expect(pages[2]).toContain('Samuel Peter Jones · born 1972-03-15');
  });

  it('does not crash on names in Greek or Chinese, and keeps them readable where it can', async () => {
    const greek = await readPdf(await render(summary({}, 'Γιώργος Παπαδόπουλος')));
    expect(greek.text).toContain('Giorgos Papadopoulos');
    const chinese = await readPdf(
      await render(summary({}, '王小明'), [{ ...timeline[0], title: '体检 ≥ 2 次' } as TimelineEntry]),
    );
    expect(chinese.pages.length).toBeGreaterThan(0);
    expect(chinese.text).toContain('?? >= 2 ?');
    // The metadata is Unicode, so the title keeps the name as written.
    expect(chinese.info.Title).toBe('Health record summary: 王小明');
  });

  it('names the product, not the patient, in the metadata (except the title)', async () => {
    const { info } = await readPdf(await render(summary()));
    expect(info).toMatchObject({
      Title: 'Health record summary: Samuel Peter Jones',
      Producer: 'LifeCare Nexus',
      Creator: 'LifeCare Nexus',
      CreationDate: 'D:20240601120000Z',
    });
    const others = Object.entries(info).filter(([key]) => key !== 'Title');
    expect(JSON.stringify(others)).not.toContain('Jones');
  });
});
