import type { ResultFlag } from '@nexus/contracts';

/** A FHIR date or dateTime as its calendar date, as the source wrote it ('2012-03-06'); partial dates as they are. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
}

/** An instant to the minute in UTC, so the reader knows which clock it is. */
export function formatInstantUtc(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const FLAG_WORDS: Record<ResultFlag, string> = {
  normal: 'normal',
  low: 'low',
  high: 'high',
  'critical-low': 'critically low',
  'critical-high': 'critically high',
  abnormal: 'abnormal',
};

/** A flag in words, as a reader without colour or symbols understands it. */
export function flagWords(flag: ResultFlag | null): string {
  return flag === null ? '' : FLAG_WORDS[flag];
}

export function capitalise(text: string | null | undefined): string {
  if (!text) return '';
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/-/g, ' ');
}
