import type { Condition } from '@medplum/fhirtypes';
import { findConditionBySnomed, SYSTEMS } from '@nexus/clinical';
import {
  type Coding,
  ConditionClinicalStatus,
  ConditionVerificationStatus,
  type ProblemEntry,
} from '@nexus/contracts';
import {
  codeIn,
  firstOf,
  fromFhirCoding,
  nonEmpty,
  periodStart,
  statusCode,
  toCoding,
} from './fhir-values.ts';
import type { NameLookup } from './name-lookup.ts';

export function presentProblem(c: Condition, names: NameLookup): ProblemEntry {
  const clinical = ConditionClinicalStatus.safeParse(statusCode(c.clinicalStatus));
  const verification = ConditionVerificationStatus.safeParse(statusCode(c.verificationStatus));
  const notes = (c.note ?? []).map((note) => note.text.trim()).filter((text) => text.length > 0);
  return {
    id: c.id ?? '',
    code: toCoding(c.code, [SYSTEMS.snomed, SYSTEMS.icd10, SYSTEMS.icd10cm]),
    icd10: icd10Of(c),
    clinicalStatus: clinical.success ? clinical.data : null,
    verificationStatus: verification.success ? verification.data : null,
    onset: firstOf(c.onsetDateTime, periodStart(c.onsetPeriod), c.onsetString),
    abatement: firstOf(c.abatementDateTime, periodStart(c.abatementPeriod), c.abatementString),
    recordedAt: c.recordedDate ?? null,
    recordedBy: names(c.recorder) ?? names(c.asserter),
    note: notes.length > 0 ? notes.join('\n') : null,
  };
}

/** The resource's own ICD-10 coding, else the curated SNOMED CT → ICD-10 mapping. */
function icd10Of(c: Condition): Coding | null {
  const own = c.code?.coding?.find(
    (coding) =>
      (coding.system === SYSTEMS.icd10 || coding.system === SYSTEMS.icd10cm) && nonEmpty(coding.code),
  );
  if (own) return fromFhirCoding(own);
  const snomed = codeIn(c.code, SYSTEMS.snomed);
  const mapped = snomed ? findConditionBySnomed(snomed)?.icd10 : undefined;
  return mapped ? { system: mapped.system, code: mapped.code, display: mapped.display } : null;
}
