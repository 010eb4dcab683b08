import { fhirImportStrings as s } from './fhir-import.strings.ts';

/** The most the server takes in one import. */
export const MAX_BUNDLE_BYTES = 32 * 1024 * 1024;

const BYTES_PER_MIB = 1024 * 1024;

/** What can be told about a chosen file before reading it: its name and size. */
export function checkBundleFileShape(file: { name: string; size: number } | null): string | null {
  if (!file) return s.fileRequired;
  if (!file.name.toLowerCase().endsWith('.json')) return s.fileNotJson;
  if (file.size === 0) return s.fileEmpty;
  if (file.size > MAX_BUNDLE_BYTES) return s.fileTooLarge((file.size / BYTES_PER_MIB).toFixed(1));
  return null;
}

/**
 * Whether the text holds a FHIR Bundle. Only the outline is checked here, to catch the wrong file
 * early; the server validates every entry and names the first it cannot import.
 */
export function checkBundleText(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return s.fileUnreadable;
  }
  const isBundle =
    typeof parsed === 'object' &&
    parsed !== null &&
    'resourceType' in parsed &&
    parsed.resourceType === 'Bundle';
  return isBundle ? null : s.fileNotBundle;
}
