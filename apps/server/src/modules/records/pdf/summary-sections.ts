import type { Measurement, RecordSummary, TimelineEntry } from '@nexus/contracts';
import { valueText } from '../projections/measurement.presenter.ts';
import { readableNumber } from '../projections/readable-number.ts';
import { capitalise, flagWords, formatDate } from './pdf-format.ts';
import type { Column } from './pdf-writer.ts';

/** A section of the summary as a table; no rows means "None recorded". */
export type TableSection = { title: string; columns: Column[]; rows: string[][] };

/** How many of the most recent timeline events the summary lists. */
export const RECENT_EVENTS = 25;

const MEASUREMENT_COLUMNS: Column[] = [
  { header: 'Measurement', share: 0.27 },
  { header: 'Result', share: 0.18 },
  { header: 'Flag', share: 0.13 },
  { header: 'Reference range', share: 0.26 },
  { header: 'Date', share: 0.16 },
];

const KIND_WORDS: Record<TimelineEntry['kind'], string> = {
  encounter: 'Visit',
  condition: 'Diagnosis',
  observation: 'Result',
  report: 'Report',
  procedure: 'Procedure',
  immunization: 'Vaccination',
  medication: 'Medicine',
  allergy: 'Allergy',
  document: 'Document',
  questionnaire: 'Questionnaire',
  'care-plan': 'Care plan',
};

/** The tables of the summary, in reading order (smoking is a line of text, not a table). */
export function summaryTables(summary: RecordSummary, timeline: readonly TimelineEntry[]) {
  const before: TableSection[] = [
    {
      title: 'Problems',
      columns: [
        { header: 'Problem', share: 0.44 },
        { header: 'ICD-10', share: 0.11 },
        { header: 'Status', share: 0.27 },
        { header: 'Since', share: 0.18 },
      ],
      rows: summary.problems.map((p) => [
        p.code.display,
        p.icd10?.code ?? '',
        [
          capitalise(p.clinicalStatus),
          p.verificationStatus && p.verificationStatus !== 'confirmed' ? `(${p.verificationStatus})` : '',
        ]
          .filter((part) => part !== '')
          .join(' '),
        formatDate(p.onset ?? p.recordedAt),
      ]),
    },
    {
      title: 'Medicines',
      columns: [
        { header: 'Medicine', share: 0.34 },
        { header: 'How to take it', share: 0.32 },
        { header: 'Since', share: 0.14 },
        { header: 'Source', share: 0.2 },
      ],
      rows: summary.medications.map((m) => [
        m.medication.display,
        m.dosage ?? '',
        formatDate(m.since),
        m.source === 'prescribed'
          ? m.prescriber
            ? `Prescribed by ${m.prescriber}`
            : 'Prescribed'
          : 'Reported by patient',
      ]),
    },
    {
      title: 'Allergies and intolerances',
      columns: [
        { header: 'Substance', share: 0.3 },
        { header: 'Reactions', share: 0.36 },
        { header: 'Criticality', share: 0.16 },
        { header: 'Status', share: 0.18 },
      ],
      rows: summary.allergies.map((a) => [
        a.substance.display,
        a.reactions.join(', '),
        capitalise(a.criticality),
        capitalise(a.clinicalStatus),
      ]),
    },
    { title: 'Latest vital signs', columns: MEASUREMENT_COLUMNS, rows: summary.vitals.map(measurementRow) },
    {
      title: 'Latest laboratory results',
      columns: MEASUREMENT_COLUMNS,
      rows: summary.labs.map(measurementRow),
    },
  ];
  const after: TableSection[] = [
    {
      title: 'Recent visits',
      columns: [
        { header: 'Date', share: 0.15 },
        { header: 'Visit', share: 0.4 },
        { header: 'Setting', share: 0.17 },
        { header: 'With', share: 0.28 },
      ],
      rows: summary.recentEncounters.map((e) => [
        formatDate(e.start),
        e.type,
        capitalise(e.setting),
        e.provider ?? '',
      ]),
    },
    {
      title: 'Vaccinations',
      columns: [
        { header: 'Vaccine', share: 0.6 },
        { header: 'Date', share: 0.2 },
        { header: 'Status', share: 0.2 },
      ],
      rows: summary.immunizations.map((i) => [i.vaccine.display, formatDate(i.date), capitalise(i.status)]),
    },
    {
      title: 'Recent events',
      columns: [
        { header: 'Date', share: 0.15 },
        { header: 'Event', share: 0.15 },
        { header: 'What', share: 0.38 },
        { header: 'Details', share: 0.32 },
      ],
      rows: [...timeline]
        .sort((a, b) => Date.parse(b.date) - Date.parse(a.date))
        .slice(0, RECENT_EVENTS)
        .map((entry) => [
          formatDate(entry.date),
          KIND_WORDS[entry.kind],
          entry.title,
          [entry.detail ?? '', entry.flag && entry.flag !== 'normal' ? `(${flagWords(entry.flag)})` : '']
            .filter((part) => part !== '')
            .join(' '),
        ]),
    },
  ];
  return { before, after };
}

/** The smoking line: "Never smoker (recorded 2012-03-06)", or null when none is recorded. */
export function smokingLine(smoking: Measurement | null): string | null {
  if (!smoking?.value) return null;
  const recorded = formatDate(smoking.effective);
  return recorded ? `${valueText(smoking.value)} (recorded ${recorded})` : valueText(smoking.value);
}

function measurementRow(m: Measurement): string[] {
  return [
    m.code.display,
    m.value ? valueText(m.value, readableNumber) : '',
    flagWords(m.flag),
    m.referenceRange?.text ?? '',
    formatDate(m.effective),
  ];
}
