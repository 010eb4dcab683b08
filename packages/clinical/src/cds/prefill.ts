import { LOINC, SYSTEMS } from '../codes/code-systems.ts';
import { findSmokingStatus } from '../codes/social-history.table.ts';
import { convertQuantity, normalizeUnit } from '../codes/units.ts';
import { egfrCkdEpi2021 } from '../kidney/egfr-ckd-epi.ts';
import type { AnyDiseaseModule } from './disease-module.ts';
import { type InputSource, SYMPTOMS_AND_HISTORY_URL } from './input-sources.ts';

/** The slices of FHIR R4 resources the prefill reads; structural, so any FHIR JSON fits. */
type Coding = { system?: string; code?: string; display?: string };
type Concept = { coding?: Coding[]; text?: string };
type Quantity = { value?: number; unit?: string; code?: string };
type AnswerItem = {
  linkId?: string;
  answer?: {
    valueBoolean?: boolean;
    valueInteger?: number;
    valueDecimal?: number;
    valueString?: string;
    valueCoding?: Coding;
  }[];
  item?: AnswerItem[];
};
export type RecordResource = {
  resourceType: string;
  id?: string;
  status?: string;
  code?: Concept;
  effectiveDateTime?: string;
  issued?: string;
  recordedDate?: string;
  onsetDateTime?: string;
  authored?: string;
  authoredOn?: string;
  dateAsserted?: string;
  valueQuantity?: Quantity;
  valueCodeableConcept?: Concept;
  component?: { code?: Concept; valueQuantity?: Quantity }[];
  clinicalStatus?: Concept;
  verificationStatus?: Concept;
  medicationCodeableConcept?: Concept;
  questionnaire?: string;
  item?: AnswerItem[];
};

export type PatientRecord = {
  birthDate: string | null;
  gender: string | null;
  resources: readonly RecordResource[];
};

/** Where a pre-filled value came from, for the reviewing clinician. */
export type InputProvenance =
  | { kind: 'record'; resourceType: string; resourceId: string | null; date: string | null; display: string }
  | { kind: 'calculated'; display: string };

export type PrefilledInput = { value: unknown; provenance: InputProvenance };

type Found = PrefilledInput | null;

const DAY_MS = 86_400_000;

function dateOf(resource: RecordResource): string | null {
  return (
    resource.effectiveDateTime ??
    resource.issued ??
    resource.authored ??
    resource.authoredOn ??
    resource.dateAsserted ??
    resource.recordedDate ??
    resource.onsetDateTime ??
    null
  );
}

/** A record's resources by type, newest first, and its usable Observations by LOINC code: built once per record. */
type RecordIndex = {
  byType: Map<string, RecordResource[]>;
  observationsByLoinc: Map<string, RecordResource[]>;
};
const indexes = new WeakMap<PatientRecord, RecordIndex>();
const USABLE_OBSERVATION = new Set(['final', 'amended', 'corrected', 'preliminary']);

function indexOf(record: PatientRecord): RecordIndex {
  const known = indexes.get(record);
  if (known) return known;
  const dated = record.resources.map((resource) => ({ resource, date: dateOf(resource) ?? '' }));
  dated.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const byType = new Map<string, RecordResource[]>();
  const observationsByLoinc = new Map<string, RecordResource[]>();
  for (const { resource } of dated) {
    byType.set(resource.resourceType, [...(byType.get(resource.resourceType) ?? []), resource]);
    if (resource.resourceType !== 'Observation' || !USABLE_OBSERVATION.has(resource.status ?? '')) continue;
    const codes = new Set<string>();
    for (const concept of [resource.code, ...(resource.component ?? []).map((part) => part.code)])
      for (const coding of concept?.coding ?? [])
        if (coding.system === SYSTEMS.loinc && coding.code) codes.add(coding.code);
    for (const code of codes)
      observationsByLoinc.set(code, [...(observationsByLoinc.get(code) ?? []), resource]);
  }
  const index = { byType, observationsByLoinc };
  indexes.set(record, index);
  return index;
}

/** The record's resources of one type, newest first. */
const ofType = (record: PatientRecord, resourceType: string): RecordResource[] =>
  indexOf(record).byType.get(resourceType) ?? [];

/** Usable Observations with any of these LOINC codes (as the code or a component's), newest first. */
function observationsWith(record: PatientRecord, loinc: readonly string[]): RecordResource[] {
  const { observationsByLoinc } = indexOf(record);
  const lists = loinc.flatMap((code) => observationsByLoinc.get(code) ?? []);
  if (loinc.length <= 1) return lists;
  const unique = [...new Set(lists)];
  return unique.sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? ''));
}

function hasCode(concept: Concept | undefined, system: string, codes: readonly string[]): boolean {
  return (concept?.coding ?? []).some(
    (coding) => coding.system === system && codes.includes(coding.code ?? ''),
  );
}

function fromRecord(resource: RecordResource, display: string): InputProvenance {
  return {
    kind: 'record',
    resourceType: resource.resourceType,
    resourceId: resource.id ?? null,
    date: dateOf(resource),
    display,
  };
}

export function ageInYears(birthDate: string, asOf: Date): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  if (!year) return Number.NaN;
  let age = asOf.getUTCFullYear() - year;
  const beforeBirthday =
    asOf.getUTCMonth() + 1 < (month ?? 1) ||
    (asOf.getUTCMonth() + 1 === (month ?? 1) && asOf.getUTCDate() < (day ?? 1));
  if (beforeBirthday) age -= 1;
  return age;
}

function quantityIn(loincCode: string, quantity: Quantity | undefined, unit: string): number | null {
  if (typeof quantity?.value !== 'number') return null;
  const fromUnit = quantity.code ?? quantity.unit ?? null;
  if (fromUnit !== null && normalizeUnit(fromUnit) === normalizeUnit(unit)) return quantity.value;
  return convertQuantity({ loincCode, value: quantity.value, fromUnit, toUnit: unit });
}

function latestObservationValue(
  record: PatientRecord,
  loinc: readonly string[],
  unit: string,
  asOf: Date,
  maxAgeDays?: number,
): Found {
  for (const observation of observationsWith(record, loinc)) {
    const when = dateOf(observation);
    if (maxAgeDays !== undefined && when && asOf.getTime() - Date.parse(when) > maxAgeDays * DAY_MS) break;
    const candidates: { code: Concept | undefined; quantity: Quantity | undefined }[] = [
      { code: observation.code, quantity: observation.valueQuantity },
      ...(observation.component ?? []).map((part) => ({ code: part.code, quantity: part.valueQuantity })),
    ];
    for (const candidate of candidates) {
      const code = (candidate.code?.coding ?? []).find(
        (coding) => coding.system === SYSTEMS.loinc && loinc.includes(coding.code ?? ''),
      )?.code;
      if (!code) continue;
      const value = quantityIn(code, candidate.quantity, unit);
      if (value === null) continue;
      const name = candidate.code?.text ?? candidate.code?.coding?.[0]?.display ?? code;
      return { value, provenance: fromRecord(observation, `${name}: ${round(value)} ${unit}`) };
    }
  }
  return null;
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function smokingStatus(record: PatientRecord): Found {
  const observations = ofType(record, 'Observation').filter(
    (resource) =>
      resource.status !== 'entered-in-error' && hasCode(resource.code, SYSTEMS.loinc, [LOINC.smokingStatus]),
  );
  for (const observation of observations) {
    for (const coding of observation.valueCodeableConcept?.coding ?? []) {
      const status = coding.system === SYSTEMS.snomed ? findSmokingStatus(coding.code ?? '') : undefined;
      if (status && status.kind !== 'unknown')
        return {
          value: status.kind,
          provenance: fromRecord(observation, `Smoking status: ${status.display}`),
        };
    }
  }
  return null;
}

function conditionPresent(
  record: PatientRecord,
  snomed: readonly string[],
  icd10Prefixes: readonly string[],
): Found {
  const match = ofType(record, 'Condition').find((condition) => {
    const verification = condition.verificationStatus?.coding?.[0]?.code;
    if (verification === 'refuted' || verification === 'entered-in-error') return false;
    return (condition.code?.coding ?? []).some(
      (coding) =>
        (coding.system === SYSTEMS.snomed && snomed.includes(coding.code ?? '')) ||
        ((coding.system === SYSTEMS.icd10cm || coding.system === SYSTEMS.icd10) &&
          icd10Prefixes.some((prefix) => (coding.code ?? '').startsWith(prefix))),
    );
  });
  if (!match) return null;
  const name = match.code?.text ?? match.code?.coding?.[0]?.display ?? 'condition';
  return { value: true, provenance: fromRecord(match, `Diagnosis: ${name}`) };
}

function medicationActive(record: PatientRecord, ingredients: readonly string[]): Found {
  const active = [...ofType(record, 'MedicationRequest'), ...ofType(record, 'MedicationStatement')]
    .filter((resource) => resource.status === 'active')
    .sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? ''));
  const match = active.find((medication) => {
    const concept = medication.medicationCodeableConcept;
    const names = [concept?.text, ...(concept?.coding ?? []).map((coding) => coding.display)]
      .filter((name): name is string => typeof name === 'string')
      .map((name) => name.toLowerCase());
    return ingredients.some((ingredient) => names.some((name) => name.includes(ingredient)));
  });
  if (!match) return null;
  const concept = match.medicationCodeableConcept;
  const name = concept?.text ?? concept?.coding?.[0]?.display ?? 'medicine';
  return { value: true, provenance: fromRecord(match, `Active medicine: ${name}`) };
}

function egfr(record: PatientRecord, asOf: Date): Found {
  const measured = latestObservationValue(
    record,
    [LOINC.egfrCkdEpi2021, LOINC.egfrCkdEpi, LOINC.egfrMdrd],
    'mL/min/{1.73_m2}',
    asOf,
  );
  if (measured) return measured;
  const creatinine = latestObservationValue(record, [LOINC.creatinine, LOINC.creatinineBlood], 'mg/dL', asOf);
  const age = record.birthDate ? ageInYears(record.birthDate, asOf) : Number.NaN;
  const sex = record.gender === 'male' || record.gender === 'female' ? record.gender : null;
  if (!creatinine || !(age >= 18) || !sex) return null;
  const value = egfrCkdEpi2021({ creatinineMgDl: creatinine.value as number, ageYears: age, sex });
  return {
    value,
    provenance: {
      kind: 'calculated',
      display: `CKD-EPI 2021 from ${creatinine.provenance.display}, age ${age}, ${sex}: ${round(value)} mL/min/1.73 m²`,
    },
  };
}

function findAnswer(items: readonly AnswerItem[] | undefined, linkId: string): AnswerItem | null {
  for (const item of items ?? []) {
    if (item.linkId === linkId) return item;
    const nested = findAnswer(item.item, linkId);
    if (nested) return nested;
  }
  return null;
}

function questionnaireAnswer(
  record: PatientRecord,
  linkId: string,
  values: Readonly<Record<string, string | number | boolean>> | undefined,
): Found {
  const responses = ofType(record, 'QuestionnaireResponse').filter(
    (resource) =>
      (resource.questionnaire ?? '').split('|')[0] === SYMPTOMS_AND_HISTORY_URL &&
      (resource.status === 'completed' || resource.status === 'amended'),
  );
  for (const response of responses) {
    const answer = findAnswer(response.item, linkId)?.answer?.[0];
    if (!answer) continue;
    const raw =
      answer.valueBoolean ??
      answer.valueInteger ??
      answer.valueDecimal ??
      answer.valueCoding?.code ??
      answer.valueString;
    if (raw === undefined) continue;
    const value = values ? values[String(raw)] : raw;
    if (value === undefined) continue;
    const shown =
      answer.valueCoding?.display ?? (typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : String(raw));
    return { value, provenance: fromRecord(response, `Answered in the symptoms and history form: ${shown}`) };
  }
  return null;
}

function findFromSource(record: PatientRecord, source: InputSource, asOf: Date): Found {
  switch (source.kind) {
    case 'age': {
      if (!record.birthDate) return null;
      const age = ageInYears(record.birthDate, asOf);
      return Number.isFinite(age)
        ? {
            value: age,
            provenance: {
              kind: 'calculated',
              display: `Age from date of birth ${record.birthDate}: ${age} years`,
            },
          }
        : null;
    }
    case 'sex':
      return record.gender === 'male' || record.gender === 'female'
        ? {
            value: record.gender,
            provenance: {
              kind: 'record',
              resourceType: 'Patient',
              resourceId: null,
              date: null,
              display: `Sex: ${record.gender}`,
            },
          }
        : null;
    case 'observation':
      return latestObservationValue(record, source.loinc, source.unit, asOf, source.maxAgeDays);
    case 'smoking-status':
      return smokingStatus(record);
    case 'condition':
      return conditionPresent(record, source.snomed, source.icd10Prefixes);
    case 'medication':
      return medicationActive(record, source.ingredients);
    case 'egfr':
      return egfr(record, asOf);
    case 'questionnaire':
      return questionnaireAnswer(record, source.linkId, source.values);
  }
}

/** Sources whose values are measurements or reports of the moment: of these, the newest value wins. */
const DATED_SOURCES: ReadonlySet<InputSource['kind']> = new Set([
  'observation',
  'smoking-status',
  'questionnaire',
]);

const dateOfFound = (found: PrefilledInput): string | null =>
  found.provenance.kind === 'record' ? found.provenance.date : null;

/**
 * Whether `a` was recorded after `b`. A date without a time is a whole day, so it compares with a
 * date-time by the day alone (a form answered at 10:00 is not newer than an observation dated that day).
 */
function isNewer(a: PrefilledInput, b: PrefilledInput): boolean {
  const [dateA, dateB] = [dateOfFound(a), dateOfFound(b)];
  if (!dateA) return false;
  if (!dateB) return true;
  if (dateA.includes('T') && dateB.includes('T')) return Date.parse(dateA) > Date.parse(dateB);
  return dateA.slice(0, 10) > dateB.slice(0, 10);
}

/** One input from the record: see prefillInputs for the rule. */
function prefillInput(sources: readonly InputSource[], record: PatientRecord, asOf: Date): Found {
  let newest: Found = null;
  for (const source of sources) {
    const value = findFromSource(record, source, asOf);
    if (!value) continue;
    if (!DATED_SOURCES.has(source.kind)) {
      // A diagnosis, an active medicine, the demographics or a calculation: it stands where it is in
      // the order, unless an earlier (preferred) source already gave a value.
      if (!newest) return value;
      continue;
    }
    if (!newest || isNewer(value, newest)) newest = value;
  }
  return newest;
}

/**
 * Fills a module's inputs from a patient's record. A diagnosis, an active medicine, the demographics
 * or a calculation is taken in the order of the input's sources (a patient's "no" does not undo a
 * recorded diagnosis); among measurements, smoking status and questionnaire answers the newest value
 * wins, earlier sources breaking ties (a questionnaire answered today outranks an observation of
 * years ago). Values the record cannot give are left out, for the patient or clinician to enter.
 */
export function prefillInputs(
  module: AnyDiseaseModule,
  record: PatientRecord,
  asOf: Date,
): Record<string, PrefilledInput> {
  const found: Record<string, PrefilledInput> = {};
  for (const [key, info] of Object.entries(module.inputInfo)) {
    const value = prefillInput(info.sources, record, asOf);
    if (value) found[key] = value;
  }
  return found;
}

/**
 * The inputs still to be asked: those with no value whose `askWhen` (if any) holds for what is known.
 * Optional inputs (with a default in the schema) are listed too but need no answer.
 */
export function missingInputs(module: AnyDiseaseModule, known: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(module.inputInfo)
    .filter(([key, info]) => known[key] === undefined && (info.askWhen ? info.askWhen(known) : true))
    .map(([key]) => key);
}
