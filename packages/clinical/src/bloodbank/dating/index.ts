/** Component dating and processing time limits as data, and the expiry arithmetic: pure, no I/O. */

export { type ExpiryInput, type ExpiryResult, expiryOf, isExpired } from './component-expiry.ts';
export {
  type ComponentCategory,
  type ComponentTypeRow,
  type DatingFrom,
  type DatingRule,
  type DatingUnit,
  type EvidenceTag,
  MODIFICATION_FROMS,
  maxStorageDaysOf,
} from './dating-rules.ts';
export {
  checkProcessingTimes,
  PROCESSING_LIMITS,
  type ProcessingCheck,
  type ProcessingFailure,
  type ProcessingLimit,
  type ProcessingTimes,
  processingLimitFor,
} from './processing-limits.ts';
export { US_COMPONENT_TYPES, type UsComponentTypeId, usComponentType } from './us-component-types.ts';
