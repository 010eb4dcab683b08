/**
 * Blood-bank compatibility: ABO/RhD rules per component, the RhD and unknown-group policies, special
 * requirements as hard filters, FEFO selection in preference tiers, electronic-issue criteria and sample
 * validity. Pure, no I/O; thresholds and site policy live in the `*.table.ts` data with provenance.
 */

export {
  type PlateletAboMatch,
  plasmaAboCompatible,
  plateletAboMatch,
  rbcAboCompatible,
  wholeBloodAboCompatible,
} from './abo-compatibility.ts';
export {
  ABO_GROUPS,
  type AboGroup,
  type AboRh,
  ALL_ABO_RH,
  aboAntigens,
  type EvidenceTag,
  formatAboRh,
  isSameAboRh,
  type Jurisdiction,
  parseAboRh,
  RHD_TYPES,
  type RhD,
  type RuleProvenance,
  type SourcedValue,
} from './blood-group.types.ts';
export {
  type AuthorisingRole,
  COMPATIBILITY_POLICY_DEFAULTS,
  type CompatibilityPolicy,
  type ComponentCategory,
  compatibilityPolicy,
  type RequestPriority,
  SPECIAL_REQUIREMENT_SCOPE,
  type SpecialRequirementKind,
} from './compatibility-policy.table.ts';
export {
  type ElectronicIssueCriterion,
  type ElectronicIssueInput,
  type ElectronicIssueResult,
  electronicIssueEligibility,
  type GroupDetermination,
} from './electronic-issue.ts';
export { assessGroup, type GroupAssessment, type GroupContext } from './group-assessment.ts';
export {
  isSampleValid,
  type RecentHistory,
  SAMPLE_VALIDITY_DEFAULTS,
  type SampleValidity,
  type SampleValidityBasis,
  type SampleValidityInput,
  type SampleValidityPolicy,
  sampleValidity,
  sampleValidityPolicy,
  type ThreeDayMode,
} from './sample-validity.ts';
export {
  hasAntiD,
  isChildbearingPotential,
  type PatientAntibody,
  type PatientGroupStatus,
  type RhdNegativeReason,
  requiredAntigenNegative,
  rhdNegativeReasons,
  type SpecialRequirement,
  type TransfusionPatient,
  workingGroup,
} from './transfusion-patient.ts';
export { evaluateUnit, type UnitDecisionContext } from './unit-decision.ts';
export type {
  Authorisation,
  CandidateUnit,
  HardBlockCode,
  OverridableBlockCode,
  UnitAttribute,
  UnitBlockCode,
  UnitBlocker,
  UnitDecision,
  UnitHold,
  UnitStatus,
  UnitTaskCode,
  UnitWarningCode,
} from './unit-decision.types.ts';
export { UNIT_ATTRIBUTES, UNIT_HOLDS, UNIT_STATUSES } from './unit-decision.types.ts';
export {
  type SelectionContext,
  type SelectionExclusionCode,
  type SelectionRequest,
  type SelectionResult,
  selectUnits,
  type UnitProposal,
} from './unit-selection.ts';
