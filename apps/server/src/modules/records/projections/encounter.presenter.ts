import type { Encounter } from '@medplum/fhirtypes';
import type { EncounterEntry } from '@nexus/contracts';
import { conceptsText, nonEmpty, toCoding, UNKNOWN_LABEL } from './fhir-values.ts';
import type { NameLookup } from './name-lookup.ts';

/** The v3 ActEncounterCode classes, as words. */
const SETTINGS: Record<string, string> = {
  AMB: 'ambulatory',
  EMER: 'emergency',
  FLD: 'field',
  HH: 'home health',
  IMP: 'inpatient',
  ACUTE: 'inpatient',
  NONAC: 'inpatient',
  OBSENC: 'observation',
  PRENC: 'pre-admission',
  SS: 'short stay',
  VR: 'virtual',
};

export function presentEncounter(e: Encounter, names: NameLookup): EncounterEntry {
  const reasonReferences = (e.reasonReference ?? [])
    .map((reference) => names(reference))
    .filter((name): name is string => name !== null);
  const reasons = [conceptsText(e.reasonCode), ...reasonReferences].filter((r): r is string => r !== null);
  const participant = (e.participant ?? []).map((p) => names(p.individual)).find((name) => name !== null);
  return {
    id: e.id ?? '',
    type: encounterType(e),
    setting: e.class?.code
      ? (SETTINGS[e.class.code] ?? nonEmpty(e.class.display) ?? e.class.code.toLowerCase())
      : null,
    status: e.status,
    start: e.period?.start ?? null,
    end: e.period?.end ?? null,
    reason: reasons.length > 0 ? reasons.join(', ') : null,
    provider: participant ?? names(e.serviceProvider),
  };
}

function encounterType(e: Encounter): string {
  for (const concept of [...(e.type ?? []), ...(e.serviceType ? [e.serviceType] : [])]) {
    const display = toCoding(concept).display;
    if (display !== UNKNOWN_LABEL) return display;
  }
  const setting = e.class?.code ? SETTINGS[e.class.code] : undefined;
  return setting ? `${setting.charAt(0).toUpperCase()}${setting.slice(1)} visit` : 'Visit';
}
