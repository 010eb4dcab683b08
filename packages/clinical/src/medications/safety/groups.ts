import type { TherapeuticClassId } from '../catalogue/classes.ts';
import type { DrugGroup } from './drug-group.factory.ts';
import { ALLERGY_GROUPS } from './groups-allergy.table.ts';
import { EFFECT_GROUPS } from './groups-effect.table.ts';
import { METABOLISM_GROUPS } from './groups-metabolism.table.ts';
import { QT_GROUPS } from './groups-qt.table.ts';
import { SPECIFIC_GROUPS } from './groups-specific.table.ts';

const ALL_GROUPS = [
  ...METABOLISM_GROUPS,
  ...QT_GROUPS,
  ...EFFECT_GROUPS,
  ...SPECIFIC_GROUPS,
  ...ALLERGY_GROUPS,
];

/** The id of a pharmacological group of the safety rules. */
export type GroupId = (typeof ALL_GROUPS)[number]['id'];

/** A class a rule can name: a therapeutic class of the catalogue or a pharmacological group. */
export type ClassId = TherapeuticClassId | GroupId;

/** The pharmacological groups (CYP inhibitors and inducers, QT risk, serotonergic, …). */
export const DRUG_GROUPS: readonly DrugGroup<GroupId>[] = ALL_GROUPS;
