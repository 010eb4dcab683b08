import type { Membership } from '@nexus/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { FhirContext } from '../fhir/index.ts';
import { generatePatientRecord, generateSyntheticPatients } from './synthetic/index.ts';

/** How many synthetic patients the demo clinic looks after, besides the demo patient account. */
export const DEMO_COHORT_SIZE = 24;
const COHORT_SEED = 2026;
const DEMO_PATIENT_SEED = 1;

/** The demo patient account's own history is generated around who the account says they are. */
export const DEMO_PATIENT_PROFILE = {
  givenName: 'Alex',
  familyName: 'Morgan',
  gender: 'female',
  birthDate: '1966-04-12',
} as const;

type Importer = { importBundle(ctx: FhirContext, bundle: unknown): Promise<{ resources: number }> };
type DemoUser = { id: string; email: string; displayName: string; membership: Membership };

const actorOf = (user: DemoUser): Actor => ({
  sessionId: 'demo-seed',
  credential: { kind: 'session' },
  userId: user.id,
  email: user.email,
  displayName: user.displayName,
  patientId: null,
  memberships: [user.membership],
});

/**
 * The demo clinic's records, through the same import path as any FHIR Bundle: the demo patient's
 * history (written by the demo doctor, whose patient they are) and a cohort of synthetic patients
 * (imported by the clinic's administrator, so admitted to the clinic). Deterministic for a given day:
 * the same seeds, with histories that end today.
 */
export async function seedDemoRecords(deps: {
  imports: Importer;
  doctor: DemoUser;
  admin: DemoUser;
  demoPatientId: string;
  now: Date;
  cohortSize?: number;
}): Promise<{ patients: number; resources: number }> {
  const cohortSize = deps.cohortSize ?? DEMO_COHORT_SIZE;
  const today = new Date(Date.UTC(deps.now.getUTCFullYear(), deps.now.getUTCMonth(), deps.now.getUTCDate()));
  const context = (user: DemoUser): FhirContext => ({
    actor: actorOf(user),
    origin: { sourceIp: null, requestId: null },
    route: 'demo seed',
    interaction: 'import',
    organisationId: user.membership.organisationId,
  });
  let resources = 0;
  const own = generatePatientRecord({
    seed: DEMO_PATIENT_SEED,
    now: today,
    patient: { id: deps.demoPatientId, ...DEMO_PATIENT_PROFILE },
  });
  resources += (await deps.imports.importBundle(context(deps.doctor), own)).resources;
  for (const bundle of generateSyntheticPatients({
    count: cohortSize,
    seed: COHORT_SEED,
    now: today,
  })) {
    resources += (await deps.imports.importBundle(context(deps.admin), bundle)).resources;
  }
  return { patients: cohortSize + 1, resources };
}
