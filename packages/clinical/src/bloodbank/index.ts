/**
 * The blood bank's rules, pure and as data (the spec is ../shared/specs/bloodbank.md in the
 * development tree; each threshold carries its source, jurisdiction and evidence tag): ISBT 128
 * identifiers and barcodes, component dating, ABO/RhD compatibility with the RhD and unknown-group
 * policies, unit selection (FEFO within preference tiers), electronic issue, sample validity, and
 * donor eligibility, intervals and deferrals.
 */
export * from './compatibility/index.ts';
export * from './dating/index.ts';
export * from './donors/index.ts';
export * from './isbt128/index.ts';
