import { isTherapeuticClassId, THERAPEUTIC_CLASSES, type TherapeuticClassId } from '../catalogue/classes.ts';
import { DRUGS, type DrugId, isDrugId } from '../catalogue/drugs.ts';
import type { GroupMember } from './drug-group.factory.ts';
import { type ClassId, DRUG_GROUPS, type GroupId } from './groups.ts';

/** What a rule names on one side: one drug, or a class or group (all of its drugs). */
export type Participant = DrugId | ClassId;

const therapeuticMembers = new Map<TherapeuticClassId, Set<DrugId>>();
for (const drug of DRUGS) {
  for (const classId of drug.classes) {
    const members = therapeuticMembers.get(classId) ?? new Set<DrugId>();
    members.add(drug.id);
    therapeuticMembers.set(classId, members);
  }
}

const EMPTY: ReadonlySet<DrugId> = new Set();

function expand(member: GroupMember): ReadonlySet<DrugId> {
  return isTherapeuticClassId(member) ? (therapeuticMembers.get(member) ?? EMPTY) : new Set([member]);
}

const groupMembers = new Map<GroupId, ReadonlySet<DrugId>>(
  DRUG_GROUPS.map((entry) => [entry.id, new Set(entry.members.flatMap((member) => [...expand(member)]))]),
);
const groupNames = new Map<string, string>(DRUG_GROUPS.map((entry) => [entry.id, entry.name]));

const classesByDrug = new Map<DrugId, Set<ClassId>>();
const addClass = (drugId: DrugId, classId: ClassId) => {
  const classes = classesByDrug.get(drugId) ?? new Set<ClassId>();
  classes.add(classId);
  classesByDrug.set(drugId, classes);
};
for (const [classId, members] of therapeuticMembers) for (const drugId of members) addClass(drugId, classId);
for (const [groupId, members] of groupMembers) for (const drugId of members) addClass(drugId, groupId);

/** Whether an id names a pharmacological group of the safety rules. */
export function isGroupId(id: string): id is GroupId {
  return groupMembers.has(id as GroupId);
}

/** Whether an id names a class the rules can use (therapeutic class or group). */
export function isClassId(id: string): id is ClassId {
  return isTherapeuticClassId(id) || isGroupId(id);
}

/** The drugs a participant stands for: itself, or every member of the class or group. */
export function membersOf(participant: Participant): ReadonlySet<DrugId> {
  if (isDrugId(participant)) return new Set([participant]);
  if (isTherapeuticClassId(participant)) return therapeuticMembers.get(participant) ?? EMPTY;
  return groupMembers.get(participant) ?? EMPTY;
}

/** Every therapeutic class and pharmacological group a drug belongs to. */
export function classesOf(drugId: DrugId): ReadonlySet<ClassId> {
  return classesByDrug.get(drugId) ?? new Set();
}

/** The name of a class or group, for alert text. */
export function className(classId: ClassId): string {
  return isTherapeuticClassId(classId) ? THERAPEUTIC_CLASSES[classId] : (groupNames.get(classId) ?? classId);
}
